package se.rjl.patientfees.engine.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Swedish working days for the cancellation rules (L4362–L4379, decisions R26 and E04): Monday to
 * Friday except public holidays from jollyday's Swedish calendar, and — when the rulebook says so —
 * Midsummer Eve, Christmas Eve and New Year's Eve. Thread-safe; each year is computed once.
 */
public final class WorkingDays {
  private static final MonthDay CHRISTMAS_EVE = MonthDay.of(12, 24);
  private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

  private final boolean evesAreNonWorkingDays;
  private final HolidayManager manager;
  private final ConcurrentHashMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();
  /** The year asked for last, so that pricing does not box the year on every lookup. */
  private volatile YearHolidays last;

  private record YearHolidays(int year, Set<LocalDate> days) {}

  public WorkingDays(boolean evesAreNonWorkingDays) {
    this.evesAreNonWorkingDays = evesAreNonWorkingDays;
    this.manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
      return false;
    }
    return !holidays(date.getYear()).contains(date);
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

  /** The holidays (and, per the rulebook, eves) of a year. */
  public Set<LocalDate> holidays(int year) {
    YearHolidays l = last;
    if (l != null && l.year() == year) {
      return l.days();
    }
    Set<LocalDate> days = holidaysByYear.computeIfAbsent(year, this::compute);
    last = new YearHolidays(year, days);
    return days;
  }

  private Set<LocalDate> compute(int year) {
    Set<Holiday> hs = manager.getHolidays(Year.of(year));
    return hs.stream()
        .map(Holiday::getDate)
        .filter(d -> evesAreNonWorkingDays || !isEve(d))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Midsummer Eve (the Friday between 19 and 25 June), Christmas Eve, New Year's Eve. */
  static boolean isEve(LocalDate d) {
    MonthDay md = MonthDay.from(d);
    boolean midsummerEve =
        d.getMonthValue() == 6 && d.getDayOfWeek() == DayOfWeek.FRIDAY && d.getDayOfMonth() >= 19 && d.getDayOfMonth() <= 25;
    return midsummerEve || md.equals(CHRISTMAS_EVE) || md.equals(NEW_YEARS_EVE);
  }
}
