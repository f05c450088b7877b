package se.rjl.patientfees.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Swedish working days for the cancellation rules (L4362–L4379, decisions R26 and E04): Monday to
 * Friday except the public holidays ({@link SwedishHolidays}) and, when the rulebook says so,
 * Midsummer Eve, Christmas Eve and New Year's Eve. Immutable and thread-safe; nothing is cached, so
 * no input can make it hold memory.
 */
public final class WorkingDays {
  private final boolean evesAreNonWorkingDays;

  /** Working days; the three eves are working days unless {@code evesAreNonWorkingDays}. */
  public WorkingDays(boolean evesAreNonWorkingDays) {
    this.evesAreNonWorkingDays = evesAreNonWorkingDays;
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
      return false;
    }
    return !SwedishHolidays.isPublicHoliday(date) && !(evesAreNonWorkingDays && SwedishHolidays.isEve(date));
  }

  /** Whether {@code date} is a Saturday, Sunday or holiday (code 110's "lör-, sön- och helgdag"). */
  public boolean isWeekendOrHoliday(LocalDate date) {
    return !isWorkingDay(date);
  }

  /** The number of whole working days strictly between two dates. */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toExclusive) {
    int n = 0;
    for (LocalDate d = fromExclusive.plusDays(1); d.isBefore(toExclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether at least {@code n} whole working days lie strictly between two dates. Stops counting at
   * {@code n}, so a cancellation years before the visit costs no more than one a week before.
   */
  public boolean atLeastWorkingDaysBetween(LocalDate fromExclusive, LocalDate toExclusive, int n) {
    int found = 0;
    for (LocalDate d = fromExclusive.plusDays(1); found < n && d.isBefore(toExclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        found++;
      }
    }
    return found >= n;
  }
}
