package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.OtherCharge;
import se.rjl.patientfees.rules.model.Rulebook;

/** The amounts that are neither fees nor tariffs are in the rulebook too, as printed. */
class OtherChargesContentTest {
  static final Rulebook BOOK = Regelbok.book();

  static void check(String key, long kronor, OtherCharge.Direction direction, int fromLine) {
    OtherCharge c = BOOK.otherCharge(key).orElseThrow(() -> new AssertionError("no other charge " + key));
    assertThat(c.amountOre()).as(key).isEqualTo(kronor * 100);
    assertThat(c.direction()).as(key).isEqualTo(direction);
    assertThat(c.source().fromLine()).as(key).isEqualTo(fromLine);
  }

  @Test
  void everyStrayAmountIsThere() {
    // "Blodgruppering ... väljs som "vara" i Cosmic 250 kr (inkluderar provtagning)" L4119-L4121
    check("blood-grouping", 250, OtherCharge.Direction.PATIENT_PAYS, 4119);
    // "350 kronor per person, för avgjutning av hörselgången" L4259-L4262
    check("earmould-impression", 350, OtherCharge.Direction.PATIENT_PAYS, 4259);
    // "Dödsboet betalar egenavgift om 300 kronor." L4486-L4493
    check("deceased-transport-own-fee", 300, OtherCharge.Direction.THIRD_PARTY_PAYS, 4486);
    // "kan patienten ansöka om en ersättning på 1 200 kr" L4398-L4423
    check("cancelled-operation-compensation", 1200, OtherCharge.Direction.PATIENT_RECEIVES, 4398);
    // "provtagningstaxa 100 Kr gäller (ej frikortsgrundande)" L4739-L4741; alkolås L4766-L4770
    check("driving-licence-extra-sample", 100, OtherCharge.Direction.PATIENT_PAYS, 4739);
    check("alcolock-verification-sample", 100, OtherCharge.Direction.PATIENT_PAYS, 4766);
    assertThat(BOOK.otherCharges()).hasSize(6);
  }

  @Test
  void theCancelledOperationCompensationCarriesItsConditions() {
    // L4398-L4400 "mindre än 24 timmar"; L4406-L4407 helgdagarna utesluts; L4407-L4408 endast folkbokförda;
    // L4409-L4423 four guideline exclusions.
    OtherCharge c = BOOK.otherCharge("cancelled-operation-compensation").orElseThrow();
    assertThat(c.noticeHours()).isEqualTo(24);
    assertThat(c.noticeCountsWorkingDaysOnly()).isTrue();
    assertThat(c.countyResidentsOnly()).isTrue();
    assertThat(c.exclusions()).extracting(OtherCharge.Exclusion::key)
        .containsExactly("new-time-same-day", "already-inpatient", "informed-may-be-cancelled", "caused-by-patient");
  }
}
