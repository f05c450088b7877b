package se.rjl.patientfees.dental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.dental.pricelist.ChargedBy;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.DentalStaff;
import se.rjl.patientfees.dental.pricelist.PriceList;
import se.rjl.patientfees.dental.pricelist.PriceListLoader;

/** The pricer's public entry points, as a CLI calls them. */
class DentalPricerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);
  private final PriceList list = DentalFixtures.list();
  private final DentalPricer pricer = new DentalPricer(list);

  @Test
  void priceByCode() {
    DentalPrice p = DentalPricer.price(list, DentalArea.GENERAL, "101", DAY);
    assertThat(p.priceListId()).isEqualTo("ftv-2024");
    assertThat(p.amountOre()).isEqualTo(109_500);
    assertThat(p.unitPriceOre()).isEqualTo(109_500);
    assertThat(p.quantity()).isEqualTo(1);
    assertThat(p.referencePriceOre()).isEqualTo(97_000);
    assertThat(p.differenceOre()).isEqualTo(12_500);
    assertThat(p.key()).isEqualTo("allman-101");
    assertThat(p.source()).hasToString("000_660bf81ab5a4a909.txt L6286");
    assertThat(p.feeRule()).isNull();
    assertThat(p.explanation()).extracting(AppliedRule::id).containsExactly("dental.price-list", "dental.row");
    assertThat(p.explanation().get(1).textSv())
        .isEqualTo("Kod 101 Basundersökning, utförd av tandläkare (allmäntandvård): 1\u00a0095 kr; referenspris 970 kr (+125 kr).");
  }

  @Test
  void codesAreComparedWithoutCaseAndSurroundingSpaces() {
    assertThat(pricer.treatment(DentalArea.SPECIALIST, " 103s ", DAY).key()).isEqualTo("spec-103s");
    assertThat(pricer.treatment(DentalArea.GENERAL, "asyl", DAY).amountOre()).isEqualTo(5_000);
  }

  @Test
  void typedErrorsNameTheField() {
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "103S", DAY), "area", "wrong-area", "specialisttandvård");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "1011", DAY), "code", "unknown-code", "did you mean");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "401", DAY), "code", "ambiguous-code", "allman-401-2");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "Ny", DAY), "code", "no-code", "allman-ny-intern-blekning");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, " ", DAY), "code", "missing", "empty");
    assertError(() -> pricer.treatment(null, "101", DAY), "area", "missing", "required");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "101", LocalDate.of(2023, 12, 31)), "date", "outside-validity", "2024-01-01");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "101", null), "date", "missing", "required");
    assertError(() -> pricer.row("allman-l01", DAY), "key", "unknown-key", "did you mean 'allman-101'?");
    assertError(() -> pricer.treatment(DentalArea.GENERAL, "9010", DAY, DentalPricer.MAX_QUANTITY + 1), "quantity", "bad-quantity", "between 1");
    assertError(() -> pricer.visitFee(null, DAY), "staff", "missing", "required");
    assertError(() -> pricer.price(null), "request", "missing", "no request");
    assertError(() -> pricer.missedVisitFee(ChargedBy.TREATMENT_PRICE, null, DAY, null, 20), "birthDate", "missing", "birth date");
    assertError(() -> pricer.price(new DentalRequest(DentalRequest.Kind.MISSED_VISIT, null, null, null, null, DAY,
        LocalDate.of(1990, 1, 1), 34, null, ChargedBy.TREATMENT_PRICE, 20)), "age", "bad-age", "not both");
    assertError(() -> pricer.missedVisitFee(ChargedBy.TREATMENT_PRICE, null, DAY, LocalDate.of(1990, 1, 1), -5),
        "bookedMinutes", "bad-minutes", "negative");
  }

  private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String kind, String text) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.getMessage()).contains(text);
    });
  }

  @Test
  void repeatedCodesWithTheSamePriceUseTheFirstRowAndSaySo() {
    DentalPrice p = pricer.treatment(DentalArea.GENERAL, "404", DAY);
    assertThat(p.key()).isEqualTo("allman-404");
    assertThat(p.explanation()).extracting(AppliedRule::id).contains("dental.repeated-code");
    assertThat(p.explanation().get(1).textSv()).contains("3 gånger").contains("L6448–L6450, L6456, L6458");
  }

  @Test
  void missedVisitsFromTheEighteenthBirthday() {
    LocalDate born = LocalDate.of(2006, 3, 12);
    DentalPrice before = pricer.missedVisitFee(ChargedBy.TREATMENT_PRICE, null, LocalDate.of(2024, 3, 11), born, 20);
    DentalPrice on = pricer.missedVisitFee(ChargedBy.TREATMENT_PRICE, null, LocalDate.of(2024, 3, 12), born, 20);
    assertThat(before.amountOre()).isEqualTo(25_000);
    assertThat(before.key()).isEqualTo("allman-a19");
    assertThat(on.amountOre()).isEqualTo(45_000);
    assertThat(on.feeRule().key()).isEqualTo("missed-adult-up-to-30-min");
    assertThat(on.explanation().get(1).textSv())
        .isEqualTo("Uteblivet besök eller sent återbud, vård efter åtgärdspris, 18 år den 2024-03-12 (18+ år, från födelsedagen, L7074),"
            + " bokad tid 20 min (0–30 min, L7073).");
    assertThat(on.sources()).extracting(s -> s.cite()).containsExactly("L7072–L7074", "L7074", "L7073");
    assertThat(pricer.missedVisitFee(ChargedBy.TREATMENT_PRICE, null, DAY, born, 31).amountOre()).isEqualTo(70_000);
    assertThat(pricer.price(DentalRequest.missedVisit(ChargedBy.TREATMENT_PRICE, null, DAY, null, 31).withAge(18)).amountOre())
        .isEqualTo(70_000);
  }

  @Test
  void visitAndAsylumFees() {
    assertThat(pricer.visitFee(DentalStaff.SPECIALIST, DAY).key()).isEqualTo("spec-953");
    DentalPrice asylum = pricer.asylumFee(DAY);
    assertThat(asylum.amountOre()).isEqualTo(5_000);
    assertThat(asylum.source().cite()).isEqualTo("L7080");
    assertThat(pricer.price(DentalRequest.prescription(DAY)).amountOre()).isEqualTo(10_000);
  }

  @Test
  void perMinuteRowsMultiply() {
    DentalPrice p = pricer.treatment(DentalArea.GENERAL, "9021", DAY, 45);
    assertThat(p.amountOre()).isEqualTo(45 * 8_300);
    assertThat(p.explanation().get(1).textSv()).contains("83 kr per minut × 45 = 3\u00a0735 kr");
  }

  /** An age band by calendar year needs the birth date; a list without a fee kind says so. */
  @Test
  void calendarYearBandsAndMissingKinds() {
    String yaml = """
        priceList: {id: t-2024, title: T, region: R, validFrom: 2024-01-01, validTo: 2024-12-31, currency: SEK,
                    document: 000_660bf81ab5a4a909.txt, source: L6273-L7154}
        rows:
          - {key: allman-a19, area: general, provider: internal, code: "A19", text: child, price: 250, source: L7091-L7093}
          - {key: allman-a20, area: general, provider: internal, code: "A20", text: adult, price: 450, source: L7072-L7074}
        patientFees:
          - {key: child, kind: missed-visit, chargedBy: treatment-price, row: allman-a19, source: L7091,
             age: {until: 20, by: calendar-year, source: L7092}}
          - {key: adult, kind: missed-visit, chargedBy: treatment-price, row: allman-a20, source: L7072,
             age: {from: 20, by: calendar-year, source: L7074}}
        """;
    DentalPricer p = new DentalPricer(PriceListLoader.read("t.yaml", yaml));
    // born 2004-12-31: 19 on 2024-03-12 by birthday, 20 by calendar year
    assertThat(p.missedVisitFee(ChargedBy.TREATMENT_PRICE, null, DAY, LocalDate.of(2004, 12, 31), null).key()).isEqualTo("allman-a20");
    assertError(() -> p.price(DentalRequest.missedVisit(ChargedBy.TREATMENT_PRICE, null, DAY, null, null).withAge(19)),
        "birthDate", "missing", "calendar year");
    assertError(() -> p.asylumFee(DAY), "kind", "no-fee-row", "no asylum fee");
  }
}
