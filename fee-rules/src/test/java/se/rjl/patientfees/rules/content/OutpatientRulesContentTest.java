package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.content.Regelbok.book;
import static se.rjl.patientfees.rules.content.Regelbok.line;
import static se.rjl.patientfees.rules.content.Regelbok.lines;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.FreeReason;
import se.rjl.patientfees.rules.model.OutpatientRules;
import se.rjl.patientfees.rules.model.VaccinationRule;

/** rulebooks/2026/outpatient-rules.yaml against the regelbok (seed 002). */
class OutpatientRulesContentTest {

  @Test
  void outpatientTimeLimits() {
    OutpatientRules o = book().outpatient();
    // L4506: "Om väntetiden överstiger 30 minuter vid planerat besök, återbetalas ..."
    assertThat(o.waitingTimeRefundMinutes()).as("waiting-time refund, L4505-L4509").isEqualTo(30);
    assertThat(line(4506)).contains("30 minuter");
    // L4190: "Om patienten återkommer till vårdgivare inom 24 timmar (ett dygn) för samma sjukdom"
    assertThat(o.acuteReturnHours()).as("acute return, L4189-L4192").isEqualTo(24);
    assertThat(line(4190)).contains("inom 24 timmar");
    assertThat(line(4191)).contains("endast för akuta besök");
    // L5296-L5297: "rätt till ett avgiftsfritt återbesök inom fem dagar"
    assertThat(o.upperAirwayFreeReturnDays()).as("upper-airway free return, L5293-L5301").isEqualTo(5);
    assertThat(lines(5296, 5297)).contains("inom fem dagar");
    // L3371-L3373 code 110: "allmänläkares mottagning efter kl 21.00, lör-, sön- och helgdag"
    assertThat(o.outOfHoursFrom()).as("out of hours, code 110 L3366-L3383").isEqualTo(LocalTime.of(21, 0));
    assertThat(lines(3366, 3374)).startsWith("110 Läkarbesök, specialistvård").contains("efter kl", "21.00, lör-, sön- och");
  }

  @Test
  void influenzaCovidAndPneumococcalAreFreeFrom65AndForRiskGroups() {
    // L5017-L5019: "kostnadsfri vaccination (ingen vaccinkostnad eller patientavgift) mot höstinfluensa,
    // Covid och pneumokockinfektioner till alla länsinvånare över 65 år samt riskgrupper"
    assertThat(lines(5016, 5019)).contains("höstinfluensa, Covid och pneumokockinfektioner", "över 65 år samt riskgrupper");
    for (String v : List.of("influenza", "covid-19", "pneumococcal")) {
      VaccinationRule r = book().vaccination(v).orElseThrow(() -> new AssertionError("no vaccination " + v));
      assertThat(r.freeAgeBand()).as(v + " L5016-L5022").isEqualTo("aged-65-plus");
      assertThat(r.freeForRiskGroups()).as(v + " L5016-L5022").isTrue();
      assertThat(r.source().cite()).isEqualTo("L5016–L5022");
    }
    AgeBand b = book().ageBand("aged-65-plus").orElseThrow();
    assertThat(b.fromYears()).isEqualTo(65);
    assertThat(b.untilYears()).isEqualTo(AgeBand.OPEN);
    // L5021-L5022: "Vid vaccination mot Covid för icke riskgrupper betalar patienten stick/patientavgift
    // men ingen kostnad för vaccinet." Influenza and pneumococcal: "+ vaccinkostnad" (L5020-L5021).
    assertThat(lines(5021, 5022)).contains("ingen kostnad för vaccinet");
    assertThat(book().vaccination("covid-19").orElseThrow().vaccineAlwaysFree()).isTrue();
    assertThat(book().vaccination("influenza").orElseThrow().vaccineAlwaysFree()).isFalse();
    assertThat(book().vaccination("pneumococcal").orElseThrow().vaccineAlwaysFree()).isFalse();
  }

