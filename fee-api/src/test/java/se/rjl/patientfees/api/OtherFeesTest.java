package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.AidRequest;
import se.rjl.patientfees.api.CertificateRequest;
import se.rjl.patientfees.api.CopyRequest;
import se.rjl.patientfees.api.StayFee.DayReason;
import se.rjl.patientfees.api.StayFee.PriceList;
import se.rjl.patientfees.api.Leave;
import se.rjl.patientfees.api.Stay;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.AidFee.AidKind;
import se.rjl.patientfees.api.Payer;

/** The facade's stays, certificates, copies and aids, against the regelbok's own numbers. */
class OtherFeesTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
  static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

  static void assertKr(javax.money.MonetaryAmount amount, String kronor) {
    assertThat(Amounts.toPlainString(amount)).isEqualTo(kronor);
    assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo("SEK");
  }

  // ------------------------------------------------------------------ stays

  @Test
  void twelveDayStayIsTenDaysAt130AndTwoAt110() {
    StayFee s = FEES.priceStay(Fixtures.ADULT, Stay.of(MARCH_2, MARCH_2.plusDays(12)));
    assertThat(s.pay()).isEqualByComparingTo(Money.of(1520, "SEK")); // 10 × 130 + 2 × 110 (L4512–L4513)
    assertThat(s.paidDays()).isEqualTo(12);
    assertThat(s.priceList()).isEqualTo(PriceList.STANDARD);
    assertKr(s.towardCap(), "0.00");
    assertThat(s.days()).hasSize(13);
    assertKr(s.days().get(9).amount(), "130.00");
    assertKr(s.days().get(10).amount(), "110.00");
    assertThat(s.days().get(10).dayNumber()).isEqualTo(11);
    StayFee.Day discharge = s.days().get(12);
    assertThat(discharge.reason()).isEqualTo(DayReason.DISCHARGE_DAY);
    assertThat(discharge.paid()).isFalse();
    assertKr(discharge.amount(), "0.00");
    assertThat(s.rulebookId()).isEqualTo("rjl-2026");
    assertThat(s.ruleIds()).contains("inpatient.price-list.standard");
    assertThat(s.explanation()).allSatisfy(e -> assertThat(e.textSv()).isNotBlank());
  }

  @Test
  void admittedAndDischargedTheSameDayIsOneDay() {
    StayFee s = FEES.priceStay(Fixtures.ADULT, Stay.of(MARCH_2, MARCH_2));
    assertThat(s.pay()).isEqualByComparingTo(Money.of(130, "SEK"));
    assertThat(s.paidDays()).isEqualTo(1);
  }

  @Test
  void aTransferStartsDayOneAgainAndAWeekendLeaveIsFree() {
    Stay moved = Stay.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20)).withTransfers(List.of(LocalDate.of(2026, 3, 8)));
    assertThat(FEES.priceStay(Patient.countyResident(LocalDate.of(1970, 1, 15)), moved).pay()).isEqualByComparingTo(Money.of(2430, "SEK"));

    Stay leave = Stay.of(MARCH_2, LocalDate.of(2026, 3, 10))
        .withLeaves(List.of(new Leave(LocalDateTime.of(2026, 3, 6, 15, 0), LocalDateTime.of(2026, 3, 8, 18, 0))));
    StayFee s = FEES.priceStay(Patient.countyResident(LocalDate.of(1970, 1, 15)), leave);
    assertThat(s.pay()).isEqualByComparingTo(Money.of(780, "SEK"));
    StayFee.Day friday = s.days().get(4);
    assertThat(friday.reason()).isEqualTo(DayReason.TRAVEL_DAY);
    assertThat(friday.away()).isEqualTo(Duration.ofHours(9));
    assertThat(s.days().get(5).reason()).isEqualTo(DayReason.LEAVE_DAY);
  }

  @Test
  void stayErrorsNameTheField() {
    assertInputError(() -> FEES.priceStay(Fixtures.ADULT, Stay.of(MARCH_10, MARCH_2)), "stay.dischargeDate", "discharge-before-admission");
    assertInputError(() -> FEES.priceStay(Fixtures.ADULT, Stay.of(null, MARCH_2)), "stay.admissionDate", "missing");
    assertInputError(() -> FEES.priceStay(null, Stay.of(MARCH_2, MARCH_10)), "patient", "missing");
    assertInputError(() -> FEES.priceStay(Fixtures.ADULT, null), "stay", "missing");
    FeeInputException e = assertInputError(() -> FEES.priceStay(Fixtures.ADULT, Stay.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5))),
        "stay.dischargeDate", "outside-validity");
    assertThat(e.detail()).contains("loaded: rjl-2026 (2026-01-01 – 2026-12-31)");
    assertInputError(() -> FEES.priceStay(Fixtures.ADULT, Stay.of(MARCH_2, MARCH_10).withExemption("vip")), "stay.exemption",
        "unknown-exemption");
  }

  // ------------------------------------------------------------------ certificates

  @Test
  void certificateTariffAIs248NetAnd62VatMaking310() {
    CertificateFee c = FEES.priceCertificate(CertificateRequest.of("tariff-a", MARCH_10));
    assertKr(c.net(), "248.00");
    assertKr(c.vat(), "62.00");
    assertKr(c.gross(), "310.00");
    assertKr(c.pay(), "310.00");
    assertKr(c.invoiced(), "0.00");
    assertKr(c.towardCap(), "0.00");
    assertThat(c.vatPercent()).isEqualTo(25);
    assertThat(c.payer()).isEqualTo(Payer.PATIENT);
    assertThat(c.free()).isFalse();
    assertThat(c.ruleIds()).contains("certificate.tariff", "certificate.vat", "certificate.not-cap-qualifying");
  }

  @Test
  void hourlyCertificatesAndOtherPayers() {
    CertificateFee hourly = FEES.priceCertificate(CertificateRequest.of("hourly", MARCH_10).withHours(3));
    assertKr(hourly.gross(), "3690.00");
    assertKr(hourly.net(), "2952.00");
    assertThat(hourly.hours()).isEqualTo(3);
    CertificateFee employer = FEES.priceCertificate(CertificateRequest.of("tariff-b", MARCH_10).withPayer(Payer.EMPLOYER));
    assertKr(employer.pay(), "0.00");
    assertKr(employer.invoiced(), "980.00");
    CertificateFee only = FEES.priceCertificate(CertificateRequest.of("tariff-a", MARCH_10).withVisit(CertificateRequest.Visit.ONLY_PURPOSE));
    assertThat(only.visitFeeWaived()).isTrue();
  }

  @Test
  void certificateErrorsNameTheField() {
    FeeInputException e = assertInputError(() -> FEES.priceCertificate(CertificateRequest.of("tariff-x", MARCH_10)), "certificate.key",
        "unknown-certificate");
    assertThat(e.detail()).contains("did you mean");
    assertInputError(() -> FEES.priceCertificate(CertificateRequest.of("hourly", MARCH_10)), "certificate.hours", "missing");
    assertInputError(() -> FEES.priceCertificate(CertificateRequest.of("tariff-a", LocalDate.of(2025, 12, 31))), "certificate.date",
        "outside-validity");
    assertInputError(() -> FEES.priceCertificate(null), "certificate", "missing");
  }

  // ------------------------------------------------------------------ copies

  @Test
  void fifteenCopyPagesAre60Kronor() {
    CopyFee c = FEES.priceCopies(CopyRequest.pages(MARCH_10, 15));
    assertThat(c.pay()).isEqualByComparingTo(Money.of(60, "SEK")); // 50 + 5 × 2 (L4958)
    assertKr(c.pagesFee(), "60.00");
    assertKr(c.vat(), "0.00");
    assertThat(c.free()).isFalse();
    assertThat(FEES.priceCopies(CopyRequest.pages(MARCH_10, 9)).pay()).isEqualByComparingTo(Money.of(0, "SEK"));
    CopyFee mixed = FEES.priceCopies(new CopyRequest(MARCH_10, 10, 1, 1, 2, null));
    assertKr(mixed.pay(), "1050.00"); // 50 + 300 + 600 + 2 × 50
    assertKr(mixed.cdsFee(), "300.00");
    assertKr(mixed.ultrasoundImagesFee(), "100.00");
    CopyFee free = FEES.priceCopies(CopyRequest.pages(MARCH_10, 40).withRecipient("forsakringskassan"));
    assertKr(free.pay(), "0.00");
    assertThat(free.free()).isTrue();
  }

  @Test
  void copyErrorsNameTheField() {
    assertInputError(() -> FEES.priceCopies(new CopyRequest(MARCH_10, -1, 0, 0, 0, null)), "copies.pages", "negative-count");
    assertInputError(() -> FEES.priceCopies(new CopyRequest(MARCH_10, 0, 0, 0, 0, null)), "copies.pages", "missing");
    assertInputError(() -> FEES.priceCopies(CopyRequest.pages(MARCH_10, 3).withRecipient("lawyer")), "copies.recipient", "unknown-recipient");
    assertInputError(() -> FEES.priceCopies(null), "copies", "missing");
  }

  // ------------------------------------------------------------------ aids

  static final Patient BORN_1960 = Patient.countyResident(LocalDate.of(1960, 1, 1));

  @Test
  void cpapIs150KronorAMonthThroughTheAidsCap() {
    AidFee a = FEES.priceAid(BORN_1960, AidRequest.builder("cpap", LocalDate.of(2026, 2, 1)).months(3).build(), CapState.EMPTY, "hm-1");
    assertThat(a.pay()).isEqualByComparingTo(Money.of(450, "SEK"));
    assertKr(a.fee(), "450.00");
    assertKr(a.towardAidsCap(), "450.00");
    assertThat(a.covered()).isTrue();
    assertThat(a.frikort()).isFalse();
    assertThat(a.row().key()).isEqualTo("cpap");
    assertThat(a.row().kind()).isEqualTo(AidKind.FEE);
    assertThat(a.row().countsTowardAidsCap()).isTrue();
    assertThat(a.months()).extracting(AidFee.Month::paymentId).containsExactly("hm-1-m1", "hm-1-m2", "hm-1-m3");
    assertThat(a.months()).extracting(AidFee.Month::date)
        .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    assertKr(a.aidsCap().cap(), "1800.00");
    assertKr(a.aidsCap().sumInPeriod(), "450.00");
    assertKr(a.aidsCap().remaining(), "1350.00");
    assertThat(a.aidsCap().periodFirstDay()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(a.aidsCap().periodLastDay()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(a.state().entries()).hasSize(3);

    // The same payment again changes nothing.
    AidFee again = FEES.priceAid(BORN_1960, AidRequest.builder("cpap", LocalDate.of(2026, 2, 1)).months(3).build(), a.state(), "hm-1");
    assertThat(again.state()).isEqualTo(a.state());
  }

  @Test
  void theAidsCapIsReachedAcrossAids() {
    AidFee year = FEES.priceAid(BORN_1960, AidRequest.builder("cpap", LocalDate.of(2026, 1, 1)).months(12).build(), CapState.EMPTY, "hm-1");
    assertKr(year.pay(), "1800.00");
    AidFee lamp = FEES.priceAid(BORN_1960, AidRequest.builder("uvb-lamp", LocalDate.of(2026, 6, 1)).months(1).build(), year.state(), "hm-2");
    // In date order (decision E81) the CPAP months January–June have counted 900 kr with the lamp's
    // 150 kr (L2758-L2763, L2794): the lamp is paid, the cap is reached with the November month, and
    // the December month, paid in advance, is owed back.
    assertKr(lamp.pay(), "150.00");
    assertKr(lamp.fee(), "150.00");
    assertThat(lamp.frikort()).isFalse();
    assertThat(lamp.aidsCap().frikortFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertKr(lamp.aidsCap().remaining(), "0.00");
    assertKr(lamp.aidsCap().refundOwed(), "150.00");
    assertThat(lamp.aidsCap().refunds()).extracting(Refund::paymentId).containsExactly("hm-1-m12");
    // Priced after the twelfth month, a lamp is free.
    AidFee december = FEES.priceAid(BORN_1960, AidRequest.builder("uvb-lamp", LocalDate.of(2026, 12, 15)).months(1).build(),
        year.state(), "hm-3");
    assertKr(december.pay(), "0.00");
    assertThat(december.frikort()).isTrue();
  }

  @Test
  void glassesForAChildAreAGrant() {
    Patient child = Patient.countyResident(LocalDate.of(2019, 1, 1));
    AidFee g = FEES.priceAid(child, AidRequest.builder("glasses", LocalDate.of(2026, 6, 15)).price(Amounts.ofOre(1200_00)).build(), CapState.EMPTY, "hm-3");
    assertKr(g.grant(), "800.00");
    assertKr(g.pay(), "400.00");
    assertThat(g.row().key()).isEqualTo("glasses-category-1-under-8");
    assertThat(g.months()).isEmpty();
    assertKr(g.aidsCap().sumInPeriod(), "0.00");
    assertThat(g.aidsCap().periodFirstDay()).isNull();
    assertThat(g.state()).isEqualTo(CapState.EMPTY);
  }

  @Test
  void aidErrorsNameTheField() {
    LocalDate d = LocalDate.of(2026, 2, 1);
    FeeInputException e = assertInputError(() -> FEES.priceAid(BORN_1960, AidRequest.builder("cpapp", d).build(), CapState.EMPTY, "x"),
        "aid.key", "unknown-aid");
    assertThat(e.detail()).contains("did you mean");
    assertInputError(() -> FEES.priceAid(BORN_1960, AidRequest.builder("cpap", d).build(), CapState.EMPTY, "x"), "aid.months", "missing");
    Patient child = Patient.countyResident(LocalDate.of(2019, 1, 1));
    assertInputError(() -> FEES.priceAid(child, AidRequest.builder("glasses", d).build(), CapState.EMPTY, "x"), "aid.price", "missing");
    assertInputError(() -> FEES.priceAid(BORN_1960, AidRequest.builder("cpap", d).months(1).build(), null, "x"), "aidsCap", "missing");
    assertInputError(() -> FEES.priceAid(BORN_1960, AidRequest.builder("cpap", d).months(1).build(), CapState.EMPTY, " "), "paymentId",
        "missing");
    assertInputError(() -> FEES.priceAid(null, AidRequest.builder("cpap", d).months(1).build(), CapState.EMPTY, "x"), "patient", "missing");
    assertInputError(() -> FEES.priceAid(BORN_1960, null, CapState.EMPTY, "x"), "aid", "missing");
    assertInputError(() -> FEES.priceAid(BORN_1960, AidRequest.builder("cpap", LocalDate.of(2027, 2, 1)).months(1).build(), CapState.EMPTY,
        "x"), "aid.date", "outside-validity");
  }

  static FeeInputException assertInputError(Runnable call, String field, String kind) {
    try {
      call.run();
    } catch (FeeInputException e) {
      assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
      assertThat(e.kind().code()).as(e.getMessage()).isEqualTo(kind);
      assertThat(e.detail()).isNotBlank();
      return e;
    }
    assertThatThrownBy(call::run).as("expected an input error at " + field).isInstanceOf(FeeInputException.class);
    throw new AssertionError("unreachable");
  }
}
