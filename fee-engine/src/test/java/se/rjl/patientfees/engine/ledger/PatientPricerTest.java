package se.rjl.patientfees.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.rules.model.Profession;

/** Outpatient rules and the cap ledger together (issue 4; L3279-L3339). */
class PatientPricerTest {
  final PatientPricer pricer = new PatientPricer(TestRulebooks.all()::forDate);
  final Patient adult = Patient.countyResident(LocalDate.of(1970, 1, 1));

  Contact visit(int month, int day) {
    return Contact.builder(LocalDateTime.of(2026, month, day, 10, 0), CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR).build();
  }

  @Test
  void aHistoryReachesFrikortAtTheCapAndRegistersTheRealRow() {
    List<PricedContact> h = pricer.priceHistory(adult,
        List.of(visit(1, 10), visit(2, 10), visit(3, 10), visit(4, 10), visit(5, 10), visit(6, 10), visit(7, 10)),
        CapState.EMPTY, "p");
    // 5 x 250 = 1 250, the sixth is cut to 200 (1 450, L3292-L3293), the seventh is free with code 100 (R03).
    assertThat(h).extracting(PricedContact::payOre).containsExactly(250_00L, 250_00L, 250_00L, 250_00L, 250_00L, 200_00L, 0L);
    assertThat(h.get(6).fee().row().code()).isEqualTo("100");
    assertThat(h.get(6).fee().ruleIds()).contains("cap.frikort");
  }

  @Test
  void aGeneratedPaymentIdThatTheStateHoldsIsRefused() {
    CapState s = pricer.priceHistory(adult, List.of(visit(1, 10)), CapState.EMPTY, "p").get(0).state();
    assertThatThrownBy(() -> pricer.priceHistory(adult, List.of(visit(2, 10)), s, "p"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.kind()).isEqualTo("duplicate-payment-id"));
  }
}
