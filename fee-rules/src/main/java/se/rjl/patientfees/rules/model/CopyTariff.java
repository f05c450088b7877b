package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * Journal and X-ray copies (L4929–L4976): pages up to {@code freePages} are free; the first
 * {@code basePages} cost {@code baseOre}; each page after that {@code perPageOre} (15 pages: 50 +
 * 5 × 2 = 60 kr). No VAT.
 */
public record CopyTariff(
    int freePages,
    int basePages,
    long baseOre,
    long perPageOre,
    long cdOre,
    long videoOre,
    long ultrasoundImageOre,
    List<String> freeRecipients,
    Source source) {

  public CopyTariff {
    freeRecipients = List.copyOf(freeRecipients);
  }
}
