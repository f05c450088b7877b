package se.rjl.patientfees.engine.ledger;

import se.rjl.patientfees.engine.result.FeeResult;

/**
 * A contact priced with the outpatient rules and the cap ledger together.
 *
 * @param fee the outpatient result before the cap (row, fee, explanation)
 * @param cap the ledger's result for the fee part (what counted, the period, frikort)
 * @param payOre what the patient pays now: the fee after the cap, plus any vaccine
 * @param state the patient's cap state after this contact
 */
public record PricedContact(FeeResult fee, CapLedger.Result cap, long payOre, CapState state) {

  /** Whether frikort waived the fee, in full or in part. */
  public boolean frikortApplied() {
    return cap.frikortApplied();
  }

  public long countedOre() {
    return cap.countedOre();
  }
}
