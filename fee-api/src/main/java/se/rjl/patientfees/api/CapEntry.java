package se.rjl.patientfees.api;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One payment that counted toward a cap, as kept in a {@link CapState}. Immutable and thread-safe.
 *
 * @param paymentId the caller's id; corrections name it, and recording the same id twice changes nothing
 * @param date the payment's date
 * @param counted the part that counted toward the cap (a fee cut at the cap counts the cut part);
 *     whole öre, from 0 to {@link Amounts#MAX_INPUT}
 * @param origin where it was paid
 */
public record CapEntry(String paymentId, LocalDate date, MonetaryAmount counted, Origin origin) {
  /** Checks that every component is given. */
  public CapEntry {
    Check.given(paymentId, "capState.entries.paymentId");
    Check.given(date, "capState.entries.date");
    Check.given(counted, "capState.entries.counted");
    Check.given(origin, "capState.entries.origin");
  }

  /** Where a payment was made. Thread-safe (an enum). */
  public enum Origin {
    /** Priced by this calculator. */
    CONTACT,
    /** A receipt from another region or provider, entered by staff (L3251–L3274). */
    RECEIPT
  }
}
