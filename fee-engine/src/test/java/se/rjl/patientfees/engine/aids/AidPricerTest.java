package se.rjl.patientfees.engine.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapEntry;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.rules.model.AidItem;

/** Unit tests of {@link AidPricer} (L2667–L3031). */
class AidPricerTest {
  private static final CompiledRulebook BOOK = TestRulebooks.compiled2026();
  private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
  private static final Patient ADULT = Patient.countyResident(LocalDate.of(1970, 1, 1));
  private static final Patient CHILD = Patient.countyResident(LocalDate.of(2016, 1, 1));

  private static AidResult price(Patient p, AidRequest.Builder b) {
    return AidPricer.price(BOOK, p, b.build());
  }

  @Test
  void everyRowCanBePricedByKey() {
    // Each row with the inputs it needs, for a patient its age band fits.
    for (AidItem a : BOOK.rulebook().aids()) {
      Patient p = switch (a.ageBand() == null ? "adult" : a.ageBand()) {
        case "child", "under-16" -> CHILD;
        case "under-8" -> Patient.countyResident(LocalDate.of(2020, 1, 1));
        case "age-8-to-18", "age-10-to-13" -> Patient.countyResident(LocalDate.of(2014, 1, 1));
        case "age-16-to-19", "age-14-to-19" -> Patient.countyResident(LocalDate.of(2008, 1, 1));
        case "age-2-to-5" -> Patient.countyResident(LocalDate.of(2022, 1, 1));
        case "age-6-to-9" -> Patient.countyResident(LocalDate.of(2018, 1, 1));
        default -> ADULT;
      };
      AidRequest.Builder b = AidRequest.builder(a.key(), DAY).priceKr(10_000).prescribedOn(LocalDate.of(2025, 12, 1))
          .conditions(a.rules().conditions());
      if ("månad".equals(a.unit())) {
        b.months(1);
      }
      if (a.rules().kcal() != null) {
        b.kcal(a.rules().kcal().from());
      }
      if (a.rules().wheel() != null) {
        b.wheelInches(a.rules().wheel().atMost() != null ? a.rules().wheel().atMost() : a.rules().wheel().above() + 1);
      }
      AidResult r = price(p, b);
      assertThat(r.row()).as(a.key()).isEqualTo(a);
      assertThat(r.covered()).as(a.key()).isEqualTo(a.kind() != AidItem.AidKind.OWN_RESPONSIBILITY);
    }
  }

  @Test
  void kcalSelectsTheEnteralLevel() {
    assertThat(price(ADULT, AidRequest.builder("enteral-nutrition", DAY).kcal(1800)).row().key()).isEqualTo("enteral-nutrition-level-e");
    assertThat(price(ADULT, AidRequest.builder("enteral-nutrition", DAY).kcal(1801)).payOre()).isEqualTo(260_000);
    assertThat(price(CHILD, AidRequest.builder("enteral-nutrition", DAY).kcal(1801)).payOre()).isEqualTo(12_000);
  }

  @Test
  void tricycleAgeOrWheelSize() {
    assertThat(price(CHILD, AidRequest.builder("tricycle", DAY).wheelInches(26)).payOre()).isEqualTo(50_000);
    assertThat(price(ADULT, AidRequest.builder("tricycle", DAY).wheelInches(20)).payOre()).isEqualTo(50_000);
    AidResult grant = price(ADULT, AidRequest.builder("tricycle", DAY).wheelInches(24).priceKr(9_999));
    assertThat(grant.grantOre()).isEqualTo(500_000);
    assertThat(grant.payOre()).isEqualTo(499_900);
  }

  @Test
  void percentIsRoundedHalfUpToWholeKronor() {
    assertThat(AidPricer.percentKr(199_700, 50)).isEqualTo(99_900);
    assertThat(AidPricer.percentKr(199_900, 50)).isEqualTo(100_000);
    assertThat(AidPricer.percentKr(100_050, 50)).isEqualTo(50_000);
  }

  @Test
  void monthlyStarredFeesRunThroughTheAidsCap() {
    AidResult first = AidPricer.price(d -> BOOK, ADULT, AidRequest.builder("cpap", LocalDate.of(2026, 1, 1)).months(12).build(),
        CapState.EMPTY, "p");
    assertThat(first.payOre()).isEqualTo(180_000);
    assertThat(first.months()).hasSize(12);
    AidResult second = AidPricer.price(d -> BOOK, ADULT, AidRequest.builder("uvb-lamp", LocalDate.of(2026, 5, 1)).months(1).build(),
        first.capState(), "q");
    // In date order (decision E81) the CPAP months counted 750 kr by 1 May (January to May), so the
    // lamp's fee counts and is paid; the CPAP month of December no longer counts and is owed back.
    assertThat(second.payOre()).isEqualTo(15_000);
    assertThat(second.frikort()).isFalse();
    assertThat(second.capState().refunds()).extracting(CapEntry::paymentId, CapEntry::refundOre)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("p-m12", 15_000L));
    AidResult afterFrikort = AidPricer.price(d -> BOOK, ADULT,
        AidRequest.builder("uvb-lamp", LocalDate.of(2026, 12, 15)).months(1).build(), first.capState(), "q");
    assertThat(afterFrikort.payOre()).as("after the 12th month the aids cap is reached").isZero();
    assertThat(afterFrikort.frikort()).isTrue();
    AidResult tens = AidPricer.price(d -> BOOK, ADULT, AidRequest.builder("tens-pain-relief", LocalDate.of(2026, 5, 1)).months(1).build(),
        first.capState(), "r");
    assertThat(tens.payOre()).as("TENS is not starred").isEqualTo(15_000);
  }

  @Test
  void badRequestsNameTheField() {
    assertThatThrownBy(() -> price(ADULT, AidRequest.builder("cpap", DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("aid.months"));
    assertThatThrownBy(() -> price(ADULT, AidRequest.builder("tricycle", DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("aid.wheelInches"));
    assertThatThrownBy(() -> price(CHILD, AidRequest.builder("hearing-aid-adult", DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.kind()).isEqualTo("age-outside-band");
          assertThat(e.getMessage()).contains("hearing-aid-child");
        });
    assertThatThrownBy(() -> price(ADULT, AidRequest.builder("cpapp", DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("cpap"));
  }
}
