package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Every amount from outside is bounded (decision E61; pins E61): refused above 1 000 000.00 kr,
 * below 0, with a fraction of an öre or in another currency, with the field named, and only the
 * API's own exception type leaves.
 */
class BoundsTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final Patient ADULT = Patient.countyResident(LocalDate.of(1980, 5, 1));

  static Contact vaccination(MonetaryAmount price) {
    return Contact.builder(LocalDateTime.of(2026, 3, 10, 10, 0), CareUnit.PRIMARY_CARE, ContactKind.VACCINATION)
        .profession(Profession.TREATMENT).vaccination(new Vaccination("tbe", price, false)).build();
  }

  static FeeInputException refused(Runnable r) {
    Throwable t = catchThrowableOfType(PatientFeesException.class, r::run);
    assertThat(t).isInstanceOf(FeeInputException.class);
    return (FeeInputException) t;
  }

  @Test
  void aVaccinePriceNearLongMaxIsRefusedNotWrapped() {
    // Issue 16: Long.MAX_VALUE öre once wrapped to a negative pay.
    FeeInputException e = refused(() -> FEES.priceContact(ADULT, vaccination(FastMoney.of(new BigDecimal("92233720368547.75"), "SEK"))));
    assertThat(e.field()).isEqualTo("contact.vaccination.price");
    assertThat(e.kind()).as("pins E61: an amount above 1 000 000.00 kr is refused").isEqualTo(ErrorKind.AMOUNT_TOO_LARGE);
    assertThat(refused(() -> FEES.priceContact(ADULT, vaccination(Money.of(new BigDecimal("1e30"), "SEK")))).kind())
        .isEqualTo(ErrorKind.AMOUNT_TOO_LARGE);
  }

  @Test
  void theBoundItselfIsAcceptedAndOneOreMoreIsNot() {
    ContactFee atBound = FEES.priceContact(ADULT, vaccination(Amounts.MAX_INPUT));
    assertThat(Amounts.toOre(atBound.pay())).isGreaterThanOrEqualTo(Amounts.MAX_INPUT_ORE);
    assertThat(refused(() -> FEES.priceContact(ADULT, vaccination(Amounts.ofOre(Amounts.MAX_INPUT_ORE + 1)))).kind())
        .isEqualTo(ErrorKind.AMOUNT_TOO_LARGE);
  }

  @Test
  void negativeFractionalAndForeignAmountsAreRefused() {
    assertThat(refused(() -> FEES.priceContact(ADULT, vaccination(Amounts.ofOre(-1)))).kind()).isEqualTo(ErrorKind.NEGATIVE_AMOUNT);
    assertThat(refused(() -> FEES.priceContact(ADULT, vaccination(Money.of(new BigDecimal("250.005"), "SEK")))).kind())
        .isEqualTo(ErrorKind.INVALID_AMOUNT);
    assertThat(refused(() -> FEES.priceContact(ADULT, vaccination(Money.of(250, Monetary.getCurrency("EUR"))))).kind())
        .isEqualTo(ErrorKind.UNSUPPORTED_CURRENCY);
  }

  @Test
  void receiptsCapStateEntriesAndAidPricesAreBoundedToo() {
    FeeInputException receipt = refused(() -> FEES.recordReceipt(CapState.EMPTY, "r-1", LocalDate.of(2026, 4, 1),
        Amounts.ofOre(Amounts.MAX_INPUT_ORE + 1)));
    assertThat(receipt.field()).isEqualTo("amount");
    assertThat(receipt.kind()).isEqualTo(ErrorKind.AMOUNT_TOO_LARGE);

    FeeInputException entry = refused(() -> CapState.of(List.of(
        new CapEntry("k-1", LocalDate.of(2026, 3, 10), Amounts.ofOre(Long.MAX_VALUE / 1000), CapEntry.Origin.CONTACT))));
    assertThat(entry.field()).isEqualTo("capState.entries[0].counted");

    FeeInputException aid = refused(() -> FEES.priceAid(Patient.countyResident(LocalDate.of(2020, 6, 1)),
        AidRequest.builder("glasses", LocalDate.of(2026, 3, 10)).price(Amounts.ofOre(Amounts.MAX_INPUT_ORE + 1)).build(),
        CapState.EMPTY, "hm-1"));
    assertThat(aid.field()).isEqualTo("aid.price");
  }

  @Test
  void capStatusOutsideEveryRulebookAnswersFromTheNearestBookNotWithAnInternalError() {
    // Issue 16: this threw the engine's internal exception. A date no rulebook covers takes the
    // nearest loaded book's cap (decision E80): 1 450 kr (seed 002 L3279).
    CapStatus s = FEES.capStatus(CapState.EMPTY, LocalDate.of(1900, 1, 1));
    assertThat(s.cap()).as("pins E80 for a status outside every book").isEqualTo(Amounts.ofOre(1450_00));
    assertThat(s.remaining()).isEqualTo(Amounts.ofOre(1450_00));
  }

  @Test
  void theJsonContractRefusesAnAmountAboveTheBoundNamingTheField() {
    String request = "{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\"},"
        + " \"contact\": {\"at\": \"2026-03-10T10:00\", \"careUnit\": \"primary-care\", \"kind\": \"vaccination\","
        + " \"profession\": \"treatment\", \"vaccination\": {\"vaccine\": \"tbe\","
        + " \"price\": {\"amount\": \"999999999.99\", \"currency\": \"SEK\"}}}}";
    se.rjl.patientfees.api.json.JsonContract.Outcome o = new se.rjl.patientfees.api.json.JsonContract(FEES).handlePrice(request);
    assertThat(o.status()).isEqualTo(400);
    se.rjl.patientfees.api.json.Problem p = (se.rjl.patientfees.api.json.Problem) o.body();
    assertThat(p.field()).isEqualTo("contact.vaccination.price.amount");
    assertThat(p.kind()).isEqualTo("amount-too-large");
  }
}
