package se.rjl.patientfees.api.json;

import java.util.List;
import se.rjl.patientfees.api.CopyFee;

/**
 * The response of {@code POST /v1/copies}: the total, each item's part, and why.
 *
 * <pre>{@code
 * {"rulebookId": "rjl-2026", "pay": {"amount": "60.00", "currency": "SEK"},
 *  "pagesFee": {"amount": "60.00", "currency": "SEK"}, "cdsFee": {...}, "videosFee": {...},
 *  "ultrasoundImagesFee": {...}, "vat": {"amount": "0.00", "currency": "SEK"}, "free": false, "explanation": [...]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record CopyFeeJson(
    String rulebookId,
    MoneyJson pay,
    MoneyJson pagesFee,
    MoneyJson cdsFee,
    MoneyJson videosFee,
    MoneyJson ultrasoundImagesFee,
    MoneyJson vat,
    boolean free,
    List<ContactFeeJson.StepJson> explanation) {

  public static CopyFeeJson of(CopyFee f) {
    return new CopyFeeJson(f.rulebookId(), MoneyJson.of(f.pay()), MoneyJson.of(f.pagesFee()), MoneyJson.of(f.cdsFee()),
        MoneyJson.of(f.videosFee()), MoneyJson.of(f.ultrasoundImagesFee()), MoneyJson.of(f.vat()), f.free(),
        ContactFeeJson.StepJson.of(f.explanation()));
  }
}
