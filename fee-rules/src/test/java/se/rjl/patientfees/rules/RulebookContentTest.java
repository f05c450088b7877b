package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * The 2026 fee-code table (regelbok "Patientavgifter och avgiftskoder i Cosmic", seed 002
 * L3343-L4101) as loaded: every printed row with its code, product and amount as printed, the
 * full-price rows, the code-less rows, the caps and the age bands the rows use.
 */
class RulebookContentTest {
  /** A printed row: its key, printed code (null: printed without one), product, amount, and the seed line printing the amount. */
  record Printed(String key, String code, String product, long kronor, int line) {}

  static Printed row(String key, String code, String product, long kronor, int line) {
    return new Printed(key, code, product, kronor, line);
  }

  /** Every row in the printed order; the comment is the seed line that prints the amount. */
  static final List<Printed> PRINTED = List.of(
      row("100", "100", "Läkarbesök, primärvård", 250, 3353), // L3353: 100 Läkarbesök, primärvård 250:-
      row("110", "110", "Läkarbesök, specialistvård", 250, 3366), // L3366: 110 Läkarbesök, specialistvård 250:-
      row("120", "120", "Läkarbesök, remiss", 0, 3385), // L3385: 120 Läkarbesök, remiss 0:-
      row("130", "130", "Läkarbesök, asylsökande", 50, 3394), // L3394: 130 Läkarbesök, asylsökande 50:- Asylsökande
      row("140", "140", "Läkarbesök, personer från andra länder", 3179, 3397), // L3397: andra länder 3 179:-*
      row("150", "150", "Läkarbesök, utlandssvensk, planerad vård", 780, 3404), // L3404: planerad vård 780:-
      row("160", "160", "Läkarbesök, korttidsboende, planerad mottagning", 250, 3412), // L3412: planerad mottagning 250:-
      row("170", "170", "Läkarbesök, korttidsboende, hembesök", 250, 3420), // L3420: hembesök 250:-
      row("180", "180", "Distanskontakt", 100, 3427), // L3427: 180 Distanskontakt 100:-
      row("181", "181", "Distanskontakt avgiftsfritt", 0, 3435), // L3435: 181 Distanskontakt avgiftsfritt 0:- Se ovan.
      row("182-doctor", "182", "Distanskontakt läkare, personer från andra länder", 500, 3438), // L3438: personer från andra länder 500:-* Se ovan.
      row("182-psychologist", "182", "Distanskontakt Psykolog/Kurator, personer från andra länder", 425, 3447), // L3447: 425:-* Se ovan.
      row("182-treatment", "182", "Distanskontakt sjukvårdande behandling, personer från andra länder", 275, 3455), // L3455: 275:-* Se ovan.
      row("183", "183", "Distanskontakt läkare, asyl", 50, 3458), // L3458: 183 Distanskontakt läkare, asyl 50:- Se ovan.
      row("184", "184", "Distanskontakt sjukvårdande behandling, asyl", 25, 3461), // L3461: behandling, asyl 25:- Se ovan.
      row("200", "200", "Sjukvårdande behandling", 250, 3463), // L3463: 200 Sjukvårdande behandling 250:-
      row("205", "205", "Sjukvårdande behandling, remiss", 0, 3477), // L3477: remiss 0:-
      row("210", "210", "Sjukvårdande behandling, asylsökande", 25, 3489), // L3489: asylsökande 25:-
      row("230", "230", "Sjukvårdande behandling, personer från andra länder", 1373, 3496), // L3496: personer från andra länder 1 373:-*
      row("230-dialysis", "230", "Dialysbehandling, personer från andra länder", 5458, 3504), // L3504: från andra länder 5 458:- Enligt DRG M32O
      row("240", "240", "Provtagning", 100, 3506), // L3506: 240 Provtagning 100:-
      row("240-asylum", "240", "Provtagning, asyl", 25, 3517), // L3517: 240 Provtagning, asyl 25:-
      row("240-foreign", "240", "Provtagning, personer från andra länder", 1373, 3520), // L3520: andra länder 1 373:-* (enligt fast prislista)
      row("250", "250", "Sjukvårdande behandling, utlandssvensk, planerad vård,", 780, 3523), // L3523: utlandssvensk, planerad vård,  780:-
      row("frikort-note", null, "OBS! Frikort fångas genom val i kassan då besök registreras. När patienten har frikort ska aktuell patientavgift väljas i kassan, inte avgiftsfritt besök", 0, 3538), // L3538: 0:-
      row("300", "300", "Läkarbesök, avgiftsfritt", 0, 3551), // L3551: 300 Läkarbesök, avgiftsfritt 0:-
      row("305", "305", "Provtagning, avgiftsfritt", 0, 3564), // L3564: 305 Provtagning, avgiftsfritt 0:- Gäller endast i
      row("306", "306", "Provtagning, avgiftsfritt, smittskydd", 0, 3568), // L3568: smittskydd 0:-
      row("307", "307", "Provtagning, remiss från primärvården", 0, 3575), // L3575: primärvården 0:- Provtagning
      row("310", "310", "Sjukvårdande behandling, avgiftsfritt", 0, 3578), // L3578: avgiftsfritt 0:-
      row("320", "320", "Läkarbesök, avgiftsfritt, smittskydd", 0, 3593), // L3593: smittskydd 0:- Smittskydd
      row("330", "330", "Sjukvårdande behandling, avgiftsfritt, smittskydd", 0, 3596), // L3596: avgiftsfritt, smittskydd 0:- Smittskydd
      row("340", "340", "Läkarbesök, team, ej första vårdgivaren", 0, 3599), // L3599: vårdgivaren 0:- Gäller endast i
      row("350", "350", "Sjukvårdande behandling, team, ej första behandling", 0, 3604), // L3604: team, ej första behandling 0:- Gäller endast i
      row("360", "360", "Läkarbesök, korttidsboende, avgiftsfritt", 0, 3609), // L3609: avgiftsfritt 0:- Gäller endast i
      row("430", "430", "Hälsovård, avgiftsbelagd (varugrupp)", 0, 3614), // L3614: (varugrupp) 0:-
      row("440", "440", "Varuförsäljning", 0, 3620), // L3620: 440 Varuförsäljning 0:-
      row("450", "450", "Hälsokurva, avgiftsbelagd (varugrupp)", 0, 3626), // L3626: (varugrupp) 0:-
      row("500", "500", "Hälsovård, avgiftsfri (varugrupp)", 0, 3635), // L3635: (varugrupp) 0:- Mödrahälsovård,
      row("600", "600", "Återbetalning, väntetid", 0, 3639), // L3639: 600 Återbetalning, väntetid 0:- Återbetalning,
      row("610-sampling", "610", "Uteblivet besök, ej meddelat återbud", 100, 3643), // L3643: återbud 100:- Avgift vid
      row("610-child", "610", "Uteblivet besök, ej meddelat återbud, barn", 100, 3659), // L3659: återbud, barn 100:-
      row("610-child-interpreter", "610", "Uteblivet besök, ej meddelat återbud, barn, tolk", 410, 3666), // L3666: återbud, barn, tolk 410:-
      row("610-adult", "610", "Uteblivet besök, ej meddelat återbud", 250, 3676), // L3676: återbud 250:-
      row("610-asylum-treatment", "610", "Uteblivet besök, sjukvårdande behandling, asylsökande, ej meddelat återbud", 25, 3702), // L3702: 25:- Se ovan.
      row("610-asylum-treatment-interpreter", "610", "Uteblivet besök, sjukvårdande behandling, asylsökande, ej meddelat återbud, tolk", 335, 3711), // L3711: 335:- Se ovan.
      row("610-adult-interpreter", "610", "Uteblivet besök, sjukvårdande behandling, ej meddelat återbud, tolk", 560, 3719), // L3719: 560:- Se ovan.
      row("610-asylum-doctor", "610", "Uteblivet läkarbesök, asylsökande, ej meddelat återbud", 50, 3727), // L3727: 50:- Se ovan.
      row("610-asylum-doctor-interpreter", "610", "Uteblivet läkarbesök, asylsökande, ej meddelat återbud, tolk", 360, 3734), // L3734: 360:- Se ovan.
      row("610-distance", "610", "Utebliven distanskontakt", 100, 3737), // L3737: 610 Utebliven distanskontakt 100:-
      row("610-distance-free", "610", "Utebliven distanskontakt, avgiftsfritt", 0, 3749), // L3749: avgiftsfritt 0:-
      row("610-distance-asylum-treatment", "610", "Utebliven distanskontakt, ej meddelat återbud, asylsökande", 25, 3763), // L3763: 25:-
      row("610-distance-asylum-doctor", "610", "Uteblivet distanskontakt läkarbesök, ej meddelat återbud, asylsökande", 50, 3778), // L3778: 50:-
      row("610-distance-asylum-treatment-interpreter", "610", "Utebliven distanskontakt, ej meddelat återbud, asylsökande med tolk", 335, 3792), // L3792: 335:-
      row("610-distance-asylum-doctor-interpreter", "610", "Uteblivet läkarbesök distanskontakt, ej meddelat återbud, asylsökande med tolk", 360, 3810), // L3810: 360:-
      row("610-distance-interpreter", "610", "Utebliven distanskontakt, med tolk", 410, 3821), // L3821: med tolk 410
      row("610-foreign-doctor", "610", "Uteblivet läkarbesök/sent återbud, vård av personer från andra länder", 3179, 3836), // L3836: 3 179:-*
      row("610-foreign-treatment", "610", "Uteblivet sjukvårdande behandling/sent återbud, vård av personer från andra länder", 1373, 3846), // L3846: 1 373:-* Se ovan.
      row("611-adult", "611", "Sent återbud inom 72 timmar, läkarbesök och sjukvårdande behandling", 250, 3854), // L3854: 250:-
      row("611-referral-pv", "611", "Sent återbud inom 72 timmar, läkarbesök och sjukvårdande behandling, remiss PV", 250, 3863), // L3863: 250:-
      row("611-child", "611", "Sent återbud inom 72 timmar, läkarbesök, barn", 100, 3866), // L3866: timmar, läkarbesök, barn 100:-
      row("611-child-interpreter", "611", "Sent återbud inom 72 timmar, läkarbesök, barn, tolk", 410, 3873), // L3873: 410:- (100 + 310)
      row("611-adult-interpreter", "611", "Sent återbud inom 72 timmar, läkarbesök och sjukvårdande behandling, inklusive tolk", 560, 3882), // L3882: 560:- (250 + 310)
      row("611-asylum-doctor", "611", "Sent återbud inom 72 timmar, läkarbesök, asyl", 50, 3885), // L3885: timmar, läkarbesök, asyl 50:-
      row("611-asylum-doctor-interpreter", "611", "Sent återbud inom 72 timmar, läkarbesök, tolk, asyl", 360, 3888), // L3888: timmar, läkarbesök, tolk, asyl 360:- (50 + 310)
      row("611-asylum-treatment", "611", "Sent återbud inom 72 timmar, sjukvårdande behandling, asyl", 25, 3895), // L3895: 25:-
      row("611-asylum-treatment-interpreter", "611", "Sent återbud inom 72 timmar, sjukvårdande behandling, tolk, asyl", 335, 3902), // L3902: 335:- (25 + 310)
      row("611-free", "611", "Sent återbud inom 72 timmar, avgiftsfritt", 0, 3905), // L3905: timmar, avgiftsfritt 0:-
      row("611-distance", "611", "Sent återbud Distanskontakt inom 72 timmar", 100, 3908), // L3908: inom 72 timmar 100:-
      row("611-distance-free", "611", "Sent återbud Distanskontakt inom 72 timmar, avgiftsfritt", 0, 3918), // L3918: inom 72 timmar, avgiftsfritt 0:-
      row("612", "612", "Vårdtillfälle, sent återbud inom 72 timmar", 250, 3927), // L3927: inom 72 timmar 250:-
      row("612-child", "612", "Vårdtillfälle, sent återbud inom 72 timmar, barn", 100, 3930), // L3930: inom 72 timmar, barn 100:-
      row("613", "613", "Avgiftsfritt, när vårdenheten har avbokat inom 72 timmar", 0, 3933), // L3933: har avbokat inom 72 timmar 0:-
      row("614-adult", "614", "Sent återbud inom 24 timmar, läkarbesök och sjukvårdande behandling PV", 250, 3940), // L3940: 250:-
      row("614-child", "614", "Sent återbud inom 24 timmar, läkarbesök och sjukvårdande behandling PV, barn", 100, 3949), // L3949: 100:-
      row("614-child-interpreter", "614", "Sent återbud inom 24 timmar, läkarbesök och sjukvårdande behandling PV, barn, tolk", 410, 3958), // L3958: 410:- (100 + 310)
      row("614-adult-interpreter", "614", "Sent återbud inom 24 timmar, läkarbesök och sjukvårdande behandling PV, tolk", 560, 3967), // L3967: 560:- (250 + 310)
      row("614-asylum-doctor", "614", "Sent återbud inom 24 timmar, läkarbesök PV, asyl", 50, 3970), // L3970: timmar, läkarbesök PV, asyl 50:-
      row("614-asylum-doctor-interpreter", "614", "Sent återbud inom 24 timmar, läkarbesök PV, tolk, asyl", 360, 3977), // L3977: 360:- (50 + 310)
      row("614-asylum-treatment", "614", "Sent återbud inom 24 timmar, sjukvårdande behandling, PV, asyl", 25, 3984), // L3984: 25:-
      row("614-asylum-treatment-interpreter", "614", "Sent återbud inom 24 timmar, sjukvårdande behandling, PV, tolk, asyl", 335, 3991), // L3991: 335:- (25 + 310)
      row("614-free", "614", "Sent återbud inom 24 timmar, avgiftsfritt", 0, 3998), // L3998: 0:-
      row("614-distance", "614", "Sent återbud Distanskontakt inom 24 timmar", 100, 4001), // L4001: inom 24 timmar 100:-
      row("614-distance-free", "614", "Sent återbud Distanskontakt inom 24 timmar, avgiftsfritt", 0, 4011), // L4011: inom 24 timmar, avgiftsfritt 0:-
      row("615", "615", "Avgiftsfritt när primärvården har avbokat inom 24 timmar", 0, 4021), // L4021: har avbokat inom 24 timmar 0:-
      row("616", "616", "Uteblivet vårdtillfälle, ej meddelat återbud", 250, 4024), // L4024: meddelat återbud 250:-
      row("616-child", "616", "Uteblivet vårdtillfälle, ej meddelat återbud, barn", 100, 4027), // L4027: meddelat återbud, barn 100:-
      row("617", "617", "Uteblivet besök, avgiftsfritt", 0, 4029), // L4029: 617 Uteblivet besök, avgiftsfritt 0:-
      row("618", "618", "Uteblivet besök/sent återbud inom 24 timmar, hälsovård", 100, 4032), // L4032: inom 24 timmar, hälsovård 100:-
      row("620", "620", "Receptförskrivning", 100, 4039), // L4039: 620 Receptförskrivning 100:-
      row("625", "625", "Recept, personer från andra länder", 1373, 4058), // L4058: länder 1 373:-* (taxa enligt fast
      row("630", "630", "Recept, avgiftsfritt", 0, 4062), // L4062: 630 Recept, avgiftsfritt 0:- Recept, sjukintyg till
      row("640", "640", "Sjukintyg", 100, 4065), // L4065: 640 Sjukintyg 100:-
      row("650", "650", "Receptförskrivning, asyl", 25, 4070), // L4070: 650 Receptförskrivning, asyl 25:-
      row("660", "660", "Sjukintyg, avgiftsfritt", 0, 4075), // L4075: 660 Sjukintyg, avgiftsfritt 0:-
      row("700", "700", "Övrigt", 17496, 4077)); // L4077: 700 Övrigt 17.496:-*

