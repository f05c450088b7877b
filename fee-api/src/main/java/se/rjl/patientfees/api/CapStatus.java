package se.rjl.patientfees.api;

import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Where the patient stands toward the outpatient cap (högkostnadsskydd, 1 450 kr in 2026) after a
 * contact: the period the payment belongs to, what has counted in it and what remains until
 * frikort.
 *
 * <pre>{@code
 * CapStatus cap = fees.priceContact(patient, contact, CapState.EMPTY, "kvitto-1").cap();
 * cap.remaining();    // SEK 1200.00
 * cap.frikortFrom();  // null until the cap is reached
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param cap the cap that applies, from the rulebook in force on the period's first day
 * @param sumInPeriod what has counted toward the cap in the period
 * @param remaining what remains until frikort ({@code cap - sumInPeriod}, never negative)
 * @param periodFirstDay the period's first day (the first qualifying payment), or null when no
 *     period is open (nothing has counted yet)
 * @param periodLastDay the period's last day, inclusive, or null when no period is open
 * @param frikortFrom the day the cap was reached, or null
 * @param capRulebookId the rulebook whose cap applies ({@code registry-card} when the registry's
 *     card gave it, decision E80)
 * @param refundOwed what is owed back to the patient in all the patient's periods (decision E81),
 *     zero when nothing is
 * @param refunds the payments it is owed for, in date order, each with the amount and why
 */
public record CapStatus(
    MonetaryAmount cap,
    MonetaryAmount sumInPeriod,
    MonetaryAmount remaining,
    LocalDate periodFirstDay,
    LocalDate periodLastDay,
    LocalDate frikortFrom,
    String capRulebookId,
    MonetaryAmount refundOwed,
    List<Refund> refunds) {

  public CapStatus {
    refunds = refunds == null ? List.of() : List.copyOf(refunds);
    refundOwed = refundOwed == null ? Amounts.ofOre(0) : refundOwed;
  }

  /** A status with nothing owed back. */
  public CapStatus(MonetaryAmount cap, MonetaryAmount sumInPeriod, MonetaryAmount remaining, LocalDate periodFirstDay,
      LocalDate periodLastDay, LocalDate frikortFrom, String capRulebookId) {
    this(cap, sumInPeriod, remaining, periodFirstDay, periodLastDay, frikortFrom, capRulebookId, null, List.of());
  }

  /** Whether the patient has frikort on {@code date}. */
  public boolean frikortOn(LocalDate date) {
    return frikortFrom != null && !date.isBefore(frikortFrom) && periodLastDay != null && !date.isAfter(periodLastDay);
  }
}
