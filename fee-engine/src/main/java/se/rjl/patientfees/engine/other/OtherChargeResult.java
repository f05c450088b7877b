package se.rjl.patientfees.engine.other;

import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.rules.model.OtherCharge;

/**
 * What one of the other charges comes to. Amounts are whole öre; none counts toward a cap.
 *
 * @param due whether the charge or compensation applies (false: a condition is not met, see the explanation)
 * @param quantity the units priced
 * @param unitOre the amount of one unit, as printed
 * @param amountOre unit × quantity when due, else 0
 * @param direction who pays whom
 */
public record OtherChargeResult(
    String rulebookId,
    String key,
    String title,
    OtherCharge.Direction direction,
    boolean due,
    int quantity,
    long unitOre,
    long amountOre,
    List<AppliedRule> explanation) {

  public OtherChargeResult {
    explanation = List.copyOf(explanation);
  }

  /** What the patient pays (goods, samples, earmoulds), else 0. */
  public long patientPaysOre() {
    return direction == OtherCharge.Direction.PATIENT_PAYS ? amountOre : 0;
  }

  /** What the patient receives (a compensation), else 0. */
  public long patientReceivesOre() {
    return direction == OtherCharge.Direction.PATIENT_RECEIVES ? amountOre : 0;
  }

  /** What someone else pays (an estate, a company), else 0. */
  public long thirdPartyPaysOre() {
    return direction == OtherCharge.Direction.THIRD_PARTY_PAYS ? amountOre : 0;
  }
}
