package se.rjl.patientfees.engine.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.certificate.CertificateRequest.Visit;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.CertificateTariff.Payer;

/** Unit tests of {@link CertificatePricer} (L4602–L4928). */
class CertificatePricerTest {
  private static final CompiledRulebook BOOK = TestRulebooks.compiled2026();
  private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  @Test
  void everyTariffIsPricedAsPrinted() {
    // Each priced certificate: gross = net + VAT, as the rulebook prints it (decision R34).
    for (CertificateTariff t : BOOK.rulebook().certificates()) {
      if (t.includedInChargedContact()) {
        continue; // the sick note without a charged contact is the contact fee 640 (E13): below
      }
      CertificateRequest req = CertificateRequest.of(t.key(), DAY).withHours(t.perHour() ? 1 : null)
          .withNationalTariffDoctor(t.nationalTariffDoctorsOnly());
      CertificateResult r = CertificatePricer.price(BOOK, req);
      assertThat(r.grossOre()).as(t.key()).isEqualTo(t.grossOre());
      assertThat(r.netOre() + r.vatOre()).as(t.key()).isEqualTo(r.grossOre());
      assertThat(r.patientPaysOre() + r.invoicedOre()).as(t.key()).isEqualTo(r.grossOre());
      assertThat(r.countsTowardCapOre()).isZero();
    }
  }

  @Test
  void tariffAWithVat() {
    CertificateResult r = CertificatePricer.price(BOOK, CertificateRequest.of("tariff-a", DAY));
    assertThat(r.netOre()).isEqualTo(24_800);
    assertThat(r.vatOre()).isEqualTo(6_200);
    assertThat(r.patientPaysOre()).isEqualTo(31_000);
    assertThat(r.payer()).isEqualTo(Payer.PATIENT);
  }

  @Test
  void hourlyTariffMultipliesWholeHours() {
    CertificateResult r = CertificatePricer.price(BOOK, CertificateRequest.of("hourly", DAY).withHours(3));
    assertThat(r.grossOre()).isEqualTo(369_000);
    assertThat(r.netOre()).isEqualTo(295_200);
  }

  @Test
  void onlyPurposeWaivesTheVisitFee() {
    CertificateResult r = CertificatePricer.price(BOOK, CertificateRequest.of("tariff-b", DAY).withVisit(Visit.ONLY_PURPOSE));
    assertThat(r.visitFeeWaived()).isTrue();
    assertThat(r.patientPaysOre()).isEqualTo(98_000);
    assertThat(r.ruleIds()).contains("certificate.only-purpose");
  }

  @Test
  void sickNoteIsIncludedInAChargedContactAndIsTheContactFeeWithout() {
    // L4791-L4794 and row 640 (L4065-L4068): one sick note, one price (finding F4, decision E13).
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificatePricer.price(BOOK, CertificateRequest.of("sick-note-without-visit", DAY)))
        .as("pins E13: the sick note without a charged contact is priced as a contact")
        .isInstanceOfSatisfying(se.rjl.patientfees.engine.InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("certificate.visit");
          assertThat(e.kind()).isEqualTo("priced-as-contact");
        });
    CertificateResult included = CertificatePricer.price(BOOK,
        CertificateRequest.of("sick-note-without-visit", DAY).withVisit(Visit.CHARGED_CONTACT));
    assertThat(included.patientPaysOre()).isZero();
    assertThat(included.free()).isTrue();
  }

  @Test
  void e213IsInvoicedOnlyForADoctorUnderTheNationalTariff() {
    // L4824-L4826 "Enbart läkare som går under den nationella taxan kan begära ersättning" (finding F10)
    CertificateResult region = CertificatePricer.price(BOOK, CertificateRequest.of("e213", DAY));
    assertThat(region.invoicedOre()).as("pins E13: E213 by the region's doctor is not invoiced").isZero();
    assertThat(region.ruleIds()).contains("certificate.not-national-tariff");
    CertificateResult privateDoctor = CertificatePricer.price(BOOK, CertificateRequest.of("e213", DAY).withNationalTariffDoctor(true));
    assertThat(privateDoctor.invoicedOre()).isEqualTo(562_500);
  }

  @Test
  void reconciliationMeetingIsInvoicedToForsakringskassan() {
    CertificateResult r = CertificatePricer.price(BOOK, CertificateRequest.of("reconciliation-meeting", DAY));
    assertThat(r.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
    assertThat(r.invoicedOre()).isEqualTo(93_800);
    assertThat(r.patientPaysOre()).isZero();
  }

  @Test
  void freeCertificatesCostNothing() {
    BOOK.rulebook().freeCertificates().forEach(f -> {
      CertificateResult r = CertificatePricer.price(BOOK, CertificateRequest.of(f.key(), DAY));
      assertThat(r.grossOre()).as(f.key()).isZero();
      assertThat(r.free()).isTrue();
    });
    assertThat(BOOK.rulebook().freeCertificates()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void badRequestsNameTheField() {
    assertThatThrownBy(() -> CertificatePricer.price(BOOK, CertificateRequest.of("tarif-a", DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("certificate.key");
          assertThat(e.getMessage()).contains("tariff-a");
        });
    assertThatThrownBy(() -> CertificatePricer.price(BOOK, CertificateRequest.of("hourly", DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("certificate.hours"));
    assertThatThrownBy(() -> CertificatePricer.price(BOOK, CertificateRequest.of(null, DAY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.kind()).isEqualTo("missing"));
  }
}
