package se.rjl.patientfees.api;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One payment toward a cap, as kept in a {@link CapState}. Immutable and thread-safe.
 *
 * @param paymentId the caller's id; corrections name it, and recording the same id twice changes nothing
 * @param date the payment's date
 * @param fee what the payment asked to count (a contact's fee before the cap)
 * @param paid what the patient paid toward the cap; {@code paid - counted} is owed back (decision E81)
 * @param counted the part that counted toward the cap (a fee cut at the cap counts the cut part);
 *     whole öre, from 0 to {@link Amounts#MAX_INPUT}, at most {@code fee} and {@code paid}
 * @param origin where it was paid
 */
public record CapEntry(String paymentId, LocalDate date, MonetaryAmount fee, MonetaryAmount paid,
    MonetaryAmount counted, Origin origin) {
  /** Checks that every component is given. */
  public CapEntry {
    Check.given(paymentId, "capState.entries.paymentId");
    Check.given(date, "capState.entries.date");
    Check.given(fee, "capState.entries.fee");
    Check.given(paid, "capState.entries.paid");
    Check.given(counted, "capState.entries.counted");
    Check.given(origin, "capState.entries.origin");
  }

  /** A payment counted as paid: fee, paid and counted are all {@code counted}. */
  public CapEntry(String paymentId, LocalDate date, MonetaryAmount counted, Origin origin) {
    this(paymentId, date, counted, counted, counted, origin);
  }

  /** What is owed back to the patient for this payment ({@code paid - counted}). */
  public MonetaryAmount refund() {
    return paid.subtract(counted);
  }

  /** Where a payment was made. Thread-safe (an enum). */
  public enum Origin {
    /** Priced by this calculator. */
    CONTACT,
    /** A receipt from another region or provider, entered by staff (L3251–L3274). */
    RECEIPT,
    /** Read from the registry's card (eFrikort, L3235–L3275; decision E82). */
    CARD
  }
}
