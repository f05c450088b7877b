package se.rjl.patientfees.finance.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.rjl.patientfees.finance.report.Kr;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.AidRules;
import se.rjl.patientfees.rules.model.CapRule;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.CopyTariff;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.FreeCertificate;
import se.rjl.patientfees.rules.model.FreeReason;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.PatientGroup;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Selector;
import se.rjl.patientfees.rules.model.VaccinationRule;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Turns a rulebook into {@link Entry entries} keyed the way the rulebook keys them: fee-code rows by
 * {@code key}, constants and age bands by name, certificates, aids, free reasons and patient groups
 * by {@code key}, vaccinations by {@code vaccine}, inpatient day bands by their first day. Amounts
 * are written in kronor; selectors as one canonical line each.
 */
final class Flattener {
  private Flattener() {}

  static List<Entry> flatten(Rulebook b) {
    List<Entry> out = new ArrayList<>();
    var info = b.info();
    out.add(new Entry("rulebook", "", info.source())
        .put("id", info.id()).put("title", info.title()).put("region", info.region())
        .put("validFrom", info.validFrom()).put("validTo", info.validTo())
        .put("currency", info.currency()).put("document", info.document()));

    for (NamedAmount c : new TreeMap<>(b.constants()).values()) {
      out.add(namedAmount("constants", c.key(), c));
    }
    for (AgeBand a : new TreeMap<>(b.ageBands()).values()) {
      out.add(new Entry("ageBands", a.key(), a.source())
          .put("from", a.fromYears())
          .put("until", a.untilYears() == AgeBand.OPEN ? "(open)" : String.valueOf(a.untilYears()))
          .put("by", YamlValue.kebab(a.semantics())));
    }
    cap(out, b.outpatientCap(), "outpatient");
    cap(out, b.aidsCap(), "aids");
    for (FeeCodeRow r : b.feeCodes()) {
      out.add(feeCode(r));
    }
    if (b.outpatient() != null) {
      var o = b.outpatient();
      out.add(new Entry("outpatient", "", o.source())
          .put("waitingTimeRefundMinutes", o.waitingTimeRefundMinutes())
          .put("acuteReturnHours", o.acuteReturnHours())
          .put("upperAirwayFreeReturnDays", o.upperAirwayFreeReturnDays())
          .put("outOfHoursFrom", o.outOfHoursFrom()));
    }
    if (b.inpatient() != null) {
      InpatientTariff t = b.inpatient();
      out.add(new Entry("inpatient", "", t.source())
          .put("freeAgeBand", t.freeAgeBand()).put("leaveMinHours", t.leaveMinHours())
          .put("countsTowardCap", t.countsTowardCap()));
      for (InpatientTariff.DayBand d : t.dayBands()) {
        out.add(new Entry("inpatient.dayBands", String.valueOf(d.fromDay()), d.source())
            .put("toDay", d.toDay() == 0 ? "(open)" : String.valueOf(d.toDay()))
            .put("amount", Kr.text(d.amountOre())));
      }
      for (InpatientTariff.InpatientExemption e : t.exemptGroups()) {
        out.add(new Entry("inpatient.exemptGroups", e.key(), e.source()).put("title", e.title()));
      }
      if (t.foreignPerDay() != null) {
        out.add(namedAmount("inpatient.foreignPerDay", "", t.foreignPerDay()));
      }
      if (t.swedeAbroadPlannedPerDay() != null) {
        out.add(namedAmount("inpatient.swedeAbroadPlannedPerDay", "", t.swedeAbroadPlannedPerDay()));
      }
    }
    if (b.missedVisits() != null) {
      var m = b.missedVisits();
      out.add(new Entry("missedVisits", "", m.source())
          .put("primaryCareNoticeHours", m.primaryCareNoticeHours())
          .put("specialistNoticeWorkingDays", m.specialistNoticeWorkingDays())
          .put("evesAreNonWorkingDays", m.evesAreNonWorkingDays()));
    }
    for (CertificateTariff c : b.certificates()) {
      out.add(new Entry("certificates", c.key(), c.source())
          .put("title", c.title()).put("net", Kr.text(c.netOre())).put("vatPercent", c.vatRatePercent())
          .put("gross", Kr.text(c.grossOre())).put("perHour", c.perHour()).put("examples", c.examples())
          .put("payer", YamlValue.kebab(c.payer())));
    }
    for (FreeCertificate c : b.freeCertificates()) {
      out.add(new Entry("freeCertificates", c.key(), c.source()).put("title", c.title()));
    }
    if (b.copies() != null) {
      CopyTariff c = b.copies();
      out.add(new Entry("copies", "", c.source())
          .put("freePages", c.freePages()).put("basePages", c.basePages()).put("baseAmount", Kr.text(c.baseOre()))
          .put("perPage", Kr.text(c.perPageOre())).put("cd", Kr.text(c.cdOre())).put("video", Kr.text(c.videoOre()))
          .put("ultrasoundImage", Kr.text(c.ultrasoundImageOre())).put("freeRecipients", c.freeRecipients())
          .put("recipients", c.recipients().stream().map(r -> r.key() + ": " + r.title()).toList()));
    }
    for (VaccinationRule v : b.vaccinations()) {
      out.add(new Entry("vaccinations", v.vaccine(), v.source())
          .put("title", v.title()).put("freeAgeBand", v.freeAgeBand()).put("freeForRiskGroups", v.freeForRiskGroups())
          .put("vaccineAlwaysFree", v.vaccineAlwaysFree()));
    }
    for (FreeReason r : b.freeReasons()) {
      out.add(new Entry("freeReasons", r.key(), r.source()).put("title", r.title()).put("basis", YamlValue.kebab(r.basis())));
    }
    out.add(new Entry("smittskydd", "", null).put("diseases", b.smittskyddDiseases()));
    for (PatientGroup g : b.patientGroups()) {
      out.add(new Entry("patientGroups", g.key(), g.source()).put("title", g.title()).put("countries", g.countries()));
    }
    for (AidItem a : b.aids()) {
      out.add(aid(a));
    }
    for (se.rjl.patientfees.rules.model.OtherCharge c : b.otherCharges()) {
      out.add(new Entry("otherCharges", c.key(), c.source()).put("title", c.title()).put("amount", Kr.text(c.amountOre()))
          .put("direction", YamlValue.kebab(c.direction())).put("note", c.note()));
    }
    return out;
  }

