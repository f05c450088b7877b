package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;

/**
 * A 12-month cap period: from the first qualifying payment to the day before the same date 12 months
 * later ("Tolv månader räknat från och med dagen för det första vårdbesöket", L3335–L3336; decision
 * E03: first visit 2026-01-15 → last day 2027-01-14).
 *
 * @param capOre the cap of the rulebook in force on the first day (decision E02)
 * @param capRulebookId that rulebook
 * @param sumOre what counted in the period
 * @param frikortFrom the day the sum reached the cap, or null
 * @param overpaidOre what was paid beyond the cap, which the patient is owed back: only after a
 *     correction moves a period's start so that later payments fall into it
 */
public record CapPeriod(
    LocalDate firstDay,
    LocalDate lastDay,
    long capOre,
    String capRulebookId,
    long sumOre,
    LocalDate frikortFrom,
    long overpaidOre) {

  /**
   * The day before the same date {@code months} later; where that date does not exist (a period
   * from 29 February), the period ends on the month's last day (decision E03).
   */
  public static LocalDate lastDayFor(LocalDate firstDay, int months) {
    LocalDate same = firstDay.plusMonths(months);
    return same.getDayOfMonth() == firstDay.getDayOfMonth() ? same.minusDays(1) : same;
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(firstDay) && !d.isAfter(lastDay);
  }

  public long remainingOre() {
    return Math.max(0, capOre - sumOre);
  }

  /** Whether the patient has frikort on {@code d}. */
  public boolean frikortOn(LocalDate d) {
    return frikortFrom != null && !d.isBefore(frikortFrom) && contains(d);
  }
}
