package se.rjl.patientfees.api.json;

import java.util.List;
import se.rjl.patientfees.api.OtherChargeFee;

/**
 * The response of {@code POST /v1/other-charges}: the amount, who pays whom, and why.
 *
 * <pre>{@code
 * {"rulebookId": "rjl-2026", "key": "driving-licence-extra-sample", "title": "...", "direction": "patient-pays",
 *  "due": true, "quantity": 2, "unit": {"amount": "100.00", "currency": "SEK"}, "amount": {"amount": "200.00", ...},
 *  "patientPays": {"amount": "200.00", ...}, "patientReceives": {"amount": "0.00", ...}, ...}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record OtherChargeFeeJson(
    String rulebookId,
    String key,
    String title,
    OtherChargeFee.Direction direction,
    boolean due,
    int quantity,
    MoneyJson unit,
    MoneyJson amount,
    MoneyJson patientPays,
    MoneyJson patientReceives,
    MoneyJson thirdPartyPays,
    List<ContactFeeJson.StepJson> explanation) {
  public OtherChargeFeeJson {
    explanation = explanation == null ? null : List.copyOf(explanation);
  }


  public static OtherChargeFeeJson of(OtherChargeFee f) {
    return new OtherChargeFeeJson(f.rulebookId(), f.key(), f.title(), f.direction(), f.due(), f.quantity(), MoneyJson.of(f.unit()),
        MoneyJson.of(f.amount()), MoneyJson.of(f.patientPays()), MoneyJson.of(f.patientReceives()),
        MoneyJson.of(f.thirdPartyPays()), ContactFeeJson.StepJson.of(f.explanation()));
  }
}
