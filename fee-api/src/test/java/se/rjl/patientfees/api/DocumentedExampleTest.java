package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.rules.model.Profession;

/** The Java example of docs/api.md, verbatim between the markers: it must compile and give what the doc says. */
class DocumentedExampleTest {
  @Test
  void theExampleInDocsApiMd() {
    // --- docs/api.md example start
    PatientFees fees = PatientFees.bundled(); // load once, share between threads

    Patient patient = Patient.countyResident(LocalDate.of(1980, 5, 1));
    Contact visit = Contact.builder(LocalDateTime.of(2026, 3, 10, 10, 0), CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR)
        .build();

    ContactFee fee = fees.priceContact(patient, visit);
    fee.pay();                    // SEK 250.00 (a javax.money.MonetaryAmount)
    fee.feeCode().label();        // "100 Läkarbesök, primärvård"
    fee.feeCode().source();       // "L3353–L3364"
    fee.explanation();            // the rules applied, each with id, source and Swedish text

    // With the cap ledger: the caller keeps the patient's CapState between contacts.
    CappedFee capped = fees.priceContact(patient, visit, CapState.EMPTY, "kvitto-4711");
    capped.cap().remaining();     // SEK 1200.00 until frikort
    CapState keep = capped.state();

    // A history in date order, from a saved state.
    PricedHistory year = fees.priceHistory(patient, List.of(visit), CapState.EMPTY);
    year.totalPay();              // SEK 250.00
    // --- docs/api.md example end

    assertThat(Amounts.toPlainString(fee.pay())).isEqualTo("250.00");
    assertThat(fee.feeCode().label()).isEqualTo("100 Läkarbesök, primärvård");
    assertThat(fee.feeCode().source()).isEqualTo("L3353–L3364");
    assertThat(Amounts.toPlainString(capped.cap().remaining())).isEqualTo("1200.00");
    assertThat(keep.entries()).hasSize(1);
    assertThat(Amounts.toPlainString(year.totalPay())).isEqualTo("250.00");
  }
}
