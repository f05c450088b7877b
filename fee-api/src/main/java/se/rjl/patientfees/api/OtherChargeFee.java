package se.rjl.patientfees.api;

import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.other.OtherChargeResult;
import se.rjl.patientfees.rules.model.OtherCharge;

/**
 * What one of the regelbok's other charges comes to (blood grouping, earmoulds, the estate's
 * transport fee, extra driving-licence samples, the compensation for a cancelled operation), who
 * pays whom, and why. Never toward a cap. Amounts are {@link MonetaryAmount}s in SEK.
 *
 * <pre>{@code
 * OtherChargeFee samples = fees.priceOtherCharge(null,
 *     OtherChargeRequest.of("driving-licence-extra-sample", LocalDate.of(2026, 3, 10)).withQuantity(2));
 * samples.patientPays();  // SEK 200.00
 * }</pre>
 *
 * @param key the rulebook key of the charge
 * @param title its title as printed
 * @param direction who pays whom
 * @param due whether it applies (false: a condition is not met; the explanation says which)
 * @param quantity the units priced
 * @param unit one unit's amount, as printed
 * @param amount unit × quantity when due, else 0
 * @param patientPays what the patient pays, else 0
 * @param patientReceives what the patient receives (a compensation), else 0
 * @param thirdPartyPays what someone else pays (an estate, a company), else 0
 * @param explanation the rules applied, in order
 */
public record OtherChargeFee(
    String rulebookId,
    String key,
    String title,
    OtherCharge.Direction direction,
    boolean due,
    int quantity,
    MonetaryAmount unit,
    MonetaryAmount amount,
    MonetaryAmount patientPays,
    MonetaryAmount patientReceives,
    MonetaryAmount thirdPartyPays,
    List<ExplanationStep> explanation) {

  public OtherChargeFee {
    explanation = List.copyOf(explanation);
  }

  static OtherChargeFee of(OtherChargeResult r) {
    return new OtherChargeFee(r.rulebookId(), r.key(), r.title(), r.direction(), r.due(), r.quantity(), Amounts.ofOre(r.unitOre()),
        Amounts.ofOre(r.amountOre()), Amounts.ofOre(r.patientPaysOre()), Amounts.ofOre(r.patientReceivesOre()),
        Amounts.ofOre(r.thirdPartyPaysOre()), r.explanation().stream().map(ExplanationStep::of).toList());
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return explanation.stream().map(ExplanationStep::id).toList();
  }
}
