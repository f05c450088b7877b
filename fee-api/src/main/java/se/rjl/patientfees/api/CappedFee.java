package se.rjl.patientfees.api;

import java.time.LocalDateTime;
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
 * @param cap the cap period after this contact
 * @param state the patient's cap state after this contact
 */
public record CappedFee(
    String paymentId,
    LocalDateTime at,
    ContactFee fee,
    MonetaryAmount pay,
    MonetaryAmount counted,
    boolean frikortApplied,
    CapStatus cap,
    CapState state) {}