  private static Entry namedAmount(String section, String key, NamedAmount c) {
    return new Entry(section, key, c.source())
        .put("amount", Kr.text(c.amountOre())).put("formula", c.formula()).put("description", c.description());
  }

  private static void cap(List<Entry> out, CapRule c, String key) {
    if (c == null) {
      return;
    }
    out.add(new Entry("caps", key, c.source())
        .put("amount", Kr.text(c.amountOre())).put("periodMonths", c.periodMonths())
        .put("qualifying", c.qualifying()).put("notQualifying", c.notQualifying()));
  }

  private static Entry feeCode(FeeCodeRow r) {
    return new Entry("feeCodes", r.key(), r.source())
        .put("code", r.code() == null ? "(utan kod)" : r.code())
        .put("product", r.product())
        .put("amount", Kr.text(r.amountOre()))
        .put("fullPrice", r.fullPrice())
        .put("countsTowardCap", r.countsTowardCap())
        .put("printedAge", r.printedAge())
        .put("description", r.description())
        .put("formula", r.formula())
        .put("validFrom", r.validFrom())
        .put("validTo", r.validTo())
        .put("overrides", r.overrides().isEmpty() ? null : r.overrides())
        .put("unreachableBecause", r.unreachableBecause())
        .put("match", r.selectors().isEmpty() ? null : r.selectors().stream().map(Flattener::selector).toList());
  }

