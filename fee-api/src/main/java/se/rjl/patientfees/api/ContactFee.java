package se.rjl.patientfees.api;

import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.result.FeeResult;

/**
 * What one contact costs and why. Amounts are {@link MonetaryAmount}s in SEK.
 *
 * <p>From {@link PatientFees#priceContact(se.rjl.patientfees.engine.input.Patient,
 * se.rjl.patientfees.engine.input.Contact)} it is the price before the cap ledger (no frikort);
 * inside a {@link CappedFee} it is the price after the ledger (pay and towardCap after frikort).
 *
 * <pre>{@code
 * ContactFee fee = fees.priceContact(patient, contact);
 * fee.pay();              // SEK 250.00
 * fee.feeCode().code();   // "100"
 * fee.explanation();      // the rules applied, in Swedish
 * }</pre>
 *
 * @param rulebookId the rulebook priced by, e.g. {@code rjl-2026}
 * @param pay what the patient pays: fee plus vaccine, or 0 when refunded (waiting time) or free
 * @param fee the patient fee of the fee-code row
 * @param vaccine the vaccine's price added to the fee (never counts toward the cap), else 0
 * @param towardCap the part of the payment that counts toward the outpatient cap
 * @param capQualifying whether the fee is of a kind the cap covers
 * @param feeCode the fee-code row registered, or null when no fee arises (a cancellation in time)
 * @param refundFeeCode the row registered for a refund (code 600, waiting time), or null
 * @param explanation the rules applied, in order
 * @param employeeRefund for a region employee: what is refunded with the salary (what the patient
 *     pays for care, after frikort), else 0 (decision E54)
 */
public record ContactFee(
    String rulebookId,
    MonetaryAmount pay,
    MonetaryAmount fee,
    MonetaryAmount vaccine,
    MonetaryAmount towardCap,
    boolean capQualifying,
    FeeCode feeCode,
    FeeCode refundFeeCode,
    List<ExplanationStep> explanation,
    MonetaryAmount employeeRefund) {

  public ContactFee {
    explanation = List.copyOf(explanation);
    if (employeeRefund == null) {
      employeeRefund = Amounts.ofOre(0);
    }
  }

  /** A fee without an employee refund. */
  public ContactFee(String rulebookId, MonetaryAmount pay, MonetaryAmount fee, MonetaryAmount vaccine, MonetaryAmount towardCap,
      boolean capQualifying, FeeCode feeCode, FeeCode refundFeeCode, List<ExplanationStep> explanation) {
    this(rulebookId, pay, fee, vaccine, towardCap, capQualifying, feeCode, refundFeeCode, explanation, null);
  }

  static ContactFee of(FeeResult r) {
    return new ContactFee(
        r.rulebookId(),
        Amounts.ofOre(r.payableOre()),
        Amounts.ofOre(r.feeOre()),
        Amounts.ofOre(r.vaccineOre()),
        Amounts.ofOre(r.countsTowardCapOre()),
        r.capQualifying(),
        FeeCode.of(r.row()),
        FeeCode.of(r.refundRow()),
        r.explanation().stream().map(ExplanationStep::of).toList(),
        Amounts.ofOre(r.salaryRefund() ? r.payableOre() : 0));
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return explanation.stream().map(ExplanationStep::id).toList();
  }
}
