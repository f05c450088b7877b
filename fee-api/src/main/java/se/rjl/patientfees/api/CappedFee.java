package se.rjl.patientfees.api;

import java.time.LocalDateTime;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * One contact priced with the outpatient rules and the cap ledger together, and the patient's cap
 * state after it. Keep {@link #state()} (the caller owns it) and pass it to the next call.
 *
 * <pre>{@code
 * CappedFee first = fees.priceContact(patient, visit, CapState.EMPTY, "kvitto-1");
 * CappedFee second = fees.priceContact(patient, nextVisit, first.state(), "kvitto-2");
 * second.cap().sumInPeriod(); // SEK 500.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param paymentId the payment's id in the ledger; pricing the same id again changes nothing
 * @param at when the contact was
 * @param fee the price after the cap (pay and towardCap after frikort), with its explanation
 * @param pay what the patient pays now: the fee after the cap, plus any vaccine
 * @param counted what counted toward the cap
 * @param frikortApplied whether frikort waived the fee, in full or in part
 * @param cap the cap period after this contact, with any refund owed (decision E81)
 * @param state the patient's cap state after this contact
 * @param register what to report to the registry (eFrikort): a {@code RegisterTransaction} of what
 *     counts for a contact the cap covers (0 kr with frikort), and an {@code UpdateTransaction} for
 *     each earlier payment whose counted part this contact changed; empty for a contact the cap does
 *     not cover
 * @param card the card as it stands afterwards (null for a contact the cap does not cover and no period open)
 */
public record CappedFee(
    String paymentId,
    LocalDateTime at,
    ContactFee fee,
    MonetaryAmount pay,
    MonetaryAmount counted,
    boolean frikortApplied,
    CapStatus cap,
    CapState state,
    List<RegistryUpdate> register,
    CardStanding card) {

  public CappedFee {
    register = register == null ? List.of() : List.copyOf(register);
  }

  /** A contact with nothing to register. */
  public CappedFee(String paymentId, LocalDateTime at, ContactFee fee, MonetaryAmount pay, MonetaryAmount counted,
      boolean frikortApplied, CapStatus cap, CapState state) {
    this(paymentId, at, fee, pay, counted, frikortApplied, cap, state, List.of(), null);
  }
}
