package se.rjl.patientfees.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Swedish working days (decision E04; the 3-working-day rule R26, L4362-L4379). */
class WorkingDaysTest {
  final WorkingDays days = new WorkingDays(true);

  @Test
  void easter2026IsNotWorkingDays() {
    // Good Friday 2026-04-03 and Easter Monday 2026-04-06.
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 2))).isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
  }

  @Test
  void theThreeEvesAreNotWorkingDays() {
    // pins E04: Midsummer Eve, Christmas Eve and New Year's Eve are non-working days.
    assertThat(days.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(new WorkingDays(false).isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
  }

  @Test
  void wholeWorkingDaysBetweenCountsNeitherEnd() {
    // Visit Monday 2026-04-13: cancel Wednesday 2026-04-08 leaves Thu 9, Fri 10 = 2 whole working days.
    assertThat(days.workingDaysBetween(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 13))).isEqualTo(2);
    assertThat(days.workingDaysBetween(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 13))).isEqualTo(3);
    // Over Easter: cancel Wed 2026-04-01 for Thu 2026-04-09: Thu 2, Tue 7, Wed 8 = 3.
    assertThat(days.workingDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 9))).isEqualTo(3);
  }

  @Test
  void atLeastStopsCountingAndAgreesWithTheCount() {
    assertThat(days.atLeastWorkingDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 9), 3)).isTrue();
    assertThat(days.atLeastWorkingDaysBetween(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 13), 3)).isFalse();
    // Issue 16: a cancellation in year -100 once threw from the holiday library; now it is just early.
    assertThat(days.atLeastWorkingDaysBetween(LocalDate.of(-100, 1, 1), LocalDate.of(2026, 4, 13), 3)).isTrue();
    for (int i = 0; i < 40; i++) {
      LocalDate from = LocalDate.of(2026, 12, 1).plusDays(i);
      LocalDate to = from.plusDays(9);
      assertThat(days.atLeastWorkingDaysBetween(from, to, 3)).isEqualTo(days.workingDaysBetween(from, to) >= 3);
    }
  }
}
