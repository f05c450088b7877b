package se.rjl.patientfees.engine.calendar;

import java.time.LocalDate;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AgeSemantics;

/** Age at a date, the two ways the regelbok counts it (decision E01). */
public final class Ages {
  private Ages() {}

  /**
   * Whole years at {@code date}: the birthday counts ("från och med 20-årsdagen"). Someone born on
   * 29 February has their birthday on 28 February in other years ({@link LocalDate#plusYears}
   * clamps to the month's last day, as lag (1930:173) om beräkning av lagstadgad tid counts).
   */
  public static int onBirthday(LocalDate birth, LocalDate date) {
    int years = date.getYear() - birth.getYear();
    if (years > 0) {
      // The birthday in the date's year, as plusYears gives it: 29 February is 28 February in other years.
      int month = birth.getMonthValue();
      int day = birth.getDayOfMonth();
      if (month == 2 && day == 29 && !date.isLeapYear()) {
        day = 28;
      }
      if (date.getMonthValue() < month || date.getMonthValue() == month && date.getDayOfMonth() < day) {
        years--;
      }
    }
    return Math.max(years, 0);
  }

  /** The contact's year minus the birth year: "t.o.m. det kalenderår de fyller 19". */
  public static int byCalendarYear(LocalDate birth, LocalDate date) {
    return Math.max(date.getYear() - birth.getYear(), 0);
  }

  /** The age as the band counts it. */
  public static int inBand(AgeBand band, int birthdayAge, int calendarAge) {
    return band.semantics() == AgeSemantics.CALENDAR_YEAR ? calendarAge : birthdayAge;
  }
}
