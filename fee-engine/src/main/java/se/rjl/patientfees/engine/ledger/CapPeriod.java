package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;

/**
 * A 12-month cap period: from the first qualifying payment to the day before the same date 12 months
 * later ("Tolv månader räknat från och med dagen för det första vårdbesöket", L3335–L3336; decision
 * E03: first visit 2026-01-15 → last day 2027-01-14). Its first day, last day and cap are facts kept
 * in the state from the day it opened (decision E02), never recomputed from a rulebook afterwards.
 *
 * @param capOre the cap of the rulebook in force on the first day (decision E02), or the registry
 *     card's limit for a period read from a card (decision E80)
 * @param capRulebookId that rulebook, or {@link #REGISTRY} for a card's limit
 * @param sumOre what counts in the period, in date order: never more than {@code capOre}
 * @param frikortFrom the day the sum reached the cap, or null
 * @param overpaidOre what was paid in the period beyond what counts: owed back to the patient
 *     (decision E81)
 */
public record CapPeriod(
    LocalDate firstDay,
    LocalDate lastDay,
    long capOre,
    String capRulebookId,
    long sumOre,
    LocalDate frikortFrom,
    long overpaidOre) {

  /** The {@code capRulebookId} of a period whose cap the registry's card gave. */
  public static final String REGISTRY = "registry-card";

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

  /** The same facts (first day, last day, cap) with nothing counted yet. */
  CapPeriod factsOnly() {
    return new CapPeriod(firstDay, lastDay, capOre, capRulebookId, 0, null, 0);
  }
}
