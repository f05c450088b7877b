package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.content.Regelbok.book;
import static se.rjl.patientfees.rules.content.Regelbok.kr;
import static se.rjl.patientfees.rules.content.Regelbok.line;
import static se.rjl.patientfees.rules.content.Regelbok.lines;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.AidItem.AidKind;

/**
 * rulebooks/2026/aids.yaml against "Egenavgifter och bidrag 2026 hjälpmedelsområdet" (seed 002
 * L2667-L3031): every row's kind, amount, percent, age band, cap flag and source.
 */
class AidsContentTest {
  private static final AidKind FEE = AidKind.FEE;
  private static final AidKind PCT = AidKind.PERCENT_OF_PRICE;
  private static final AidKind GRANT = AidKind.GRANT;
  private static final AidKind PCT_GRANT = AidKind.PERCENT_GRANT;
  private static final AidKind OWN = AidKind.OWN_RESPONSIBILITY;

  /** key, kind, amount (kr), percent, age band (null = all ages), counts toward the aids cap, source. */
  static Stream<Arguments> rows() {
    return Stream.of(
        // Hörsel
        row("hearing-aid-child", FEE, 0, 0, "child", false, "L2671"), // "Hörapparat 0 kr < 20 år"
        row("hearing-aid-adult", FEE, 500, 0, "adult", false, "L2673"), // "Hörapparat/ljudstimulerare 500 kr > 20 år"
        row("hearing-aid-rechargeable-adult", FEE, 1200, 0, "adult", false, "L2675"), // "... (uppladdningsbar) 1200 kr > 20 år"
        // Syn
        row("glasses-category-1-under-8", GRANT, 800, 0, "under-8", false, "L2682–L2685"), // "Max 800 kr < 8 år"
        row("glasses-or-lenses-8-to-18", GRANT, 800, 0, "age-8-to-18", false, "L2687–L2691"), // "Max 800 kr 8 år < 19 år"
        row("tandem-cycle-severe-visual-impairment", GRANT, 5000, 0, null, false, "L2693–L2698"), // "Tandemcykel Max 5000 kr"
        row("tandem-cycle-child-visual-impairment", GRANT, 5000, 0, "child", false, "L2701–L2711"), // "överstiger 5000 kr"
        // Rörelse
        row("tricycle-own-fee", FEE, 500, 0, null, false, "L2723–L2732"), // "Trehjulig cykel 500 kr (egenavgift)"
        row("tricycle-grant", PCT_GRANT, 0, 50, "adult", false, "L2734–L2744"), // "50% av cykelns inköpspris"
        row("wheelchair-tyres", OWN, 0, 0, null, false, "L2745–L2753"), // "Eget ansvar"
        // Träning, vård och behandling; "*" = aids cap (L2794)
        row("cpap", FEE, 150, 0, null, true, "L2758–L2763"), // "CPAP 150 kr/mån ... *"
        row("compression-stocking-standard", FEE, 170, 0, null, false, "L2765–L2768"), // "170 kr/ uttag"
        row("compression-stocking-made-to-measure", FEE, 240, 0, null, false, "L2770–L2778"), // "240 kr/ uttag"
        row("compression-equipment", FEE, 150, 0, null, true, "L2780"), // "Kompressionsutrustning 150 kr/mån Se särskilda regler *"
        row("uvb-lamp", FEE, 150, 0, null, true, "L2782"), // "UVB-lampa 150 kr/mån *"
        row("tens-pain-relief", FEE, 150, 0, null, false, "L2784–L2786"), // "150 kr/mån Smärtlindring TENS"
        row("tens-childbirth", FEE, 300, 0, null, false, "L2786–L2790"), // "TENS 300 kr/tillfälle"
        row("compression-stocking-simple", OWN, 0, 0, null, false, "L2795–L2796"), // "** ... är egenansvar"
        // Hårersättning (Bidrag/år)
        row("hair-replacement-permanent", GRANT, 8000, 0, null, false, "L2801–L2804"), // "max 8 000 kr inkl. moms"
        row("hair-replacement-temporary", GRANT, 8000, 0, null, false, "L2806–L2813"),
        row("tattoo-permanent", GRANT, 8000, 0, null, false, "L2815–L2822"), // "2 * max 8000 kr"
        row("tattoo-temporary", OWN, 0, 0, null, false, "L2824"), // "Tatuering - Tillfälligt håravfall -"
        // Ortopediska skor
        row("orthopaedic-shoes-child", PCT, 600, 50, "child", false, "L2828–L2834"), // "50% av totalpris, max 600 kr < 20 år"
        row("orthopaedic-shoes-adult", PCT, 1000, 50, "adult", false, "L2836–L2840"), // "max 1000 kr > 20 år"
        row("orthopaedic-boots-adult", PCT, 1100, 50, "adult", false, "L2842–L2851"), // "max 1100 kr > 20 år"
        row("shoe-alterations", FEE, 150, 0, null, false, "L2853–L2855"), // "Skoändringar 150 kr/sko"
        row("ra-slipper", PCT, 700, 50, null, false, "L2857–L2863"), // "RA-toffel 50% av totalpris, max 700 kr"
        // Ortoser
        row("orthosis-neck-trunk-adult", FEE, 250, 0, "adult", false, "L2870–L2874"), // "250 kr per utprovad ortos *"
        row("orthosis-upper-lower-adult", FEE, 250, 0, "adult", false, "L2876–L2880"),
        row("orthosis-thumb-adult", FEE, 100, 0, "adult", false, "L2882–L2888"), // "100 kr per utprovad ortos *"
        row("orthosis-fingers-adult", FEE, 100, 0, "adult", false, "L2890–L2894"),
        row("orthosis-child", FEE, 0, 0, "child", false, "L2896"), // "Ortos 0 kr < 20 år"
        row("heat-aid-long-term-orthosis", FEE, 800, 0, null, false, "L2900–L2903"), // "800kr/par Alla åldrar" (R15)
        // Livsmedel för medicinska ändamål
        row("medical-food-under-16", FEE, 120, 0, "under-16", false, "L2922–L2926"), // "120 kr/uttag < 16 år"
        row("enteral-nutrition-level-f", FEE, 2600, 0, "aged-16-plus", false, "L2928–L2935"), // "2600 kr/uttag (1) > 16 år Nivå F"
        row("enteral-nutrition-level-e", FEE, 1900, 0, "aged-16-plus", false, "L2937–L2945"), // "1900 kr /uttag"
        row("enteral-nutrition-level-d", FEE, 1300, 0, "aged-16-plus", false, "L2947–L2954"),
        row("enteral-nutrition-level-c", FEE, 900, 0, "aged-16-plus", false, "L2956–L2963"),
        row("enteral-nutrition-level-b", FEE, 600, 0, "aged-16-plus", false, "L2965–L2970"),
        row("enteral-nutrition-level-a", FEE, 300, 0, "aged-16-plus", false, "L2972–L2984"),
        row("protein-reduced-16-to-19", FEE, 600, 0, "age-16-to-19", false, "L2986–L2988"), // "600 kr/uttag (1) 16-19 år"
        row("protein-reduced-adult", PCT, 1300, 50, "adult", false, "L2987–L2992"), // "50% ... >19 år Max avgift 1300 kr/uttag"
        row("grain-allergy-16-to-19", FEE, 600, 0, "age-16-to-19", false, "L2994–L2996"),
        row("grain-allergy-adult", PCT, 1300, 50, "adult", false, "L2995–L3002"),
        row("metabolic-disease-16-to-19", FEE, 600, 0, "age-16-to-19", false, "L3004–L3006"),
        row("metabolic-disease-adult", PCT, 1300, 50, "adult", false, "L3004–L3013"),
        row("gluten-free-2-to-5", GRANT, 110, 0, "age-2-to-5", false, "L3015"), // "110 kr (B) (2) 2 - 5 år"
        row("gluten-free-6-to-9", GRANT, 175, 0, "age-6-to-9", false, "L3017"), // "175 kr (B) (2) 6 - 9 år"
        row("gluten-free-10-to-13", GRANT, 220, 0, "age-10-to-13", false, "L3019–L3020"), // "220 kr (B) (2) 10 - 13 år"
        row("gluten-free-14-to-19", GRANT, 275, 0, "age-14-to-19", false, "L3020–L3026")); // "275 kr (B) (2) 14 - 19 år"
  }

