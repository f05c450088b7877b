package se.rjl.patientfees.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The Swedish days that decision E04 counts as not working: the public holidays of Lag (1989:253)
 * om allmänna helgdagar as listed since 2005 (New Year's Day, Epiphany, Good Friday, Easter Sunday
 * and Monday, 1 May, Ascension Day, Whit Sunday, National Day, Midsummer Day, All Saints' Day,
 * Christmas Day, Boxing Day) and the three eves that Lag (1930:173) 2 § treats like them
 * (Midsummer Eve, Christmas Eve, New Year's Eve). Easter by the Gregorian computus; works for every
 * year {@link LocalDate} can hold. No state, no allocation per question: thread-safe.
 *
 * <p>The same set as jollyday's {@code HolidayCalendar.SWEDEN}, which the engine used before
 * (checked day by day over 1900–2300 by {@code SwedishHolidaysTest}).
 */
public final class SwedishHolidays {
  private SwedishHolidays() {}

  /** Easter Sunday of {@code year} in the Gregorian calendar (the anonymous Gregorian algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = Math.floorMod(year, 19);
    int b = Math.floorDiv(year, 100);
    int c = Math.floorMod(year, 100);
    int d = Math.floorDiv(b, 4);
    int e = Math.floorMod(b, 4);
    int f = Math.floorDiv(b + 8, 25);
    int g = Math.floorDiv(b - f + 1, 3);
    int h = Math.floorMod(19 * a + b - d - g + 15, 30);
    int i = Math.floorDiv(c, 4);
    int k = Math.floorMod(c, 4);
    int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
    int m = Math.floorDiv(a + 11 * h + 22 * l, 451);
    int month = Math.floorDiv(h + l - 7 * m + 114, 31);
    int day = Math.floorMod(h + l - 7 * m + 114, 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** Whether {@code date} is a public holiday or one of the three eves (E04). */
  public static boolean isHolidayOrEve(LocalDate date) {
    return isPublicHoliday(date) || isEve(date);
  }

  /** Midsummer Eve (the Friday 19–25 June), Christmas Eve or New Year's Eve. */
  public static boolean isEve(LocalDate date) {
    int dom = date.getDayOfMonth();
    return switch (date.getMonth()) {
      case JUNE -> date.getDayOfWeek() == DayOfWeek.FRIDAY && dom >= 19 && dom <= 25;
      case DECEMBER -> dom == 24 || dom == 31;
      default -> false;
    };
  }

  /** Whether {@code date} is one of the public holidays (allmänna helgdagar). */
  public static boolean isPublicHoliday(LocalDate date) {
    int dom = date.getDayOfMonth();
    DayOfWeek dow = date.getDayOfWeek();
    switch (date.getMonth()) {
      case JANUARY:
        if (dom == 1 || dom == 6) {
          return true;
        }
        break;
      case MAY:
        if (dom == 1) {
          return true;
        }
        break;
      case JUNE:
        // National Day; Midsummer Day is the Saturday 20–26 June.
        if (dom == 6 || dow == DayOfWeek.SATURDAY && dom >= 20 && dom <= 26) {
          return true;
        }
        break;
      case OCTOBER:
        // All Saints' Day is the Saturday 31 October – 6 November.
        return dom == 31 && dow == DayOfWeek.SATURDAY;
      case NOVEMBER:
        return dom <= 6 && dow == DayOfWeek.SATURDAY;
      case DECEMBER:
        return dom == 25 || dom == 26;
      default:
        break;
    }
    Month m = date.getMonth();
    if (m.compareTo(Month.MARCH) < 0 || m.compareTo(Month.JUNE) > 0) {
      return false;
    }
    long fromEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
    // Good Friday, Easter Sunday, Easter Monday, Ascension Day (+39), Whit Sunday (+49).
    return fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39 || fromEaster == 49;
  }

  /** Every public holiday and eve of {@code year}, in date order. */
  public static List<LocalDate> of(int year) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isHolidayOrEve(d)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }
}
