package se.rjl.patientfees.engine.outpatient;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.calendar.WorkingDays;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.MissedVisitRules;

/**
 * Whether a cancellation came in time (L4345–L4379): in primary care at least 24 hours before the
 * visit, counted in real elapsed time in Europe/Stockholm (across daylight-saving changes); in
 * specialist care and for admissions at least 3 whole working days before (decision R26).
 */
public final class CancellationRule {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private CancellationRule() {}

  /** True when the cancellation at {@code cancelledAt} was too late for the visit. */
  public static boolean isLate(Contact c, Level level, MissedVisitRules rules, WorkingDays days) {
    LocalDateTime cancelled = c.cancelledAt();
    if (cancelled == null) {
      throw new InvalidInputException("contact.cancelledAt", "missing", "a late cancellation needs the time it was made");
    }
    if (cancelled.isAfter(c.at())) {
      throw new InvalidInputException("contact.cancelledAt", "cancelled-after-visit",
          "the cancellation is after the visit's start: record it as missed");
    }
    return isLate(c.at(), cancelled, isPrimary(c, level), rules, days);
  }

  /**
   * True when the care unit's cancellation at {@code c.cancelledAt()} was too late (613/615): the
   * same tests as for the patient (decision R26); a cancellation after the booked start is late.
   */
  public static boolean isLateByUnit(Contact c, Level level, MissedVisitRules rules, WorkingDays days) {
    if (c.cancelledAt().isAfter(c.at())) {
      return true;
    }
    return isLate(c.at(), c.cancelledAt(), isPrimary(c, level), rules, days);
  }

  /** Whether the primary-care (24 h) rule applies rather than the specialist-care (working days) rule. */
  public static boolean isPrimary(Contact c, Level level) {
    return (level == Level.PRIMARY || level == Level.PRIMARY_OUT_OF_HOURS) && !c.admission();
  }

  /**
   * The notice test itself: primary care at least 24 elapsed hours (Europe/Stockholm, across
   * daylight-saving changes); specialist care at least 3 whole working days strictly between the
   * cancellation's date and the visit's date.
   */
  public static boolean isLate(LocalDateTime booked, LocalDateTime cancelled, boolean primary, MissedVisitRules rules,
      WorkingDays days) {
    if (primary) {
      Duration notice = Duration.between(cancelled.atZone(STOCKHOLM), booked.atZone(STOCKHOLM));
      return notice.compareTo(Duration.ofHours(rules.primaryCareNoticeHours())) < 0;
    }
    return !days.atLeastWorkingDaysBetween(cancelled.toLocalDate(), booked.toLocalDate(), rules.specialistNoticeWorkingDays());
  }
}
