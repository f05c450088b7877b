package se.rjl.patientfees.engine.result;

import java.util.List;
import se.rjl.patientfees.rules.model.FeeCodeRow;

/**
 * What one contact costs before the cap ledger, and why. Amounts are whole öre.
 *
 * @param rulebookId the rulebook priced by
 * @param row the fee-code row the cash register registers (code and product name)
 * @param feeOre the patient fee of the row
 * @param vaccineOre the vaccine's price, added to the fee (not counting toward the cap), else 0
 * @param payableOre what the patient pays: fee + vaccine, or 0 when refunded
 * @param countsTowardCapOre the part of the payment that counts toward the outpatient cap
 * @param capQualifying whether the fee is of a kind the cap covers (frikort makes it 0 kr)
 * @param vatOre VAT included in the payment (0 for patient fees)
 * @param refundRow the row registered for a refund (code 600 waiting time), or null
 * @param trace the rules applied, in order, as rule ids and parameters (see {@link #explanation()})
 * @param interpreterOre for a missed or late-cancelled booking whose row has no interpreter variant:
 *     the interpreter fee (310 kr) charged on top of the row, included in {@code payableOre}, else 0
 *     (L4355–L4357, L4374–L4376; decisions R01, R33)
 * @param salaryRefund the patient is a region employee and what they pay for this contact is
 *     refunded with the salary (L5261–L5283, decision E54)
 */
public record FeeResult(
    String rulebookId,
    FeeCodeRow row,
    long feeOre,
    long vaccineOre,
    long payableOre,
    long countsTowardCapOre,
    boolean capQualifying,
    long vatOre,
    FeeCodeRow refundRow,
    Trace trace,
    long interpreterOre,
    boolean salaryRefund) {

  public FeeResult {
    trace.freeze();
  }

  /** A result without the employee refund. */
  public FeeResult(String rulebookId, FeeCodeRow row, long feeOre, long vaccineOre, long payableOre, long countsTowardCapOre,
      boolean capQualifying, long vatOre, FeeCodeRow refundRow, Trace trace, long interpreterOre) {
    this(rulebookId, row, feeOre, vaccineOre, payableOre, countsTowardCapOre, capQualifying, vatOre, refundRow, trace,
        interpreterOre, false);
  }

  /** A result without a separate interpreter fee. */
  public FeeResult(String rulebookId, FeeCodeRow row, long feeOre, long vaccineOre, long payableOre, long countsTowardCapOre,
      boolean capQualifying, long vatOre, FeeCodeRow refundRow, Trace trace) {
    this(rulebookId, row, feeOre, vaccineOre, payableOre, countsTowardCapOre, capQualifying, vatOre, refundRow, trace, 0);
  }

  /**
   * The rules applied, in order, each with its citation and Swedish text from the rulebook. Rendered
   * on each call: pricing itself records only rule ids and parameters.
   */
  public List<AppliedRule> explanation() {
    return trace.render();
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return trace.ruleIds();
  }
}