  static Rulebook book;

  @BeforeAll
  static void load() {
    book = RulebookFiles.real().load();
  }

  static long kr(long ore) {
    assertThat(ore % 100).as("whole kronor").isZero();
    return ore / 100;
  }

  @Test
  void all96PrintedRowsArePresentWithUniqueKeys() {
    assertThat(book.feeCodes()).hasSize(96);
    assertThat(PRINTED).hasSize(96);
    Set<String> keys = new HashSet<>();
    for (FeeCodeRow r : book.feeCodes()) {
      assertThat(keys.add(r.key())).as("key %s is unique", r.key()).isTrue();
    }
    assertThat(book.feeCodes()).extracting(FeeCodeRow::key).containsExactlyElementsOf(PRINTED.stream().map(Printed::key).toList());
  }

  @Test
  void everyRowHasItsPrintedCodeProductAndAmount() {
    Map<String, FeeCodeRow> byKey = book.feeCodes().stream().collect(Collectors.toMap(FeeCodeRow::key, r -> r, (a, b) -> a, LinkedHashMap::new));
    for (Printed p : PRINTED) {
      FeeCodeRow r = byKey.get(p.key());
      assertThat(r).as(p.key()).isNotNull();
      if (!p.key().equals("614-adult-interpreter")) { // printed without a code: 614 by decision R02
        assertThat(r.code()).as(p.key() + " code").isEqualTo(p.code());
      }
      assertThat(r.product()).as(p.key() + " product").isEqualTo(p.product());
      assertThat(kr(r.amountOre())).as(p.key() + " amount").isEqualTo(p.kronor());
      assertThat(p.line()).as(p.key() + ": the printed amount's line is in the row's source " + r.source().cite())
          .isBetween(r.source().fromLine(), r.source().toLine());
    }
  }