  @Test
  void tbeIsFreeForChildren3To18() {
    // L5031-L5032: "TBEvaccinering är helt avgiftsfritt (både vaccin och stick) för barn 3-18 år (från
    // 19 årsdagen vanlig taxa)."
    assertThat(lines(5031, 5032)).contains("barn 3-18 år", "19 årsdagen vanlig taxa");
    VaccinationRule tbe = book().vaccination("tbe").orElseThrow();
    assertThat(tbe.freeAgeBand()).isEqualTo("tbe-child");
    AgeBand b = book().ageBand("tbe-child").orElseThrow();
    assertThat(b.contains(2)).isFalse();
    assertThat(b.contains(3)).isTrue();
    assertThat(b.contains(18)).isTrue();
    assertThat(b.contains(19)).as("from the 19th birthday the ordinary fee, L5031-L5032").isFalse();
    assertThat(b.semantics()).isEqualTo(AgeSemantics.BIRTHDAY);
  }

  @Test
  void hpvIsFreeUpTo26() {
    // L2370-L2372 (2026 budget): "avgiftsfri vaccinering mot HPV för alla personer upp till 26 års ålder"
    assertThat(lines(2370, 2372)).contains("avgiftsfri vaccinering mot HPV för alla personer", "upp till 26 års ålder");
    VaccinationRule hpv = book().vaccination("hpv").orElseThrow();
    assertThat(hpv.freeAgeBand()).isEqualTo("hpv-free");
    assertThat(hpv.source().cite()).isEqualTo("L2370–L2372");
    AgeBand b = book().ageBand("hpv-free").orElseThrow();
    assertThat(b.contains(26)).isTrue();
    assertThat(b.contains(27)).isFalse();
  }

  @Test
  void hepatitisBAndProgrammeVaccinations() {
    // L5034-L5035 Downs syndrom; L5036-L5037 BHV programme 3, 5, 12 months; L5038-L5040 catch-up.
    assertThat(lines(5033, 5040)).contains("Downs syndrom", "kostnadsfri Hepatit B vaccination vid 3,5,12 månader");
    VaccinationRule hepB = book().vaccination("hepatitis-b").orElseThrow();
    assertThat(hepB.freeForRiskGroups()).isTrue();
    assertThat(hepB.freeAgeBand()).isNull();
    // L5044-L5045 "Kostnadsfri vaccination mot mässling, röda hund, difteri, stelkramp, polio och kikhosta"
    assertThat(lines(5044, 5045)).contains("mässling, röda hund, difteri, stelkramp, polio", "kikhosta");
    for (String v : List.of("measles", "rubella", "diphtheria", "tetanus", "polio", "pertussis")) {
      VaccinationRule r = book().vaccination(v).orElseThrow(() -> new AssertionError("no vaccination " + v));
      assertThat(r.source().cite()).as(v).isEqualTo("L5044–L5047");
      assertThat(r.freeForRiskGroups()).as(v).isTrue();
    }
    assertThat(book().vaccinations()).hasSize(12);
  }