  private static Arguments row(String key, AidKind kind, long amount, int percent, String band, boolean cap, String source) {
    return Arguments.of(key, kind, amount, percent, band, cap, source);
  }

  @ParameterizedTest(name = "{0}: {1} {2} kr")
  @MethodSource("rows")
  void aidRow(String key, AidKind kind, long amount, int percent, String band, boolean cap, String source) {
    AidItem a = book().aid(key).orElseThrow(() -> new AssertionError("no aid row " + key));
    assertThat(a.kind()).as(key + " kind, " + source).isEqualTo(kind);
    assertThat(kr(a.amountOre())).as(key + " amount, " + source).isEqualTo(amount);
    assertThat(a.percent()).as(key + " percent, " + source).isEqualTo(percent);
    assertThat(a.ageBand()).as(key + " age band, " + source).isEqualTo(band);
    assertThat(a.countsTowardAidsCap()).as(key + " counts toward the aids cap (*), L2794").isEqualTo(cap);
    assertThat(a.source().cite()).as(key).isEqualTo(source);
  }

  @Test
  void everyRowIsChecked() {
    List<String> expected = rows().map(a -> (String) a.get()[0]).toList();
    assertThat(book().aids()).extracting(AidItem::key).containsExactlyElementsOf(expected);
    assertThat(book().aids()).hasSize(50);
  }

