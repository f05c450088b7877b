package se.rjl.patientfees.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Swedish holidays and eves of decision E04, computed by us (jollyday only as the test's oracle). */
class SwedishHolidaysTest {

  @Test
  void easterSundayOfKnownYears() {
    // Published dates, including the earliest (22 March, 1818) and latest (25 April, 1943 and 2038) possible.
    assertThat(SwedishHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(SwedishHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(SwedishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(SwedishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(SwedishHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(SwedishHolidays.easterSunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
    assertThat(SwedishHolidays.easterSunday(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
    assertThat(SwedishHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void holidaysAndEvesOf2026() {
    // E04's list for 2026 (Easter Sunday 5 April).
    assertThat(SwedishHolidays.of(2026)).containsExactly(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5),
        LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 24),
        LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 20), LocalDate.of(2026, 10, 31),
        LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 31));
  }

  @Test
  void allSaintsDayCanFallInNovember() {
    // 2025: Saturday 1 November; Friday 31 October is a working day.
    assertThat(SwedishHolidays.isPublicHoliday(LocalDate.of(2025, 11, 1))).isTrue();
    assertThat(SwedishHolidays.isPublicHoliday(LocalDate.of(2025, 10, 31))).isFalse();
  }

  @Test
  void anyYearALocalDateHoldsHasAnEaster() {
    // A cancelledAt of year -100 once made the holiday library throw (issue 16).
    assertThat(SwedishHolidays.isHolidayOrEve(LocalDate.of(-100, 1, 1))).isTrue();
    assertThat(SwedishHolidays.easterSunday(-100).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(SwedishHolidays.easterSunday(Year.MAX_VALUE).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(SwedishHolidays.easterSunday(Year.MIN_VALUE).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
  }

  @Test
  void sameDaysAsJollydaySweden1900To2300() {
    HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    int years = 0;
    for (int year = 1900; year <= 2300; year++) {
      Set<LocalDate> expected = jollyday.getHolidays(Year.of(year)).stream().map(Holiday::getDate)
          .collect(Collectors.toCollection(TreeSet::new));
      List<LocalDate> ours = SwedishHolidays.of(year);
      assertThat(ours).as("year %d", year).containsExactlyElementsOf(expected);
      years++;
    }
    assertThat(years).isEqualTo(401);
  }
}