  @Test
  void codesAreThreeDigitsAndRepeatAsOftenAsPrinted() throws Exception {
    Map<String, Long> perCode = book.feeCodes().stream().filter(r -> r.code() != null)
        .collect(Collectors.groupingBy(FeeCodeRow::code, java.util.TreeMap::new, Collectors.counting()));
    assertThat(perCode.keySet()).allMatch(c -> c.matches("\\d{3}"));
    assertThat(perCode).containsEntry("610", 18L).containsEntry("611", 12L).containsEntry("614", 11L)
        .containsEntry("182", 3L).containsEntry("230", 2L).containsEntry("240", 3L).containsEntry("612", 2L).containsEntry("616", 2L);
    // The seed's table (L3353-L4085) prints 94 rows starting with their code; 614 once more without (R02).
    List<String> seed = java.nio.file.Files.readAllLines(RulebookFiles.seedsDir().resolve(RulebookFiles.SEED));
    Map<String, Long> printed = new java.util.TreeMap<>();
    java.util.regex.Pattern code = java.util.regex.Pattern.compile("^\\s*(\\d{3})(\\s|$)");
    for (String line : seed.subList(3353 - 1, 4085)) {
      java.util.regex.Matcher m = code.matcher(line);
      if (m.find()) {
        printed.merge(m.group(1), 1L, Long::sum);
      }
    }
    assertThat(printed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(94);
    printed.merge("614", 1L, Long::sum);
    assertThat(perCode).isEqualTo(printed);
  }

  @Test
  void fullPriceRowsAreThePrintedStarRows() {
    assertThat(book.feeCodes()).filteredOn(FeeCodeRow::fullPrice)
        .extracting(FeeCodeRow::key, FeeCodeRow::code, r -> kr(r.amountOre()))
        .containsExactly(
            tuple("140", "140", 3179L), // L3397 "3 179:-*"
            tuple("182-doctor", "182", 500L), // L3438 "500:-*"
            tuple("182-psychologist", "182", 425L), // L3447 "425:-*"
            tuple("182-treatment", "182", 275L), // L3455 "275:-*"
            tuple("230", "230", 1373L), // L3496 "1 373:-*"
            tuple("240-foreign", "240", 1373L), // L3520 "1 373:-*"
            tuple("610-foreign-doctor", "610", 3179L), // L3835 "3 179:-*"
            tuple("610-foreign-treatment", "610", 1373L), // L3845 "1 373:-*"
            tuple("625", "625", 1373L), // L4058 "1 373:-*"
            tuple("700", "700", 17496L)); // L4077 "17.496:-*"
    // A full price never counts toward the cap; the DRG dialysis row is printed without "*" (R32).
    assertThat(book.feeCodes()).filteredOn(FeeCodeRow::fullPrice).noneMatch(FeeCodeRow::countsTowardCap);
    assertThat(book.feeCode("230-dialysis").orElseThrow().fullPrice()).isFalse();
    assertThat(kr(book.feeCode("230-dialysis").orElseThrow().amountOre())).isEqualTo(5458);
  }

  @Test
  void theTwoRowsPrintedWithoutACode() {
    FeeCodeRow frikort = book.feeCode("frikort-note").orElseThrow();
    assertThat(frikort.code()).isNull(); // R03: a note to the cashier, not a fee
    assertThat(frikort.unreachableBecause()).contains("R03");
    assertThat(frikort.selectors()).isEmpty();
    assertThat(frikort.label()).startsWith("(utan kod) OBS! Frikort");
    FeeCodeRow late = book.feeCode("614-adult-interpreter").orElseThrow();
    assertThat(late.code()).isEqualTo("614"); // R02: inferred from its neighbours
    assertThat(late.description()).contains("R02");
    assertThat(kr(late.amountOre())).isEqualTo(560);
    assertThat(late.formula()).isEqualTo("row:614-adult + interpreter-fee");
    assertThat(book.feeCodes()).filteredOn(r -> r.code() == null).extracting(FeeCodeRow::key).containsExactly("frikort-note");
  }

  @Test
  void onlyTheFrikortNoteIsUnreachable() {
    assertThat(book.feeCodes()).filteredOn(r -> r.unreachableBecause() != null).extracting(FeeCodeRow::key).containsExactly("frikort-note");
    assertThat(book.feeCodes()).filteredOn(r -> r.unreachableBecause() == null).allSatisfy(r -> assertThat(r.selectors()).isNotEmpty());
  }

  @Test
  void rowsCountingTowardTheCap() {
    assertThat(book.feeCodes()).filteredOn(FeeCodeRow::countsTowardCap).extracting(FeeCodeRow::key)
        .containsExactly("100", "110", "160", "170", "180", "200", "240", "620", "640");
  }

  @Test
  void theCaps() {
    assertThat(kr(book.outpatientCap().amountOre())).isEqualTo(1450); // L3279-L3316 "1 450 kr"
    assertThat(book.outpatientCap().periodMonths()).isEqualTo(12);
    assertThat(kr(book.aidsCap().amountOre())).isEqualTo(1800); // L2794 "1800 kr"
    assertThat(book.aidsCap().periodMonths()).isEqualTo(12);
  }

  @Test
  void theAgeBandsTheRowsUse() {
    assertBand("child", 0, 20, AgeSemantics.BIRTHDAY); // "Barn och ungdomar under 20 år" (R09)
    assertBand("adult", 20, AgeBand.OPEN, AgeSemantics.BIRTHDAY); // "från och med 20-årsdagen"
    assertBand("adult-under-85", 20, 85, AgeSemantics.BIRTHDAY); // "Gäller patienter upp till 85 år" (R07)
    assertBand("under-85", 0, 85, AgeSemantics.BIRTHDAY);
    assertBand("aged-85-plus", 85, AgeBand.OPEN, AgeSemantics.BIRTHDAY); // "85 år och äldre"
    assertBand("aged-65-plus", 65, AgeBand.OPEN, AgeSemantics.BIRTHDAY); // vaccinations "över 65 år" (R21)
    assertBand("tbe-child", 3, 19, AgeSemantics.BIRTHDAY); // TBE "barn 3-18 år (från 19 årsdagen vanlig taxa)"
    assertBand("hpv-free", 0, 27, AgeSemantics.BIRTHDAY); // HPV "upp till 26 års ålder"
    assertBand("dental-child", 0, 20, AgeSemantics.CALENDAR_YEAR); // "t.o.m. det kalenderår de fyller 19" (R19)
    assertBand("dental-adult", 20, AgeBand.OPEN, AgeSemantics.CALENDAR_YEAR);
    // "Patienter som är 85 år eller äldre betalar ingen patientavgift" (L5342): by the birthday (E07, F7)
    assertBand("dental-85-plus", 85, AgeBand.OPEN, AgeSemantics.BIRTHDAY);
    assertThat(book.outpatient().dentalFreeAgeBand()).as("pins E07: dental care free from the 85th birthday").isEqualTo("dental-85-plus");
  }

  @Test
  void rowsPrintedUpTo85YearsChargeOnlyUnder85() {
    // "Gäller patienter upp till 85 år": every charged selector of those rows stops at 85 (R07).
    List<FeeCodeRow> upTo85 = book.feeCodes().stream().filter(r -> "Gäller patienter upp till 85 år.".equals(r.printedAge())).toList();
    assertThat(upTo85).extracting(FeeCodeRow::key).containsExactly("100", "110", "160", "170", "200", "210", "240", "620", "650");
    for (FeeCodeRow r : upTo85) {
      // Dental selectors (calendar-year ages) leave the 85 limit to outpatient.dentalFreeAgeBand (E07).
      assertThat(r.selectors()).as(r.key()).allSatisfy(s -> assertThat(
          s.age().semantics() == AgeSemantics.CALENDAR_YEAR && "dental-adult".equals(s.age().key()) ? 85 : s.age().untilYears())
          .isLessThanOrEqualTo(85));
    }
  }

  @Test
  void theFreeVisitRowsCoverChildrenAnd85Plus() {
    FeeCodeRow free = book.feeCode("300").orElseThrow();
    assertThat(free.selectors()).extracting(s -> s.age().key()).contains("child", "aged-85-plus", "dental-child");
  }

  @Test
  void theConstantsTheFormulasUse() {
    assertThat(book.constants()).containsKeys("inpatient-day-max", "interpreter-fee", "child-missed-visit-fee", "health-care-fee",
        "visit-fee", "distance-fee", "swede-abroad-planned-visit");
    assertThat(kr(book.constant("inpatient-day-max").orElseThrow().amountOre())).isEqualTo(130);
    assertThat(kr(book.constant("interpreter-fee").orElseThrow().amountOre())).isEqualTo(310);
    assertThat(kr(book.constant("swede-abroad-planned-visit").orElseThrow().amountOre())).isEqualTo(780);
  }

  private static void assertBand(String key, int from, int until, AgeSemantics by) {
    AgeBand b = book.ageBand(key).orElseThrow(() -> new AssertionError("no age band " + key));
    assertThat(List.of(b.fromYears(), b.untilYears(), b.semantics())).as(key).containsExactly(from, until, by);
  }
}