  @Test
  void onlyTheStarredTreatmentAidsCountTowardTheCap() {
    // L2763 "*" (CPAP), L2780 "... Se särskilda regler *", L2782 "UVB-lampa 150 kr/mån *";
    // L2794 "* Högkostnadsskydd för behandlingshjälpmedel är 1.800 kr per 12-månaders period." (decision R13)
    assertThat(line(2763).strip()).isEqualTo("*");
    assertThat(line(2780)).contains("Kompressionsutrustning 150 kr/mån", "*");
    assertThat(line(2782).replaceAll("\\s+", " ")).contains("UVB-lampa 150 kr/mån *");
    assertThat(book().aids()).filteredOn(AidItem::countsTowardAidsCap).extracting(AidItem::key)
        .containsExactly("cpap", "compression-equipment", "uvb-lamp");
  }

  @Test
  void capAmounts() {
    // L2794 "Högkostnadsskydd för behandlingshjälpmedel är 1.800 kr per 12-månaders period."
    assertThat(line(2794)).contains("1.800 kr per 12-månaders period");
    assertThat(kr(book().aidsCap().amountOre())).as("aids cap, L2794").isEqualTo(1800);
    assertThat(book().aidsCap().periodMonths()).isEqualTo(12);
    // L3279-L3280 "högsta belopp för att få frikort för sjukvård 1 450 kronor"; L3292-L3293 "Kvalificerande belopp: 1 450 kronor"
    assertThat(Regelbok.flat(3279, 3280)).contains("sjukvård 1 450 kronor");
    assertThat(kr(book().outpatientCap().amountOre())).as("outpatient cap, L3279-L3280").isEqualTo(1450);
    assertThat(book().outpatientCap().periodMonths()).isEqualTo(12);
    // Shoes and orthoses do not count (L2865, L2907-L2908).
    assertThat(line(2865)).contains("Egenavgift för skor är inte högkostnadsgrundande");
    assertThat(Regelbok.flat(2907, 2908)).contains("Avgift för ortoser är inte högkostnadsgrundande");
  }

  @Test
  void aidAgeBandsFollowDecisionR10() {
    // "< 8 år" (L2682), "8 år < 19 år" (L2690), "< 16 år" (L2926), "> 16 år" (L2928), "16-19 år" (L2986),
    // "2 - 5 år" ... "14 - 19 år" (L3015-L3022); "< 20 år" / "> 20 år" / ">19 år" = child / adult.
    assertBand("under-8", 0, 8);
    assertBand("age-8-to-18", 8, 19);
    assertBand("under-16", 0, 16);
    assertBand("aged-16-plus", 16, AgeBand.OPEN);
    assertBand("age-16-to-19", 16, 20);
    assertBand("age-2-to-5", 2, 6);
    assertBand("age-6-to-9", 6, 10);
    assertBand("age-10-to-13", 10, 14);
    assertBand("age-14-to-19", 14, 20);
    assertBand("child", 0, 20);
    assertBand("adult", 20, AgeBand.OPEN);
    assertThat(line(2690)).contains("8 år < 19 år");
    assertThat(line(2986)).contains("16-19 år");
    assertThat(line(2990)).contains(">19 år");
  }

  private static void assertBand(String key, int from, int until) {
    AgeBand b = book().ageBand(key).orElseThrow(() -> new AssertionError("no age band " + key));
    assertThat(b.fromYears()).as(key + " from").isEqualTo(from);
    assertThat(b.untilYears()).as(key + " until").isEqualTo(until);
  }

  @Test
  void enteralNutritionLevels() {
    // L2930 "Nivå F", L2939 "Nivå E", L2949 "Nivå D", L2958 "Nivå C", L2967 "Nivå B", L2978 "Nivå A";
    // L2991-L2992 "Max avgift 1300 kr/uttag enligt nivå D ovan" confirms that 1300 belongs to level D.
    assertThat(line(2930)).contains("Nivå F");
    assertThat(line(2949)).contains("Nivå D");
    assertThat(line(2947)).contains("1300 kr/uttag");
    assertThat(lines(2991, 2992)).contains("Max avgift 1300 kr/uttag enligt nivå", "D ovan");
    assertThat(book().aids()).filteredOn(a -> a.key().startsWith("enteral-nutrition-level-"))
        .extracting(a -> kr(a.amountOre()))
        .containsExactly(2600L, 1900L, 1300L, 900L, 600L, 300L);
  }
}
