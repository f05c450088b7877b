package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.Objects;
import se.rjl.patientfees.engine.InvalidInputException;

/**
 * One payment toward a cap, as the ledger keeps it.
 *
 * @param paymentId the caller's id (the receipt number, or the registry's transaction id);
 *     recording the same id with the same content again changes nothing, with other content it is a
 *     conflict
 * @param date the payment's date
 * @param feeOre what the payment asks to count toward the cap: a contact's qualifying fee before the
 *     cap, a receipt's amount, a card transaction's amount
 * @param paidOre what the patient paid toward the cap when it was recorded (a contact priced with
 *     frikort paid 0 of its fee; a receipt was paid in full elsewhere)
 * @param countedOre what counts toward the cap when all payments are taken in date order: derived by
 *     the ledger, never more than {@code feeOre}, nor more than {@code paidOre} for a payment already
 *     made. {@code paidOre - countedOre} is owed back to the patient (a late registration, a receipt
 *     beyond the cap or a correction moved the cap; decision E81)
 * @param origin where it was paid
 */
public record CapEntry(String paymentId, LocalDate date, long feeOre, long paidOre, long countedOre, Origin origin) {
  /** The largest amount one payment may carry: the bound of every amount from outside (E61), far above any cap. */
  public static final long MAX_ORE = se.rjl.patientfees.engine.Bounds.MAX_AMOUNT_ORE;
  /** {@link #MAX_ORE} as text for error messages: the API's technical bound, not a regelbok amount. */
  public static final String MAX_TEXT = (MAX_ORE / 100) + " kr";

  public CapEntry {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
    if (feeOre < 0 || paidOre < 0 || countedOre < 0) {
      throw new InvalidInputException("amount", "negative-amount", "an amount toward the cap must not be negative");
    }
    if (feeOre > MAX_ORE || paidOre > MAX_ORE) {
      throw new InvalidInputException("amount", "amount-too-large", "an amount toward the cap must be at most " + MAX_TEXT);
    }
    if (countedOre > feeOre || countedOre > paidOre) {
      throw new IllegalArgumentException("countedOre must not exceed feeOre or paidOre");
    }
  }

  /** A payment that was counted in full as paid: fee, paid and counted all {@code countedOre}. */
  public CapEntry(String paymentId, LocalDate date, long countedOre, Origin origin) {
    this(paymentId, date, countedOre, countedOre, countedOre, origin);
  }

  /** What is owed back to the patient for this payment: what it paid beyond what counts. */
  public long refundOre() {
    return paidOre - countedOre;
  }

  /** Whether {@code other} records the same payment (id, date, fee and origin); the counted part may differ. */
  public boolean sameContent(CapEntry other) {
    return paymentId.equals(other.paymentId) && date.equals(other.date) && feeOre == other.feeOre && origin == other.origin;
  }

  CapEntry withAmounts(long paid, long counted) {
    return paid == paidOre && counted == countedOre ? this : new CapEntry(paymentId, date, feeOre, paid, counted, origin);
  }

  /** Where a payment was made. */
  public enum Origin {
    /** Priced by this calculator. */
    CONTACT,
    /** A receipt from another region or provider, entered by staff (L3251–L3274). */
    RECEIPT,
    /**
     * Read from the registry's card (eFrikort) or the aids system: one of the card's transactions, or
     * for a card without transactions its amount counted so far, dated on the period's first day.
     */
    CARD
  }
}
