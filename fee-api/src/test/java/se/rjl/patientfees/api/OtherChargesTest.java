package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.other.OtherChargeRequest;
import se.rjl.patientfees.engine.other.OtherChargeRequest.CancelledOperation;
import se.rjl.patientfees.rules.model.OtherCharge.Direction;

/**
 * The regelbok's other charges through the facade (decisions E52, E53): the amounts printed at
 * L4119–L4121, L4259–L4262, L4486–L4493, L4739–L4741, L4766–L4770, and the 1 200 kr compensation of
 * L4398–L4423 with its working-day notice, residence condition and exclusions.
 */
class OtherChargesTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final Patient RESIDENT = Patient.countyResident(LocalDate.of(1970, 5, 1));
  /** Monday 16 March 2026. */
  static final LocalDateTime MONDAY_0800 = LocalDateTime.of(2026, 3, 16, 8, 0);

  static OtherChargeFee compensation(Patient p, LocalDateTime plannedStart, LocalDateTime informedAt, String... exclusions) {
    return FEES.priceOtherCharge(p, OtherChargeRequest.of("cancelled-operation-compensation", plannedStart.toLocalDate())
        .withOperation(CancelledOperation.of(plannedStart, informedAt).withExclusions(List.of(exclusions))));
  }

  static String kr(javax.money.MonetaryAmount a) {
    return Amounts.toPlainString(a);
  }

  @Test
  void mondayOperationCancelledDuringTheWeekendIsCompensated() {
    // L4406-L4407 "Om vårdtillfället infaller på en måndag ska patienten informeras senast fredagen innan"
    OtherChargeFee saturday = compensation(RESIDENT, MONDAY_0800, LocalDateTime.of(2026, 3, 14, 10, 0));
    assertThat(kr(saturday.patientReceives())).as("pins E52: told on Saturday for Monday 08:00, 8 working hours").isEqualTo("1200.00");
    assertThat(saturday.direction()).isEqualTo(Direction.PATIENT_RECEIVES);
    assertThat(saturday.ruleIds()).contains("cancelled-operation.late", "other-charge.amount", "other-charge.not-cap-qualifying");
    OtherChargeFee fridayMorning = compensation(RESIDENT, MONDAY_0800, LocalDateTime.of(2026, 3, 13, 7, 59));
    assertThat(fridayMorning.due()).as("pins E52: Friday 07:59 is 24 h 1 min of working-day time before Monday 08:00").isFalse();
    assertThat(kr(fridayMorning.patientReceives())).isEqualTo("0.00");
    assertThat(fridayMorning.ruleIds()).contains("cancelled-operation.in-time");
    OtherChargeFee fridayLate = compensation(RESIDENT, MONDAY_0800, LocalDateTime.of(2026, 3, 13, 9, 0));
    assertThat(kr(fridayLate.patientReceives())).as("pins E52: Friday 09:00 is 23 working hours before").isEqualTo("1200.00");
  }

  @Test
  void aWeekdayOperationCountsTwentyFourHoursAndHolidaysAreLeftOut() {
    // L4398-L4400 "mindre än 24 timmar innan operationen skulle ha påbörjats"
    LocalDateTime tuesday = LocalDateTime.of(2026, 3, 17, 8, 0);
    assertThat(compensation(RESIDENT, tuesday, LocalDateTime.of(2026, 3, 16, 9, 0)).due()).as("pins E52: 23 h").isTrue();
    assertThat(compensation(RESIDENT, tuesday, LocalDateTime.of(2026, 3, 16, 7, 0)).due()).as("pins E52: 25 h").isFalse();
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April are holidays (decision E04).
    LocalDateTime afterEaster = LocalDateTime.of(2026, 4, 7, 8, 0);
    assertThat(compensation(RESIDENT, afterEaster, LocalDateTime.of(2026, 4, 2, 10, 0)).due())
        .as("pins E52: Thursday 10:00 to Tuesday 08:00 over Easter is 22 working hours").isTrue();
    assertThat(compensation(RESIDENT, afterEaster, LocalDateTime.of(2026, 4, 2, 7, 0)).due()).as("pins E52: 25 working hours").isFalse();
  }

  @Test
  void onlyCountyResidentsAndNoneOfTheExclusions() {
    // L4407-L4408 "Det gäller endast folkbokförda personer i Region Jönköpings län"
    OtherChargeFee otherRegion = compensation(Patient.of(LocalDate.of(1970, 5, 1), Residence.OTHER_REGION_RESIDENT), MONDAY_0800,
        LocalDateTime.of(2026, 3, 15, 18, 0));
    assertThat(otherRegion.due()).as("pins E52: not folkbokförd in the county").isFalse();
    assertThat(otherRegion.ruleIds()).contains("cancelled-operation.not-county-resident");
    // L4413-L4414 "patienten får en ny tid samma dag"
    OtherChargeFee sameDay = compensation(RESIDENT, MONDAY_0800, LocalDateTime.of(2026, 3, 16, 7, 0), "new-time-same-day");
    assertThat(kr(sameDay.patientReceives())).as("pins E52: the guideline's exclusion").isEqualTo("0.00");
    assertThat(sameDay.ruleIds()).contains("cancelled-operation.late", "cancelled-operation.excluded");
    assertThatThrownBy(() -> compensation(RESIDENT, MONDAY_0800, LocalDateTime.of(2026, 3, 16, 7, 0), "patient-sick"))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("charge.operation.exclusions[0]");
          assertThat(e.kind()).isEqualTo("unknown-exclusion");
        });
    assertThatThrownBy(() -> FEES.priceOtherCharge(RESIDENT,
        OtherChargeRequest.of("cancelled-operation-compensation", MONDAY_0800.toLocalDate())))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("charge.operation"));
    assertThatThrownBy(() -> compensation(null, MONDAY_0800, LocalDateTime.of(2026, 3, 16, 7, 0)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("patient"));
  }

  @Test
  void fixedChargesByKeyAndQuantity() {
    LocalDate day = LocalDate.of(2026, 3, 10);
    // L4119-L4121 "Blodgruppering ... väljs som 'vara' i Cosmic 250 kr"
    OtherChargeFee blood = FEES.priceOtherCharge(null, OtherChargeRequest.of("blood-grouping", day));
    assertThat(kr(blood.patientPays())).as("pins E53: blood grouping").isEqualTo("250.00");
    // L4259-L4262 "350 kronor per person"
    OtherChargeFee moulds = FEES.priceOtherCharge(null, OtherChargeRequest.of("earmould-impression", day).withQuantity(2));
    assertThat(kr(moulds.patientPays())).as("pins E53: two persons' earmoulds").isEqualTo("700.00");
    // L4492 "Dödsboet betalar egenavgift om 300 kronor."
    OtherChargeFee estate = FEES.priceOtherCharge(null, OtherChargeRequest.of("deceased-transport-own-fee", day));
    assertThat(kr(estate.thirdPartyPays())).as("pins E53: the estate pays").isEqualTo("300.00");
    assertThat(kr(estate.patientPays())).isEqualTo("0.00");
    // L4739-L4741 "provtagningstaxa 100 Kr gäller (ej frikortsgrundande)"
    OtherChargeFee samples = FEES.priceOtherCharge(null, OtherChargeRequest.of("driving-licence-extra-sample", day).withQuantity(3));
    assertThat(kr(samples.patientPays())).as("pins E53: three extra samples").isEqualTo("300.00");
    assertThat(samples.ruleIds()).contains("other-charge.not-cap-qualifying");
    // L4766-L4770 alkolås, positive analysis verified: + 100 kr
    assertThat(kr(FEES.priceOtherCharge(null, OtherChargeRequest.of("alcolock-verification-sample", day)).patientPays()))
        .as("pins E53: alcolock verification sample").isEqualTo("100.00");
    assertThatThrownBy(() -> FEES.priceOtherCharge(null, OtherChargeRequest.of("blood-grouping", day).withQuantity(2)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("charge.quantity"));
    assertThatThrownBy(() -> FEES.priceOtherCharge(null, OtherChargeRequest.of("blood-grouppin", day)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("charge.key");
          assertThat(e.kind()).isEqualTo("unknown-charge");
        });
  }
}
