package se.rjl.patientfees.dental.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.Source;

/** The committed price list against the seed (000_660bf81ab5a4a909.txt L6273–L7154). */
class PriceListContentTest {
  private static final int FIRST_ROW_LINE = 6286;
  private static final int LAST_LINE = 7154;
  /** The only line in the row range that is no row: the heading "Estestisk tandvård". */
  private static final int HEADING_LINE = 7103;

  private final PriceList list = Ftv2024.list();

  @Test
  void metadata() {
    PriceListInfo info = list.info();
    assertThat(info.id()).isEqualTo("ftv-2024");
    assertThat(info.validFrom()).hasToString("2024-01-01");
    assertThat(info.validTo()).hasToString("2024-12-31");
    assertThat(info.currency()).isEqualTo("SEK");
    assertThat(info.document()).isEqualTo(Ftv2024.SEED);
    assertThat(info.source().cite()).isEqualTo("L6273–L7154");
    assertThat(Ftv2024.line(6273)).contains("Tandvårdstaxa Folktandvården 2024 Region Jönköpings län");
    assertThat(Ftv2024.line(7154)).contains("Clear");
    assertThat(Ftv2024.seed()).hasSizeLessThanOrEqualTo(LAST_LINE + 1);
    assertThat(Ftv2024.readFile().lines().findFirst())
        .hasValue("# yaml-language-server: $schema=schema/pricelist.schema.json");
  }

  @Test
  void rowCounts() {
    assertThat(list.rows()).hasSize(421);
    assertThat(count(DentalArea.GENERAL, Provider.EXTERNAL)).isEqualTo(210);
    assertThat(count(DentalArea.SPECIALIST, Provider.EXTERNAL)).isEqualTo(159);
    assertThat(count(DentalArea.GENERAL, Provider.INTERNAL)).isEqualTo(47);
    assertThat(count(DentalArea.SPECIALIST, Provider.INTERNAL)).isEqualTo(2);
    assertThat(count(DentalArea.UNSPECIFIED, Provider.UNSPECIFIED)).isEqualTo(3);
    assertThat(list.rows().stream().filter(PriceRow::isRepeat)).hasSize(17);
    assertThat(list.rows().stream().filter(PriceRow::newRow)).hasSize(26);
    assertThat(list.rows().stream().filter(PriceRow::exchange)).hasSize(16);
    assertThat(list.rows().stream().filter(PriceRow::hasReferencePrice)).hasSize(369);
    assertThat(list.rows().stream().filter(r -> !r.isRepeat() && r.provider() == Provider.EXTERNAL)).hasSize(352);
  }

  private long count(DentalArea area, Provider provider) {
    return list.rows().stream().filter(r -> r.area() == area && r.provider() == provider).count();
  }

