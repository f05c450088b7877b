package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.AidRequest;
import se.rjl.patientfees.api.CertificateRequest;
import se.rjl.patientfees.api.CopyRequest;
import se.rjl.patientfees.api.Leave;
import se.rjl.patientfees.api.Stay;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.Profession;

/** The Java examples of docs/api.md, verbatim between the markers: they must compile and give what the doc says. */
class DocumentedExampleTest {
  static final java.nio.file.Path API_MD = Fixtures.RULEBOOKS.toAbsolutePath().getParent().resolve("docs/api.md");
  static final java.nio.file.Path SELF = java.nio.file.Path.of("src/test/java/se/rjl/patientfees/api/DocumentedExampleTest.java");

  /** The lines between the markers, without the method body's indentation. */
  static String block(String source, String name) {
    String start = "// --- docs/api.md " + name + " start\n";
    String end = "    // --- docs/api.md " + name + " end";
    String body = source.substring(source.indexOf(start) + start.length(), source.indexOf(end));
    return body.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(java.util.stream.Collectors.joining("\n")) + "\n";
  }

  @Test
  void docsApiMdShowsTheExamplesAsWrittenHere() throws java.io.IOException {
    String source = java.nio.file.Files.readString(SELF);
    String doc = java.nio.file.Files.readString(API_MD);
    for (String name : List.of("example", "example 2")) {
      String code = block(source, name);
      assertThat(code.lines().count()).as(name).isGreaterThan(5);
      assertThat(doc).as("docs/api.md contains " + name + " of DocumentedExampleTest verbatim").contains("```java\n" + code + "```\n");
    }
  }

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

  @Test
  void theSecondExampleInDocsApiMd() {
    PatientFees fees = PatientFees.bundled();
    // --- docs/api.md example 2 start
    Patient adult = Patient.countyResident(LocalDate.of(1980, 5, 1));

    // A hospital stay, day by day: 10 × 130 + 2 × 110 kr; the discharge day is free.
    StayFee stay = fees.priceStay(adult, Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 14)));
    stay.pay();                   // SEK 1520.00
    stay.days().get(10).amount(); // SEK 110.00 (day 11)
    Stay withLeave = Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10))
        .withLeaves(List.of(new Leave(LocalDateTime.of(2026, 3, 6, 15, 0), LocalDateTime.of(2026, 3, 8, 18, 0))));
    fees.priceStay(adult, withLeave).pay(); // SEK 780.00: Saturday and Sunday are leave days

    // A certificate: net, VAT, gross and who pays.
    CertificateFee a = fees.priceCertificate(CertificateRequest.of("tariff-a", LocalDate.of(2026, 3, 10)));
    a.net();                      // SEK 248.00
    a.vat();                      // SEK 62.00
    a.pay();                      // SEK 310.00

    // Copies of the record: pages 1–9 free, 10 pages 50 kr, then 2 kr a page.
    CopyFee copies = fees.priceCopies(CopyRequest.pages(LocalDate.of(2026, 3, 10), 15));
    copies.pay();                 // SEK 60.00

    // An aid through the aids cap (1 800 kr per 12 months): keep the state for the patient's next aid.
    AidFee cpap = fees.priceAid(Patient.countyResident(LocalDate.of(1960, 1, 1)),
        AidRequest.builder("cpap", LocalDate.of(2026, 2, 1)).months(2).build(), CapState.EMPTY, "hm-2026-0201");
    cpap.pay();                   // SEK 300.00
    cpap.aidsCap().remaining();   // SEK 1500.00
    CapState aidsState = cpap.state();
    // --- docs/api.md example 2 end

    assertThat(Amounts.toPlainString(stay.pay())).isEqualTo("1520.00");
    assertThat(Amounts.toPlainString(stay.days().get(10).amount())).isEqualTo("110.00");
    assertThat(Amounts.toPlainString(fees.priceStay(adult, withLeave).pay())).isEqualTo("780.00");
    assertThat(Amounts.toPlainString(a.net())).isEqualTo("248.00");
    assertThat(Amounts.toPlainString(a.vat())).isEqualTo("62.00");
    assertThat(Amounts.toPlainString(a.pay())).isEqualTo("310.00");
    assertThat(Amounts.toPlainString(copies.pay())).isEqualTo("60.00");
    assertThat(Amounts.toPlainString(cpap.pay())).isEqualTo("300.00");
    assertThat(Amounts.toPlainString(cpap.aidsCap().remaining())).isEqualTo("1500.00");
    assertThat(aidsState.entries()).hasSize(2);
  }
}
