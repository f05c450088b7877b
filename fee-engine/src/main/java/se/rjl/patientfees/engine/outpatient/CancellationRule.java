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
    boolean primary = (level == Level.PRIMARY || level == Level.PRIMARY_OUT_OF_HOURS) && !c.admission();
    if (primary) {
      Duration notice = Duration.between(cancelled.atZone(STOCKHOLM), c.at().atZone(STOCKHOLM));
      return notice.compareTo(Duration.ofHours(rules.primaryCareNoticeHours())) < 0;
    }
    int whole = days.workingDaysBetween(cancelled.toLocalDate(), c.at().toLocalDate());
    return whole < rules.specialistNoticeWorkingDays();
  }
}