  @Test
  void externalRowsPerCategory() {
    Map<String, String> perCategory = new TreeMap<>();
    for (PriceRow r : list.rows()) {
      if (r.provider() == Provider.EXTERNAL) {
        perCategory.merge(r.category() + " " + r.area(), "x", String::concat);
      }
    }
    Map<String, Integer> counts = perCategory.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().length(), (a, b) -> a, TreeMap::new));
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("Us,riskbedömn och hälsofr åtg GENERAL", 25), Map.entry("Us,riskbedömn och hälsofr åtg SPECIALIST", 17),
        Map.entry("Sjukdomsföreb åtg GENERAL", 12),
        Map.entry("Sjukdomsbeh/smärtst åtg GENERAL", 17), Map.entry("Sjukdomsbeh/smärtst åtg SPECIALIST", 9),
        Map.entry("Kirurgiska åtgärder GENERAL", 39), Map.entry("Kirurgiska åtgärder SPECIALIST", 36),
        Map.entry("Rotbehandling GENERAL", 10), Map.entry("Rotbehandling SPECIALIST", 10),
        Map.entry("Bettfysiologiska åtgärder GENERAL", 7), Map.entry("Bettfysiologiska åtgärder SPECIALIST", 6),
        Map.entry("Reparativa åtgärder GENERAL", 8),
        Map.entry("Protetiska åtgärder GENERAL", 81), Map.entry("Protetiska åtgärder SPECIALIST", 70),
        Map.entry("Tandreglering GENERAL", 9), Map.entry("Tandreglering SPECIALIST", 9),
        Map.entry("Övrigt GENERAL", 2), Map.entry("Övrigt SPECIALIST", 2)));
  }

  /** A sample per section: key, code, price, reference (0 = none), the line that prints them. */
  @ParameterizedTest(name = "{0} {1}: {2} / {3} kr (L{4})")
  @CsvSource({
    "allman-101, 101, 1095, 970, 6286",
    "spec-103s, 103S, 600, 550, 6288",
    "allman-112, 112, 1095, 990, 6297",
    "spec-127s, 127S, 375, 390, 6324",
    "allman-213, 213, 1240, 1240, 6361",
    "allman-251, 251, 1560, 845, 6371",
    "allman-362, 362, 980, 935, 6437",
    "spec-343s, 343S, 4820, 4740, 6423",
    "allman-401, 401, 1250, 1205, 6438",
    "allman-401-2, 401, 1245, 1205, 6440",
    "allman-433, 433, 1135, 1030, 6552",
    "spec-454s, 454S, 7365, 7365, 6608",
    "allman-501, 501, 3985, 3845, 6611",
    "allman-541h, 541H, 4920, 4145, 6628",
    "spec-541sh, 541SH, 6410, 5320, 6630",
    "spec-602s, 602S, 5650, 5485, 6646",
    "allman-701, 701, 770, 685, 6664",
    "allman-708, 708, 610, 545, 6671",
    "allman-800, 800, 7380, 6485, 6672",
    "allman-801, 801, 5753, 5035, 6674",
    "allman-861l, 861L, 45675, 35675, 6857",
    "spec-865sl, 865SL, 46940, 38040, 6871",
    "allman-884, 884, 8680, 8265, 6919",
    "spec-908s, 908S, 45635, 45635, 6979",
    "allman-921, 921, 7015, 1335, 6983",
    "spec-941s, 941S, 8810, 8810, 7067",
    "allman-a11, A11, 2275, 0, 7069",
    "ny-uteblivande-upp-till-30-min, Ny, 450, 0, 7074",
    "ny-uteblivande-over-30-min, Ny, 700, 0, 7077",
    "ny-receptforskrivning, Ny, 100, 0, 7079",
    "allman-asyl, ASYL, 50, 0, 7080",
    "allman-a19, A19, 250, 0, 7093",
    "allman-952, 952, 250, 0, 7097",
    "spec-953, 953, 250, 0, 7098",
    "spec-963, 963, 250, 0, 7101",
    "allman-9008, 9008, 35, 0, 7110",
    "allman-9013, 9013, 1, 0, 7121",
    "allman-ny-tandreglering-908s, Ny, 57045, 0, 7153",
    "allman-ny-clear-aligners, Ny, 25000, 0, 7154",
  })
  void sampleAmounts(String key, String code, long price, long reference, int line) {
    PriceRow r = list.row(key).orElseThrow();
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.priceOre()).isEqualTo(price * 100);
    assertThat(r.referencePriceOre()).isEqualTo(reference == 0 ? null : reference * 100);
    assertThat(r.source().toLine()).isEqualTo(line);
    String printed = Ftv2024.line(line).replace('\u00a0', ' ');
    assertThat(printed).contains(String.valueOf(price).length() > 3 && line != 6552
        ? Long.toString(price).replaceFirst("(\\d{3})$", " $1") : Long.toString(price));
  }

  @Test
  void everyRowsLastCitedLineEndsWithItsPrices() {
    List<String> wrong = new ArrayList<>();
    for (PriceRow r : list.rows()) {
      String last = Ftv2024.line(r.source().toLine()).strip();
      boolean ok = false;
      for (String price : Ftv2024.printedForms(r.priceOre())) {
        if (r.hasReferencePrice()) {
          for (String ref : Ftv2024.printedForms(r.referencePriceOre())) {
            ok |= last.endsWith(" " + price + " " + ref);
          }
        } else {
          ok |= last.endsWith(" " + price);
        }
      }
      if (!ok) {
        wrong.add(r.key() + " at " + r.source().cite() + ": '" + last + "'");
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Each row's lines, flattened, are exactly: A/S, category, Extern/Intern, code, text, prices. */
  @Test
  void everyRowsLinesPrintExactlyItsValues() {
    List<String> wrong = new ArrayList<>();
    for (PriceRow r : list.rows()) {
      StringBuilder expected = new StringBuilder();
      if (r.area() != DentalArea.UNSPECIFIED) {
        expected.append(r.area() == DentalArea.GENERAL ? "A " : "S ").append(r.category()).append(' ')
            .append(r.provider() == Provider.EXTERNAL ? "Extern " : "Intern ");
      }
      expected.append(r.code()).append(' ').append(r.text()).append(' ')
          .append(kronor(r.priceOre()));
      if (r.hasReferencePrice()) {
        expected.append(' ').append(kronor(r.referencePriceOre()));
      }
      String seed = Ftv2024.flat(r.source());
      String plainPrices = seed.replaceAll("(?<=\\d) (?=\\d{3}(?: |$))", "");
      String want = expected.toString().replaceAll("(?<=\\d) (?=\\d{3}(?: |$))", "");
      if (!plainPrices.equals(want)) {
        wrong.add(r.key() + " " + r.source().cite() + "\n  seed: " + seed + "\n  yaml: " + expected);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String kronor(long ore) {
    return Long.toString(ore / 100);
  }

  /** Every non-blank line from the first row to the end belongs to exactly one row, in order. */
  @Test
  void rowsCoverTheTableWithoutGapsOrOverlaps() {
    int next = FIRST_ROW_LINE;
    List<String> wrong = new ArrayList<>();
    for (PriceRow r : list.rows()) {
      Source s = r.source();
      for (int n = next; n < s.fromLine(); n++) {
        if (!Ftv2024.line(n).isBlank() && n != HEADING_LINE) {
          wrong.add("line " + n + " is in no row: " + Ftv2024.line(n));
        }
      }
      if (s.fromLine() < next) {
        wrong.add(r.key() + " starts at " + s.fromLine() + ", inside the row before");
      }
      if (Ftv2024.line(s.fromLine()).isBlank() || Ftv2024.line(s.toLine()).isBlank()) {
        wrong.add(r.key() + " starts or ends on a blank line");
      }
      next = s.toLine() + 1;
    }
    assertThat(next).isEqualTo(LAST_LINE + 1);
    assertThat(Ftv2024.line(HEADING_LINE)).isEqualTo("Estestisk tandvård");
    assertThat(wrong).isEmpty();
  }

  /** The 18 "Ny Tandreglering" rows are 900–908 and 900S–908S × 1.25, rounded half up to 5 kr (E26). */
  @Test
  void aestheticOrthodonticRowsAreTheExternalPricesTimesOneAndAQuarter() {
    String[] codes = {"900", "901", "902", "903", "904", "905", "906", "907", "908"};
    for (String c : codes) {
      for (String code : List.of(c, c + "S")) {
        DentalArea area = code.endsWith("S") ? DentalArea.SPECIALIST : DentalArea.GENERAL;
        PriceRow external = list.rowsWithCode(area, code).get(0);
        PriceRow aesthetic = list.row("allman-ny-tandreglering-" + code.toLowerCase(java.util.Locale.ROOT)).orElseThrow();
        assertThat(aesthetic.text()).isEqualTo(external.text());
        assertThat(aesthetic.priceOre()).as(code).isEqualTo(timesOneAndAQuarter(external.priceOre()));
      }
    }
    assertThat(list.row("allman-9080").orElseThrow().priceOre()).isEqualTo(timesOneAndAQuarter(738_000));
    assertThat(list.row("allman-9081").orElseThrow().priceOre()).isEqualTo(timesOneAndAQuarter(575_300));
  }

  private static long timesOneAndAQuarter(long ore) {
    BigDecimal kr = BigDecimal.valueOf(ore, 2).multiply(new BigDecimal("1.25"));
    return kr.divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(500)).longValueExact();
  }

  @Test
  void unitsAndExchangeMeasures() {
    assertThat(list.rows().stream().filter(r -> r.unit() == PriceUnit.PER_MINUTE).map(PriceRow::code))
        .containsExactly("9008", "9010", "9021");
    assertThat(list.rows().stream().filter(r -> r.unit() == PriceUnit.PER_KRONA).map(PriceRow::code))
        .containsExactly("9009", "9013");
    assertThat(list.rows().stream().filter(PriceRow::exchange).map(PriceRow::text))
        .allMatch(t -> t.startsWith("Utbytesåtgärd."));
    assertThat(list.rows().stream().filter(r -> !r.exchange()).map(PriceRow::text))
        .noneMatch(t -> t.startsWith("Utbytesåtgärd"));
  }

  @Test
  void patientFeeRows() {
    Map<String, PatientFeeRule> fees = list.patientFees().stream()
        .collect(Collectors.toMap(PatientFeeRule::key, f -> f));
    assertThat(fees).hasSize(11);
    assertThat(amount(fees.get("visit-hygienist"))).isEqualTo(250);
    assertThat(amount(fees.get("visit-general-dentist"))).isEqualTo(250);
    assertThat(amount(fees.get("visit-specialist"))).isEqualTo(250);
    assertThat(amount(fees.get("missed-under-18"))).isEqualTo(250);
    assertThat(amount(fees.get("missed-adult-up-to-30-min"))).isEqualTo(450);
    assertThat(amount(fees.get("missed-adult-over-30-min"))).isEqualTo(700);
    assertThat(amount(fees.get("missed-visit-fee-specialist"))).isEqualTo(250);
    assertThat(amount(fees.get("asylum"))).isEqualTo(50);
    assertThat(amount(fees.get("prescription"))).isEqualTo(100);

    PatientFeeRule adult = fees.get("missed-adult-up-to-30-min");
    assertThat(adult.age().fromYears()).isEqualTo(18);
    assertThat(adult.age().semantics()).isEqualTo(AgeSemantics.BIRTHDAY);
    assertThat(Ftv2024.flat(adult.age().source())).contains("från och med 18 års ålder");
    assertThat(Ftv2024.flat(adult.bookedMinutes().source())).contains("lägre än 30 min");
    assertThat(Ftv2024.flat(fees.get("missed-adult-over-30-min").bookedMinutes().source())).contains("högre än 30 min");
    PatientFeeRule child = fees.get("missed-under-18");
    assertThat(child.age().untilYears()).isEqualTo(18);
    assertThat(Ftv2024.flat(child.age().source())).contains("Från och med 18 år debiteras ub avgift för vuxna");
    assertThat(Ftv2024.flat(fees.get("asylum").source())).contains("Patientavgift asylsökande, per besök 50");

    for (PatientFeeRule f : list.patientFees()) {
      PriceRow row = list.row(f.row()).orElseThrow();
      assertThat(f.source().fromLine()).as(f.key()).isLessThanOrEqualTo(row.source().toLine());
      assertThat(f.source().toLine()).as(f.key()).isGreaterThanOrEqualTo(row.source().fromLine());
    }
  }

  private long amount(PatientFeeRule f) {
    return list.row(f.row()).orElseThrow().priceOre() / 100;
  }
}