  private static Entry aid(AidItem a) {
    Entry e = new Entry("aids", a.key(), a.source())
        .put("area", a.area()).put("title", a.title()).put("kind", YamlValue.kebab(a.kind()))
        .put("amount", Kr.text(a.amountOre())).put("percent", a.percent() == 0 ? null : a.percent())
        .put("unit", a.unit()).put("ageBand", a.ageBand()).put("group", a.group())
        .put("countsTowardAidsCap", a.countsTowardAidsCap()).put("note", a.note());
    AidRules r = a.rules();
    if (r != null && !r.equals(AidRules.NONE)) {
      e.put("products", r.products().isEmpty() ? null : r.products())
          .put("kcal", r.kcal() == null ? null : r.kcal().describe())
          .put("wheel", r.wheel() == null ? null : r.wheel().describe()
              + (r.wheel().orAgeBand() == null ? "" : " eller ålder " + r.wheel().orAgeBand()))
          .put("conditions", r.conditions().isEmpty() ? null : r.conditions())
          .put("grantBasis", YamlValue.kebab(r.grantBasis()))
          .put("limit", r.limit() == null ? null : r.limit().count() + " per " + YamlValue.kebab(r.limit().per()))
          .put("amountPer", r.amountPer() == null ? null : YamlValue.kebab(r.amountPer()))
          .put("prescriptionValidYears", r.prescriptionValidYears() == 0 ? null : r.prescriptionValidYears())
          .put("oneFeeIfBilateral", r.oneFeeIfBilateral() ? Boolean.TRUE : null);
    }
    return e;
  }

  /**
   * One selector as a canonical line: dimensions in the format's order, each as its sorted values;
   * a dimension that takes every value (or its default) is left out, as in the file.
   */
  static String selector(Selector s) {
    StringBuilder b = new StringBuilder();
    dim(b, "service", s.services(), null);
    dim(b, "event", s.events(), Selector.DEFAULT_EVENTS);
    dim(b, "profession", s.professions(), all(se.rjl.patientfees.rules.model.Profession.class));
    dim(b, "careLevel", s.levels(), all(se.rjl.patientfees.rules.model.Level.class));
    dim(b, "tariff", s.tariffs(), Selector.DEFAULT_TARIFFS);
    dim(b, "basis", s.bases(), Selector.DEFAULT_BASES);
    dim(b, "setting", s.settings(), all(se.rjl.patientfees.rules.model.Setting.class));
    dim(b, "referral", s.referrals(), all(se.rjl.patientfees.rules.model.Referral.class));
    dim(b, "urgency", s.urgencies(), all(se.rjl.patientfees.rules.model.Urgency.class));
    if (!s.interpreter().equals(Selector.DEFAULT_INTERPRETER)) {
      b.append(" interpreter=").append(new java.util.TreeSet<>(s.interpreter()));
    }
    if (s.age() != null && !s.age().isAllAges()) {
      b.append(" age=").append(s.age().key());
    }
    if (s.countsTowardCapOverride() != null) {
      b.append(" countsTowardCap=").append(s.countsTowardCapOverride());
    }
    if (s.amountOverrideOre() != null) {
      b.append(" amount=").append(Kr.text(s.amountOverrideOre()));
    }
    return b.toString().trim();
  }

  private static <E extends Enum<E>> Set<E> all(Class<E> type) {
    return EnumSet.allOf(type);
  }

  private static <E extends Enum<E>> void dim(StringBuilder b, String name, Set<E> values, Set<E> dflt) {
    if (dflt != null && values.equals(dflt)) {
      return;
    }
    List<E> sorted = new ArrayList<>(values);
    sorted.sort(null);
    b.append(' ').append(name).append('=');
    if (sorted.size() == 1) {
      b.append(YamlValue.kebab(sorted.get(0)));
    } else {
      b.append('[').append(String.join(",", sorted.stream().map(YamlValue::kebab).toList())).append(']');
    }
  }

  /** The entries by id, in order. */
  static Map<String, Entry> byId(List<Entry> entries) {
    Map<String, Entry> m = new java.util.LinkedHashMap<>();
    for (Entry e : entries) {
      m.put(e.id(), e);
    }
    return m;
  }
}