  @Test
  void freeReasonsCoverTheTableAndTheNamedItems() {
    List<FreeReason> reasons = book().freeReasons();
    Set<String> keys = reasons.stream().map(FreeReason::key).collect(Collectors.toSet());
    assertThat(keys).as("unique keys").hasSize(reasons.size());
    assertThat(keys).allMatch(k -> k.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case");
    // The rows of "Avgiftsfria besök och åtgärder" (L5099-L5301) that are outpatient free reasons.
    assertThat(keys)
        .contains(
            "adoption", // L5102-L5105
            "breastfeeding", // L5107
            "custody", // L5108-L5113
            "antabuse-treatment", // L5115
            "child", // L5117-L5124
            "child-and-adolescent-psychiatry", // L5126
            "child-health-care", // L5128-L5129
            "child-abuse-examination", // L5131-L5132
            "bb-home-care", // L5134-L5135
            "dialysis", // L5137
            "organ-donor-check", // L5139-L5140
            "death-certificate", // L5142
            "transport-service-certificate", // L5143
            "birth-injury", // L5145-L5146
            "gestational-diabetes", // L5148
            "cervical-screening", // L5149-L5150
            "hiv-from-blood-products", // L5152-L5157
            "clinical-drug-trial", // L5159-L5160
            "driving-licence-certificate-illness", // L5162-L5171
            "consultation", // L5173-L5174
            "womens-health-care", // L5177-L5181
            "learning-cafe", // L5185-L5189
            "mammography", // L5192-L5196
            "medication-collection-depot-injection", // L5198-L5199
            "organised-prostate-testing", // L5201-L5202
            "palliative-home-visit", // L5204-L5211
            "contraception-abortion-counselling", // L5213-L5220
            "tobacco-cessation", // L5225-L5226
            "psychiatry-exemption", // L5228-L5233
            "smittskydd", // L5235-L5251
            "lpt-care-certificate", // L5254-L5259
            "aged-85-plus", // L5285-L5291
            "upper-airway-free-return"); // L5293-L5301
    // Free items named in the A-Ö text and elsewhere.
    assertThat(keys)
        .contains(
            "acute-return-within-24h", // L4189-L4192
            "home-visit-medication-delivery", // L4202
            "internet-cbt-package", // L4272-L4276
            "inpatient-consultation", // L4278-L4282
            "child-health-programme-vaccination", // L5004-L5006
            "same-phone-call"); // L4047-L4050, decision R24
    // "Om både recept och sjukintyg utfärdas efter telefonsamtal, tas endast en avgift ut." (L4047-L4050)
    assertThat(reason("same-phone-call").onlyForServices()).as("pins R24: one fee per phone call, prescriptions and sick notes only")
        .containsExactlyInAnyOrder(se.rjl.patientfees.rules.model.Service.PRESCRIPTION, se.rjl.patientfees.rules.model.Service.SICK_NOTE);
    // "avgiftsfri vård t.o.m vecka 12 efter förlossningen" (L5145-L5146)
    assertThat(reason("birth-injury").freeWeeksAfterDelivery()).as("pins R36: twelve weeks after the delivery").isEqualTo(12);
    assertThat(reason("home-visit-medication-delivery").source().cite()).isEqualTo("L4199–L4202");
    assertThat(line(4202)).contains("Hembesök för medicinutdelning är avgiftsfritt");
    assertThat(reasons).as("33 table rows + 19 items named elsewhere").hasSize(52);
  }

  @Test
  void smittskyddIsTheOnlyReasonWithBasisSmittskydd() {
    List<FreeReason> smittskydd = book().freeReasons().stream().filter(r -> r.basis() == Basis.SMITTSKYDD).toList();
    assertThat(smittskydd).extracting(FreeReason::key).containsExactly("smittskydd");
    // L5235-L5237 "Vård enligt smittskyddslag (SFS 2004:168)"
    assertThat(smittskydd.get(0).source().cite()).isEqualTo("L5235–L5251");
    assertThat(lines(5235, 5237)).contains("Vård enligt", "smittskyddslag", "(SFS 2004:168)");
    assertThat(book().freeReasons()).filteredOn(r -> r.basis() != Basis.SMITTSKYDD).allMatch(r -> r.basis() == Basis.FREE);
  }

  @Test
  void notFreeItemsAreNotFreeReasons() {
    // L5264-L5266: "Anställda i Region Jönköpings län betalar patientavgift för öppen sjukvård." (refund by salary)
    assertThat(lines(5264, 5266)).contains("betalar patientavgift");
    Set<String> keys = new HashSet<>();
    book().freeReasons().forEach(r -> keys.add(r.key()));
    assertThat(keys).doesNotContain("region-employees", "frikort", "waiting-time-refund");
    assertThat(book().freeReasons()).noneMatch(r -> r.title().contains("regionanställda"));
  }

  @Test
  void smittskyddListIsThe28AllmanfarligaSjukdomarVerbatim() {
    // L5070 "Allmänfarliga sjukdomar", L5071-L5098 one bullet each.
    assertThat(line(5070).strip()).isEqualTo("Allmänfarliga sjukdomar");
    List<String> printed = Regelbok.seed().subList(5070, 5098).stream()
        .map(s -> s.strip().replaceFirst("^•", "").strip())
        .toList();
    assertThat(printed).hasSize(28);
    assertThat(book().smittskyddDiseases()).as("L5071-L5098").hasSize(28).containsExactlyElementsOf(printed);
    assertThat(book().smittskyddDiseases()).contains("Hepatit A, B, C, D, E", "Tuberkulos", "Apkoppsvirus");
  }

  private static FreeReason reason(String key) {
    return book().freeReason(key).orElseThrow(() -> new AssertionError("no free reason " + key));
  }
}
