package se.rjl.patientfees.dental.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference-price deviations are reported as warnings (decision E25); the real list has no errors. */
class PriceListValidatorTest {
  private final PriceList list = Ftv2024.list();
  private final PriceListValidation validation = PriceListValidator.validate(list);

  @Test
  void theRealListHasNoErrors() {
    assertThat(validation.errors()).isEmpty();
    assertThat(validation.isValid()).isTrue();
  }

  @Test
  void deviationsFound() {
    assertThat(validation.deviations()).hasSize(226);
    assertThat(validation.aboveReference()).hasSize(225);
    assertThat(validation.ordinaryDeviations()).hasSize(214);
    // only external rows have a reference price; 369 − 226 print the reference price as the price
    assertThat(list.rows().stream().filter(r -> r.hasReferencePrice() && r.priceOre() == r.referencePriceOre())).hasSize(143);
  }

  @Test
  void theOnlyRowBelowItsReferencePriceIs127S() {
    List<PriceDeviation> below = validation.belowReference();
    assertThat(below).hasSize(1);
    PriceDeviation d = below.get(0);
    assertThat(d.key()).isEqualTo("spec-127s");
    assertThat(d.differenceOre()).isEqualTo(-1_500);
    assertThat(d.percent()).isEqualByComparingTo("-3.8");
    assertThat(d.source().cite()).isEqualTo("L6324");
    assertThat(Ftv2024.line(6324)).endsWith("375 390");
  }

  @Test
  void largestDeviations() {
    PriceDeviation byPercent = validation.largestByPercent().orElseThrow();
    assertThat(byPercent.key()).isEqualTo("allman-252");
    assertThat(byPercent.percent()).isEqualByComparingTo("100.0");
    assertThat(byPercent.differenceOre()).isEqualTo(39_000);
    assertThat(validation.ordinaryDeviations().stream().filter(d -> d.percent().compareTo(new BigDecimal("100")) == 0)
        .map(PriceDeviation::key)).containsExactly("allman-252", "allman-352");

    PriceDeviation byAmount = validation.largestByAmount().orElseThrow();
    assertThat(byAmount.key()).isEqualTo("spec-861sl");
    assertThat(byAmount.differenceOre()).isEqualTo(1_033_000);

    PriceDeviation exchange = validation.largestIncludingExchange().orElseThrow();
    assertThat(exchange.key()).isEqualTo("spec-921s");
    assertThat(exchange.exchange()).isTrue();
    assertThat(exchange.percent()).isEqualByComparingTo("540.4");
    assertThat(Ftv2024.line(6987)).endsWith("8\u00a0550 1\u00a0335");
  }

  @Test
  void aDeviationNamesRowPriceReferenceDifferenceAndPercent() {
    PriceDeviation d = validation.deviations().get(0);
    assertThat(d.key()).isEqualTo("allman-101");
    assertThat(d.priceOre()).isEqualTo(109_500);
    assertThat(d.referenceOre()).isEqualTo(97_000);
    assertThat(d.differenceOre()).isEqualTo(12_500);
    assertThat(d.percent()).isEqualByComparingTo("12.9");
    assertThat(d.describe()).isEqualTo("allman-101 101 (general, L6286): 1095 kr vs reference 970 kr, +125 kr (+12.9 %)");
    assertThat(PriceListValidator.deviations(list)).isEqualTo(validation.deviations());
  }

  @Test
  void theReportHasASummaryAndOneLinePerDeviation() {
    List<String> report = validation.report();
    assertThat(report.get(0)).isEqualTo("226 rows deviate from the reference price (225 above, 1 below; 12 of them utbytesåtgärder)");
    assertThat(report).filteredOn(l -> l.startsWith("warning: ")).hasSize(226);
    assertThat(report).noneMatch(l -> l.startsWith("error: "));
  }

  @Test
  void suffixRowsDeviateByFixedAmounts() {
    // H: +775 / +1 010 over 541 / 541S; L: +7 000 over 861–865 (reference unchanged)
    assertThat(price("allman-541h") - price("allman-541")).isEqualTo(77_500);
    assertThat(price("spec-541sh") - price("spec-541s")).isEqualTo(101_000);
    for (String base : List.of("allman-861", "allman-862", "allman-863", "allman-865", "spec-861s", "spec-862s", "spec-863s", "spec-865s")) {
      assertThat(price(base + "l") - price(base)).as(base).isEqualTo(700_000);
      assertThat(list.row(base + "l").orElseThrow().referencePriceOre()).isEqualTo(list.row(base).orElseThrow().referencePriceOre());
    }
  }

  private long price(String key) {
    return list.row(key).orElseThrow().priceOre();
  }
}
