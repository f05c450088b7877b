package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One payment that counted toward a cap.
 *
 * @param paymentId the caller's id; corrections name it, and recording the same id twice changes
 *     nothing
 * @param date the payment's date
 * @param countedOre the part that counted toward the cap (a fee cut at the cap counts the cut part)
 * @param origin where it was paid
 */
public record CapEntry(String paymentId, LocalDate date, long countedOre, Origin origin) {
  /** The order entries are kept in: by date, then id. It makes a state independent of the order of recording. */
  public static final Comparator<CapEntry> ORDER =
      Comparator.comparing(CapEntry::date).thenComparing(CapEntry::paymentId);

  public CapEntry {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
    if (countedOre < 0) {
      throw new IllegalArgumentException("countedOre must not be negative");
    }
  }

  /** Where a payment was made. */
  public enum Origin {
    /** Priced by this calculator. */
    CONTACT,
    /** A receipt from another region or provider, entered by staff (L3251–L3274). */
    RECEIPT
  }
}
