package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * Journal and X-ray copies (L4929–L4976): pages up to {@code freePages} are free; the first
 * {@code basePages} cost {@code baseOre}; each page after that {@code perPageOre} (15 pages: 50 +
 * 5 × 2 = 60 kr). No VAT.
 *
 * @param freeRecipients the free recipients' titles, verbatim
 * @param recipients the free recipients written with keys (a subset of, or all of, {@code freeRecipients})
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
    Source source,
    List<Recipient> recipients) {

  public CopyTariff {
    freeRecipients = List.copyOf(freeRecipients);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** A tariff whose free recipients have no keys. */
  public CopyTariff(int freePages, int basePages, long baseOre, long perPageOre, long cdOre, long videoOre,
      long ultrasoundImageOre, List<String> freeRecipients, Source source) {
    this(freePages, basePages, baseOre, perPageOre, cdOre, videoOre, ultrasoundImageOre, freeRecipients, source, List.of());
  }

  /** The free recipient with {@code key}, if any. */
  public java.util.Optional<Recipient> recipient(String key) {
    return recipients.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /**
   * A free recipient written with a key ({@code {key: municipality, title: "kommuner"}}), so that a
   * request can name it.
   */
  public record Recipient(String key, String title) {}
}
