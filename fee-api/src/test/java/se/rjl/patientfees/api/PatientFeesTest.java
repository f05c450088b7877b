package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.Vaccination;
import se.rjl.patientfees.api.CapEntry;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.Profession;

class PatientFeesTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final LocalDateTime MARCH_10 = LocalDateTime.of(2026, 3, 10, 10, 0);

  @Test
  void adultPrimaryCareDoctorVisitIs250KronorOnCode100() {
    ContactFee fee = FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(MARCH_10));

    assertThat(fee.pay()).isEqualByComparingTo(Money.of(250, "SEK"));
    assertThat(Amounts.toOre(fee.pay())).isEqualTo(25_000);
    assertThat(fee.fee()).isEqualTo(Amounts.ofOre(25_000));
    assertThat(fee.towardCap()).isEqualTo(Amounts.ofOre(25_000));
    assertThat(fee.vaccine()).isEqualTo(Amounts.ofOre(0));
    assertThat(fee.pay().getCurrency().getCurrencyCode()).isEqualTo("SEK");
    assertThat(fee.feeCode().code()).isEqualTo("100");
    assertThat(fee.feeCode().product()).isEqualTo("Läkarbesök, primärvård");
    assertThat(fee.feeCode().source()).isEqualTo("L3353–L3364");
    assertThat(fee.feeCode().label()).isEqualTo("100 Läkarbesök, primärvård");
    assertThat(fee.rulebookId()).isEqualTo("rjl-2026");
    assertThat(fee.ruleIds()).contains("fee-code");
    assertThat(fee.explanation()).allSatisfy(s -> assertThat(s.textSv()).isNotBlank());
  }

  @Test
  void qualifiedDistanceContactIs100Kronor() {
    Contact c = Contact.builder(MARCH_10, CareUnit.SPECIALIST_CARE, ContactKind.QUALIFIED_DISTANCE)
        .profession(Profession.TREATMENT).build();
    ContactFee fee = FEES.priceContact(Fixtures.ADULT, c);
    assertThat(fee.pay()).isEqualByComparingTo(Money.of(100, "SEK"));
    assertThat(fee.feeCode().code()).isEqualTo("180");
  }

  @Test
  void vaccineIsAddedToTheFeeAndNotTowardTheCap() {
    Contact c = Contact.builder(MARCH_10, CareUnit.PRIMARY_CARE, ContactKind.VACCINATION)
        .profession(Profession.TREATMENT).vaccination(new Vaccination("hepatitis-a", Amounts.ofOre(48_000), false)).build();
    ContactFee fee = FEES.priceContact(Fixtures.ADULT, c);
    assertThat(fee.pay()).isEqualTo(Amounts.ofOre(73_000));
    assertThat(fee.vaccine()).isEqualTo(Amounts.ofOre(48_000));
    assertThat(fee.towardCap()).isEqualTo(Amounts.ofOre(0));
    assertThat(fee.feeCode().code()).isEqualTo("430");
  }

  @Test
  void cappedPriceKeepsTheLedgerAndSaysWhatRemains() {
    CappedFee first = FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(MARCH_10), CapState.EMPTY, "kvitto-1");
    assertThat(first.pay()).isEqualByComparingTo(Money.of(250, "SEK"));
    assertThat(first.counted()).isEqualByComparingTo(Money.of(250, "SEK"));
    assertThat(first.frikortApplied()).isFalse();
    assertThat(first.cap().cap()).isEqualByComparingTo(Money.of(1450, "SEK"));
    assertThat(first.cap().sumInPeriod()).isEqualByComparingTo(Money.of(250, "SEK"));
    assertThat(first.cap().remaining()).isEqualByComparingTo(Money.of(1200, "SEK"));
    assertThat(first.cap().periodFirstDay()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(first.cap().periodLastDay()).isEqualTo(LocalDate.of(2027, 3, 9));
    assertThat(first.cap().frikortFrom()).isNull();
    assertThat(first.cap().capRulebookId()).isEqualTo("rjl-2026");
    assertThat(first.state().entries()).extracting(CapEntry::paymentId).containsExactly("kvitto-1");

    CappedFee second = FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(MARCH_10.plusDays(7)), first.state(), "kvitto-2");
    assertThat(second.cap().sumInPeriod()).isEqualByComparingTo(Money.of(500, "SEK"));

    CappedFee again = FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(MARCH_10.plusDays(7)), second.state(), "kvitto-2");
    assertThat(again.state()).isEqualTo(second.state());
    assertThat(again.cap().sumInPeriod()).isEqualByComparingTo(Money.of(500, "SEK"));
  }

  @Test
  void historyReachesFrikortAt1450Kronor() {
    List<Contact> visits = new ArrayList<>();
    for (int i = 6; i >= 0; i--) { // out of order on purpose: priced by date
      visits.add(Fixtures.doctorVisit(LocalDateTime.of(2026, 1, 5, 10, 0).plusWeeks(i)));
    }
    PricedHistory h = FEES.priceHistory(Fixtures.ADULT, visits, CapState.EMPTY);

    assertThat(h.contacts()).extracting(c -> Amounts.toOre(c.pay()))
        .containsExactly(25_000L, 25_000L, 25_000L, 25_000L, 25_000L, 20_000L, 0L);
    assertThat(h.contacts()).extracting(CappedFee::frikortApplied).containsExactly(false, false, false, false, false, true, true);
    assertThat(h.totalPay()).isEqualByComparingTo(Money.of(1450, "SEK"));
    CappedFee last = h.contacts().get(6);
    assertThat(last.cap().frikortFrom()).isEqualTo(LocalDate.of(2026, 2, 9));
    assertThat(last.cap().remaining()).isEqualTo(Amounts.ofOre(0));
    assertThat(last.fee().ruleIds()).contains("cap.frikort");
    assertThat(last.paymentId()).isEqualTo("2026-02-16T10:00");
    // The frikort contact is kept at 0 kr counted (its id stays taken) and is registered with 0 kr (L3338–L3339).
    assertThat(h.state().entries()).hasSize(7);
    assertThat(last.register()).extracting(RegistryUpdate::kind, u -> Amounts.toOre(u.amount()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RegistryUpdate.Kind.REGISTER, 0L));
  }

  @Test
  void historyContinuesFromAPriorStateAndRefusesACollidingDefaultId() {
    CapState prior = CapState.of(List.of(new CapEntry("annan-region-1", LocalDate.of(2026, 1, 2), Amounts.ofOre(130_000), CapEntry.Origin.RECEIPT)));
    PricedHistory h = FEES.priceHistory(Fixtures.ADULT, List.of(Fixtures.doctorVisit(MARCH_10)), prior);
    assertThat(h.contacts().get(0).pay()).isEqualByComparingTo(Money.of(150, "SEK"));
    assertThat(h.contacts().get(0).cap().frikortFrom()).isEqualTo(LocalDate.of(2026, 3, 10));

    assertThatThrownBy(() -> FEES.priceHistory(Fixtures.ADULT, List.of(Fixtures.doctorVisit(MARCH_10)), h.state()))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("contacts[0].paymentId");
          assertThat(e.kind().code()).isEqualTo("duplicate-payment-id");
        });
  }

  @Test
  void inputErrorsNameTheFieldAndKind() {
    Patient unborn = Patient.countyResident(LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> FEES.priceContact(unborn, Fixtures.doctorVisit(MARCH_10)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("patient.birthDate");
          assertThat(e.kind().code()).isEqualTo("birth-date-after-contact");
        });
    assertThatThrownBy(() -> FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(LocalDateTime.of(2019, 1, 1, 9, 0))))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("contact.at");
          assertThat(e.kind().code()).isEqualTo("outside-validity");
          assertThat(e.detail()).contains("rjl-2026");
        });
    Contact noProfession = Contact.builder(MARCH_10, CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT).build();
    assertThatThrownBy(() -> FEES.priceHistory(Fixtures.ADULT, List.of(Fixtures.doctorVisit(MARCH_10), noProfession), CapState.EMPTY))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("contacts[1].profession");
          assertThat(e.kind().code()).isEqualTo("missing");
        });
    assertThatThrownBy(() -> FEES.priceContact(null, Fixtures.doctorVisit(MARCH_10)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("patient"));
  }

  @Test
  void rulebooksAreListedWithTheirValidity() {
    assertThat(FEES.rulebooks()).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo("rjl-2026");
      assertThat(r.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(r.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(r.feeCodeRows()).isPositive();
    });
  }

  @Test
  void fromFilePricesLikeTheBundledRulebooks() {
    PatientFees fromFile = PatientFees.fromFile(Fixtures.RULEBOOK_2026);
    Contact visit = Fixtures.doctorVisit(MARCH_10);
    assertThat(fromFile.priceContact(Fixtures.ADULT, visit)).isEqualTo(FEES.priceContact(Fixtures.ADULT, visit));
  }

  @Test
  void amountsConvertExactly() {
    assertThat(Amounts.toOre(Money.of(new java.math.BigDecimal("937.50"), "SEK"))).isEqualTo(93_750);
    assertThat(Amounts.toPlainString(Amounts.ofOre(145_000))).isEqualTo("1450.00");
    assertThat(Amounts.toPlainString(Amounts.ofOre(5))).isEqualTo("0.05");
    assertThatThrownBy(() -> Amounts.toOre(Money.of(new java.math.BigDecimal("1.005"), "SEK")))
        .isInstanceOf(FeeInputException.class).hasMessageContaining("fraction of an öre");
    assertThatThrownBy(() -> Amounts.toOre(Money.of(1, "EUR"))).isInstanceOf(FeeInputException.class)
        .extracting(e -> ((FeeInputException) e).kind()).isEqualTo(ErrorKind.UNSUPPORTED_CURRENCY);
  }
}
