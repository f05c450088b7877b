package se.rjl.patientfees.api;

import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.copies.CopyResult;

/**
 * What a request for copies of the patient record or X-ray images costs (L4929–L4976): each item's
 * part and the total. No VAT; not a patient fee, so never toward the cap. Amounts are {@link
 * MonetaryAmount}s in SEK.
 *
 * <pre>{@code
 * CopyFee c = fees.priceCopies(CopyRequest.pages(LocalDate.of(2026, 3, 10), 15));
 * c.pay();        // SEK 60.00: 50 kr for 10 pages + 5 × 2 kr
 * c.pagesFee();   // SEK 60.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pay the request's total
 * @param pagesFee what the journal copies or pages cost (pages 1–9 free)
 * @param cdsFee what the X-ray films on CD cost
 * @param videosFee what the video/DVD copies cost
 * @param ultrasoundImagesFee what the ultrasound images cost
 * @param vat always 0 (L4942–L4943)
 * @param free a free recipient: 0 kr whatever the count (L4971–L4976)
 * @param explanation the rules applied, in order
 */
public record CopyFee(
    String rulebookId,
    MonetaryAmount pay,
    MonetaryAmount pagesFee,
    MonetaryAmount cdsFee,
    MonetaryAmount videosFee,
    MonetaryAmount ultrasoundImagesFee,
    MonetaryAmount vat,
    boolean free,
    List<ExplanationStep> explanation) {

  public CopyFee {
    explanation = List.copyOf(explanation);
  }

  static CopyFee of(CopyResult r) {
    return new CopyFee(r.rulebookId(), Amounts.ofOre(r.totalOre()), Amounts.ofOre(r.pagesOre()), Amounts.ofOre(r.cdsOre()),
        Amounts.ofOre(r.videosOre()), Amounts.ofOre(r.ultrasoundImagesOre()), Amounts.ofOre(r.vatOre()), r.free(),
        r.explanation().stream().map(ExplanationStep::of).toList());
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return explanation.stream().map(ExplanationStep::id).toList();
  }
}
