package se.rjl.patientfees.engine.inpatient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.inpatient.InpatientDay.DayReason;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;

/** Unit tests of {@link InpatientPricer} (L4510–L4601). */
class InpatientPricerTest {
  private static final CompiledRulebook BOOK = TestRulebooks.compiled2026();
  private static final Patient ADULT = Patient.countyResident(LocalDate.of(1970, 1, 15));

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void twelvePaidDaysCost1520() {
    // L4512-L4513: 10 × 130 + 2 × 110 (the map's worked check).
    InpatientResult r = InpatientPricer.price(BOOK, ADULT, Stay.of(d("2026-03-01"), d("2026-03-13")));
    assertThat(r.totalOre()).isEqualTo(152_000);
    assertThat(r.paidDays()).isEqualTo(12);
    assertThat(r.days()).hasSize(13);
    assertThat(r.days().get(12).reason()).isEqualTo(DayReason.DISCHARGE_DAY);
    assertThat(r.days().get(10).amountOre()).isEqualTo(11_000);
    assertThat(r.ruleIds()).contains("inpatient.price-list.standard", "inpatient.day-band", "inpatient.not-cap-qualifying");
  }

  @Test
  void sameDayAdmissionAndDischargePaysOneDay() {
    InpatientResult r = InpatientPricer.price(BOOK, ADULT, Stay.of(d("2026-03-10"), d("2026-03-10")));
    assertThat(r.totalOre()).isEqualTo(13_000);
    assertThat(r.days()).singleElement().extracting(InpatientDay::reason).isEqualTo(DayReason.CHARGED);
  }

  @Test
  void aTransferRestartsTheDayCount() {
    Stay s = Stay.of(d("2026-03-01"), d("2026-03-13")).withTransfers(List.of(d("2026-03-11")));
    InpatientResult r = InpatientPricer.price(BOOK, ADULT, s);
    InpatientDay transfer = r.days().get(10);
    assertThat(transfer.episode()).isEqualTo(2);
    assertThat(transfer.dayNumber()).isEqualTo(1);
    assertThat(transfer.amountOre()).isEqualTo(13_000);
    assertThat(r.totalOre()).isEqualTo(156_000);
  }

  @Test
  void twelveHoursAwayIsALeaveDayAndLessIsATravelDay() {
    Stay free = Stay.of(d("2026-06-01"), d("2026-06-04"))
        .withLeaves(List.of(new Leave(LocalDateTime.parse("2026-06-02T08:00"), LocalDateTime.parse("2026-06-02T20:00"))));
    Stay paid = Stay.of(d("2026-06-01"), d("2026-06-04"))
        .withLeaves(List.of(new Leave(LocalDateTime.parse("2026-06-02T08:00"), LocalDateTime.parse("2026-06-02T19:59"))));
    assertThat(InpatientPricer.price(BOOK, ADULT, free).days().get(1).reason()).isEqualTo(DayReason.LEAVE_DAY);
    assertThat(InpatientPricer.price(BOOK, ADULT, paid).days().get(1).reason()).isEqualTo(DayReason.TRAVEL_DAY);
  }

  @Test
  void awayTimeIsElapsedTimeAcrossDaylightSaving() {
    // 2026-03-29 has 23 hours: 00:00-12:00 local is 11 elapsed hours; 2026-10-25 has 25.
    List<Leave> spring = List.of(new Leave(LocalDateTime.parse("2026-03-29T00:00"), LocalDateTime.parse("2026-03-29T12:00")));
    List<Leave> autumn = List.of(new Leave(LocalDateTime.parse("2026-10-25T00:00"), LocalDateTime.parse("2026-10-25T11:00")));
    assertThat(InpatientPricer.awayOn(d("2026-03-29"), spring).toMinutes()).isEqualTo(11 * 60);
    assertThat(InpatientPricer.awayOn(d("2026-10-25"), autumn).toMinutes()).isEqualTo(12 * 60);
    List<Leave> wholeSpringDay = List.of(new Leave(LocalDateTime.parse("2026-03-28T12:00"), LocalDateTime.parse("2026-03-30T12:00")));
    assertThat(InpatientPricer.awayOn(d("2026-03-29"), wholeSpringDay).toHours()).isEqualTo(23);
  }

  @Test
  void freeUntilTheDayBeforeThe20thBirthday() {
    Patient turns20 = Patient.countyResident(LocalDate.of(2006, 3, 5));
    InpatientResult r = InpatientPricer.price(BOOK, turns20, Stay.of(d("2026-03-01"), d("2026-03-08")));
    assertThat(r.days().get(3).reason()).isEqualTo(DayReason.FREE_CHILD_AGE);
    assertThat(r.days().get(4).reason()).isEqualTo(DayReason.CHARGED);
    assertThat(r.totalOre()).isEqualTo(39_000);
  }

  @Test
  void exemptGroupsPayNothing() {
    InpatientResult r = InpatientPricer.price(BOOK, ADULT, Stay.of(d("2026-03-01"), d("2026-03-08")).withExemption("custody"));
    assertThat(r.totalOre()).isZero();
    assertThat(r.priceList()).isEqualTo(InpatientResult.PriceList.EXEMPT);
  }

  @Test
  void contradictoryInputNamesTheField() {
    assertThatThrownBy(() -> InpatientPricer.price(BOOK, ADULT, Stay.of(d("2026-03-08"), d("2026-03-01"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("stay.dischargeDate");
          assertThat(e.kind()).isEqualTo("discharge-before-admission");
        });
    assertThatThrownBy(() -> InpatientPricer.price(BOOK, ADULT, new Stay(null, d("2026-03-01"), null, null, null, null, false)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("stay.admissionDate"));
    Stay overlapping = Stay.of(d("2026-03-01"), d("2026-03-08")).withLeaves(List.of(
        new Leave(LocalDateTime.parse("2026-03-02T08:00"), LocalDateTime.parse("2026-03-03T08:00")),
        new Leave(LocalDateTime.parse("2026-03-03T07:00"), LocalDateTime.parse("2026-03-03T09:00"))));
    assertThatThrownBy(() -> InpatientPricer.price(BOOK, ADULT, overlapping))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.kind()).isEqualTo("overlapping-leaves"));
    assertThatThrownBy(() -> InpatientPricer.price(BOOK, Patient.of(LocalDate.of(1980, 1, 1), Residence.NORDIC),
        Stay.of(d("2026-03-01"), d("2026-03-08"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("stay.urgency"));
  }

  @Test
  void touchingLeavesAreNotOverlapping() {
    Stay s = Stay.of(d("2026-03-01"), d("2026-03-08")).withLeaves(List.of(
        new Leave(LocalDateTime.parse("2026-03-03T06:00"), LocalDateTime.parse("2026-03-03T12:00")),
        new Leave(LocalDateTime.parse("2026-03-03T12:00"), LocalDateTime.parse("2026-03-03T18:00"))));
    assertThat(InpatientPricer.price(BOOK, ADULT, s).days().get(2).reason()).isEqualTo(DayReason.LEAVE_DAY);
  }
}
