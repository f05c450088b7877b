package se.rjl.patientfees.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Age at a date (decision E01; DEVELOPERS.md D3). */
class AgesTest {
  @Test
  void theBirthdayItselfCounts() {
    // "från och med 20-årsdagen gäller vanlig patientavgift" (L5119-L5121): pins E01
    LocalDate birth = LocalDate.of(2006, 5, 14);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2026, 5, 13))).isEqualTo(19);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2026, 5, 14))).isEqualTo(20);
  }

  @Test
  void aTwentyNinthOfFebruaryBirthdayIsOnTheTwentyEighthInOtherYears() {
    LocalDate birth = LocalDate.of(2004, 2, 29);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2026, 2, 27))).isEqualTo(21);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2026, 2, 28))).isEqualTo(22);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2028, 2, 28))).isEqualTo(23);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2028, 2, 29))).isEqualTo(24);
  }

  @Test
  void calendarYearAgeIsTheYearsDifference() {
    // "t.o.m. det kalenderår de fyller 19" (L5303-L5304): born 31 Dec 2006 is 19 all of 2025.
    LocalDate birth = LocalDate.of(2006, 12, 31);
    assertThat(Ages.byCalendarYear(birth, LocalDate.of(2025, 1, 1))).isEqualTo(19);
    assertThat(Ages.byCalendarYear(birth, LocalDate.of(2026, 1, 1))).isEqualTo(20);
    assertThat(Ages.onBirthday(birth, LocalDate.of(2026, 1, 1))).isEqualTo(19);
  }
}
