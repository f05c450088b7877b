package se.rjl.patientfees.api;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The kept facts of one cap period (decision E80): so a period from a year whose rulebook is not
 * loaded still prices. Immutable and thread-safe.
 *
 * @param firstDay the period's first day
 * @param lastDay the period's last day
 * @param cap the period's cap
 * @param capRulebookId the rulebook whose cap applies, or {@code registry-card}
 */
public record CapPeriodFacts(LocalDate firstDay, LocalDate lastDay, MonetaryAmount cap, String capRulebookId) {
  /** Checks that every component is given. */
  public CapPeriodFacts {
    Check.given(firstDay, "capState.periods.firstDay");
    Check.given(lastDay, "capState.periods.lastDay");
    Check.given(cap, "capState.periods.cap");
    Check.given(capRulebookId, "capState.periods.capRulebookId");
  }
}
