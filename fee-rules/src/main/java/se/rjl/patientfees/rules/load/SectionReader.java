package se.rjl.patientfees.rules.load;

import static se.rjl.patientfees.rules.load.FeeCodeReader.bool;
import static se.rjl.patientfees.rules.load.FeeCodeReader.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.AidRules;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.CapRule;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.CopyTariff;
import se.rjl.patientfees.rules.model.FreeCertificate;
import se.rjl.patientfees.rules.model.FreeReason;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.MissedVisitRules;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.PatientGroup;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.model.VaccinationRule;
import se.rjl.patientfees.rules.yaml.YamlValue;

/** Reads the rulebook's sections other than the fee-code table. */
final class SectionReader {
  private final ReadContext ctx;

  SectionReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** {@code constants: {interpreter-fee: {amount: 310, source: L4356}}} */
  Map<String, NamedAmount> constants(YamlValue section) {
    Map<String, NamedAmount> out = new LinkedHashMap<>();
    YamlValue.Mapping all = section.mapping();
    if (all == null) {
      return out;
    }
    for (String key : all.keys()) {
      YamlValue v = all.optional(key);
      if (v == null) {
        all.owner().problem("empty", "constant '" + key + "' has no value");
        continue;
      }
      NamedAmount a = namedAmount(key, v);
      if (a != null) {
        out.put(key, a);
      }
    }
    all.finish();
    return out;
  }

  NamedAmount namedAmount(String key, YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    // An amount that follows from its formula may be left out: the loader computes it (FormulaAmounts).
    YamlValue amountValue = m.has("formula") ? m.optional("amount") : m.required("amount");
    Long amount = amountValue == null ? (m.has("formula") ? Long.valueOf(FormulaAmounts.PENDING) : null) : amountValue.amountInOre();
    String formula = text(m, "formula", false);
    String description = text(m, "description", false);
    Source source = ctx.source(m);
    m.finish();
    return amount == null || source == null ? null : new NamedAmount(key, amount, formula, description, source, v.location());
  }

  /** {@code ageBands: {child: {from: 0, until: 20, by: birthday, source: L5119-L5121}}} */
  Map<String, AgeBand> ageBands(YamlValue section) {
    Map<String, AgeBand> out = new LinkedHashMap<>();
    YamlValue.Mapping all = section.mapping();
    if (all == null) {
      return out;
    }
    for (String key : all.keys()) {
      YamlValue v = all.optional(key);
      if (v == null) {
        all.owner().problems().add(all.keyLocation(key), "empty", "age band '" + key + "' has no value");
        continue;
      }
      YamlValue.Mapping m = v.mapping();
      if (m == null) {
        continue;
      }
      YamlValue fromValue = m.required("from");
      Integer from = fromValue == null ? null : fromValue.integer(0, 150);
      YamlValue untilValue = m.optional("until");
      Integer until = untilValue == null ? Integer.valueOf(AgeBand.OPEN) : untilValue.integer(1, 151);
      YamlValue byValue = m.required("by");
      AgeSemantics by = byValue == null ? null : byValue.enumValue(AgeSemantics.class);
      m.optional("wording");
      Source source = ctx.source(m);
      m.finish();
      if (from != null && until != null && until <= from) {
        untilValue.problem("bad-interval", "age band '" + key + "' ends (" + until + ") before it starts (" + from + ")");
        continue;
      }
      if (from != null && until != null && by != null && source != null) {
        out.put(key, new AgeBand(key, from, until, by, source));
      }
    }
    all.finish();
    return out;
  }

  CapRule cap(String key, YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue amountValue = m.required("amount");
    Long amount = amountValue == null ? null : amountValue.amountInOre();
    YamlValue monthsValue = m.required("periodMonths");
    Integer months = monthsValue == null ? null : monthsValue.integer(1, 60);
    List<String> qualifying = m.optional("qualifying") == null ? List.of() : m.optional("qualifying").textList();
    List<String> notQualifying =
        m.optional("notQualifying") == null ? List.of() : m.optional("notQualifying").textList();
    Source source = ctx.source(m);
    m.finish();
    return amount == null || months == null || source == null
        ? null
        : new CapRule(key, amount, months, qualifying, notQualifying, source);
  }

  InpatientTariff inpatient(YamlValue v, Map<String, NamedAmount> constants) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue bandsValue = m.required("dayBands");
    List<InpatientTariff.DayBand> bands = bandsValue == null ? List.of() : bandsValue.listOf(this::dayBand);
    if (bandsValue != null && bandsValue.isList() && bandsValue.list().isEmpty()) {
      bandsValue.problem("empty", "inpatient.dayBands must list at least one band");
    }
    String freeAge = text(m, "freeAgeBand", true);
    List<InpatientTariff.InpatientExemption> exempt = FeeCodeReader.list(m, "exemptGroups", this::exemption);
    YamlValue foreign = m.required("foreignPerDay");
    NamedAmount foreignPerDay = foreign == null ? null : namedAmount("inpatient.foreignPerDay", foreign);
    YamlValue abroad = m.required("swedeAbroadPlannedPerDay");
    NamedAmount abroadPerDay = abroad == null ? null : namedAmount("inpatient.swedeAbroadPlannedPerDay", abroad);
    YamlValue leave = m.required("leaveMinHours");
    Integer leaveHours = leave == null ? null : leave.integer(1, 24);
    boolean cap = bool(m, "countsTowardCap", false);
    Source source = ctx.source(m);
    m.finish();
    if (bands.isEmpty() || freeAge == null || foreignPerDay == null || abroadPerDay == null || leaveHours == null || source == null) {
      return null;
    }
    return new InpatientTariff(bands, freeAge, exempt, foreignPerDay, abroadPerDay, leaveHours, cap, source);
  }

  private InpatientTariff.DayBand dayBand(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue fromValue = m.required("fromDay");
    Integer from = fromValue == null ? null : fromValue.integer(1, 10_000);
    YamlValue toValue = m.optional("toDay");
    Integer to = toValue == null ? Integer.valueOf(0) : toValue.integer(1, 10_000);
    YamlValue amountValue = m.required("amount");
    Long amount = amountValue == null ? null : amountValue.amountInOre();
    Source source = ctx.source(m);
    m.finish();
    return from == null || to == null || amount == null || source == null
        ? null
        : new InpatientTariff.DayBand(from, to, amount, source, v.location());
  }

  private InpatientTariff.InpatientExemption exemption(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String key = text(m, "key", true);
    String title = text(m, "title", true);
    Source source = ctx.source(m);
    m.finish();
    return key == null || title == null || source == null ? null : new InpatientTariff.InpatientExemption(key, title, source);
  }

  se.rjl.patientfees.rules.model.OutpatientRules outpatient(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    Integer wait = intOf(m, "waitingTimeRefundMinutes", 1, 600);
    Integer acute = intOf(m, "acuteReturnHours", 1, 240);
    Integer uri = intOf(m, "upperAirwayFreeReturnDays", 1, 60);
    YamlValue timeValue = m.required("outOfHoursFrom");
    java.time.LocalTime from = null;
    if (timeValue != null) {
      String t = timeValue.text();
      try {
        from = t == null ? null : java.time.LocalTime.parse(t);
      } catch (java.time.format.DateTimeParseException e) {
        timeValue.problem("wrong-type", timeValue.path() + " must be a time written HH:MM, not '" + t + "'");
      }
    }
    String dentalFree = text(m, "dentalFreeAgeBand", false);
    Source source = ctx.source(m);
    m.finish();
    return wait == null || acute == null || uri == null || from == null || source == null
        ? null
        : new se.rjl.patientfees.rules.model.OutpatientRules(wait, acute, uri, from, source, dentalFree);
  }

  MissedVisitRules missedVisits(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue hours = m.required("primaryCareNoticeHours");
    Integer h = hours == null ? null : hours.integer(1, 240);
    YamlValue days = m.required("specialistNoticeWorkingDays");
    Integer d = days == null ? null : days.integer(1, 30);
    boolean eves = bool(m, "evesAreNonWorkingDays", true);
    Source source = ctx.source(m);
    m.finish();
    return h == null || d == null || source == null ? null : new MissedVisitRules(h, d, eves, source);
  }

  List<CertificateTariff> certificates(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String key = text(m, "key", true);
          String title = text(m, "title", true);
          YamlValue net = m.required("net");
          Long netOre = net == null ? null : net.amountInOre();
          YamlValue rate = m.required("vatPercent");
          Integer vat = rate == null ? null : rate.integer(0, 100);
          YamlValue gross = m.required("gross");
          Long grossOre = gross == null ? null : gross.amountInOre();
          boolean perHour = bool(m, "perHour", false);
          List<String> examples = m.optional("examples") == null ? List.of() : m.optional("examples").textList();
          YamlValue payerValue = m.optional("payer");
          CertificateTariff.Payer payer = payerValue == null ? CertificateTariff.Payer.PATIENT
              : payerValue.enumValue(CertificateTariff.Payer.class);
          boolean included = bool(m, "includedInChargedContact", false);
          boolean nationalOnly = bool(m, "nationalTariffDoctorsOnly", false);
          Source source = ctx.source(m);
          m.finish();
          return key == null || title == null || netOre == null || vat == null || grossOre == null || source == null
                  || payer == null
              ? null
              : new CertificateTariff(key, title, netOre, vat, grossOre, perHour, examples, source, v.location(), payer, included,
                  nationalOnly);
        });
  }

  /** {@code freeCertificates: [{key, title, source}]} (optional section). */
  List<FreeCertificate> freeCertificates(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String key = text(m, "key", true);
          String title = text(m, "title", true);
          Source source = ctx.source(m);
          m.finish();
          return key == null || title == null || source == null ? null : new FreeCertificate(key, title, source);
        });
  }

  /** {@code otherCharges: [{key, title, amount, direction, note, source}]} (optional section). */
  List<se.rjl.patientfees.rules.model.OtherCharge> otherCharges(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String key = text(m, "key", true);
          String title = text(m, "title", true);
          Long amount = amountOf(m, "amount");
          YamlValue dirValue = m.required("direction");
          var direction = dirValue == null ? null : dirValue.enumValue(se.rjl.patientfees.rules.model.OtherCharge.Direction.class);
          String note = text(m, "note", false);
          String perUnit = text(m, "perUnit", false);
          Integer noticeHours = m.optional("noticeHours") == null ? null : intOf(m, "noticeHours", 1, 240);
          boolean workingDaysOnly = bool(m, "noticeCountsWorkingDaysOnly", false);
          boolean residentsOnly = bool(m, "countyResidentsOnly", false);
          List<se.rjl.patientfees.rules.model.OtherCharge.Exclusion> exclusions = new java.util.ArrayList<>();
          YamlValue ex = m.optional("exclusions");
          if (ex != null) {
            exclusions = ex.listOf(e -> {
              YamlValue.Mapping em = e.mapping();
              if (em == null) {
                return null;
              }
              String ek = text(em, "key", true);
              String et = text(em, "title", true);
              em.finish();
              return ek == null || et == null ? null : new se.rjl.patientfees.rules.model.OtherCharge.Exclusion(ek, et);
            });
          }
          Source source = ctx.source(m);
          m.finish();
          return key == null || title == null || amount == null || direction == null || source == null
              ? null
              : new se.rjl.patientfees.rules.model.OtherCharge(key, title, amount, direction, note, source, perUnit,
                  noticeHours, workingDaysOnly, residentsOnly, exclusions);
        });
  }

  CopyTariff copies(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    Integer free = intOf(m, "freePages", 0, 1000);
    Integer base = intOf(m, "basePages", 1, 1000);
    Long baseOre = amountOf(m, "baseAmount");
    Long perPage = amountOf(m, "perPage");
    Long cd = amountOf(m, "cd");
    Long video = amountOf(m, "video");
    Long ultrasound = amountOf(m, "ultrasoundImage");
    // Each free recipient is a text, or {key, title} so that a request can name it.
    List<String> freeRecipients = new ArrayList<>();
    List<CopyTariff.Recipient> recipients = new ArrayList<>();
    YamlValue recipientsValue = m.optional("freeRecipients");
    if (recipientsValue != null) {
      for (YamlValue r : recipientsValue.list()) {
        if (r.isMapping()) {
          YamlValue.Mapping rm = r.mapping();
          String key = text(rm, "key", true);
          String title = text(rm, "title", true);
          rm.finish();
          if (key != null && title != null) {
            if (recipients.stream().anyMatch(x -> x.key().equals(key))) {
              r.problem("duplicate-key", "free recipient key '" + key + "' is used twice");
            }
            recipients.add(new CopyTariff.Recipient(key, title));
            freeRecipients.add(title);
          }
        } else {
          String title = r.text();
          if (title != null) {
            freeRecipients.add(title);
          }
        }
      }
    }
    Source source = ctx.source(m);
    m.finish();
    if (free == null || base == null || baseOre == null || perPage == null || cd == null || video == null
        || ultrasound == null || source == null) {
      return null;
    }
    return new CopyTariff(free, base, baseOre, perPage, cd, video, ultrasound, freeRecipients, source, recipients);
  }

  List<VaccinationRule> vaccinations(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String vaccine = text(m, "vaccine", true);
          String title = text(m, "title", true);
          String band = text(m, "freeAgeBand", false);
          boolean risk = bool(m, "freeForRiskGroups", false);
          boolean vaccineFree = bool(m, "vaccineAlwaysFree", false);
          boolean residentsOnly = bool(m, "residentsOnly", false);
          Source source = ctx.source(m);
          m.finish();
          return vaccine == null || title == null || source == null
              ? null
              : new VaccinationRule(vaccine, title, band, risk, vaccineFree, source, residentsOnly);
        });
  }

  List<FreeReason> freeReasons(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String key = text(m, "key", true);
          String title = text(m, "title", true);
          YamlValue basisValue = m.optional("basis");
          Basis basis = basisValue == null ? Basis.FREE : basisValue.enumValue(Basis.class);
          Integer weeks = m.optional("freeWeeksAfterDelivery") == null ? null : intOf(m, "freeWeeksAfterDelivery", 1, 104);
          java.util.Set<se.rjl.patientfees.rules.model.Service> services = new java.util.HashSet<>();
          YamlValue only = m.optional("onlyForServices");
          if (only != null) {
            for (YamlValue one : only.listOrOne()) {
              var s = one.enumValue(se.rjl.patientfees.rules.model.Service.class);
              if (s != null) {
                services.add(s);
              }
            }
          }
          Source source = ctx.source(m);
          m.finish();
          if (basis != null && basis != Basis.FREE && basis != Basis.SMITTSKYDD) {
            basisValue.problem("bad-basis", basisValue.path() + ": a free reason's basis is 'free' or 'smittskydd'");
            return null;
          }
          return key == null || title == null || basis == null || source == null ? null
              : new FreeReason(key, title, basis, source, weeks, services);
        });
  }

  List<String> smittskydd(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return List.of();
    }
    YamlValue diseases = m.required("diseases");
    List<String> out = diseases == null ? new ArrayList<>() : diseases.textList();
    ctx.source(m);
    m.finish();
    return out;
  }

  List<PatientGroup> patientGroups(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String key = text(m, "key", true);
          String title = text(m, "title", true);
          YamlValue c = m.optional("countries");
          List<String> countries = c == null ? List.of() : c.textList();
          Source source = ctx.source(m);
          m.finish();
          return key == null || title == null || source == null ? null : new PatientGroup(key, title, countries, source);
        });
  }

  List<AidItem> aids(YamlValue section) {
    return section.listOf(
        v -> {
          YamlValue.Mapping m = v.mapping();
          if (m == null) {
            return null;
          }
          String key = text(m, "key", true);
          String area = text(m, "area", true);
          String title = text(m, "title", true);
          YamlValue kindValue = m.required("kind");
          AidItem.AidKind kind = kindValue == null ? null : kindValue.enumValue(AidItem.AidKind.class);
          YamlValue amountValue = m.optional("amount");
          Long amount = amountValue == null ? Long.valueOf(0) : amountValue.amountInOre();
          YamlValue pct = m.optional("percent");
          Integer percent = pct == null ? Integer.valueOf(0) : pct.integer(1, 100);
          String unit = text(m, "unit", false);
          String band = text(m, "ageBand", false);
          String group = text(m, "group", false);
          boolean cap = bool(m, "countsTowardAidsCap", false);
          String note = text(m, "note", false);
          AidRules rules = aidRules(m, kind, key);
          Source source = ctx.source(m);
          m.finish();
          if (kind == AidItem.AidKind.PERCENT_OF_PRICE || kind == AidItem.AidKind.PERCENT_GRANT) {
            if (pct == null) {
              m.owner().problem("missing-key", m.owner().path() + " (" + key + ") needs 'percent' for kind " + YamlValue.kebab(kind));
            }
          }
          return key == null || area == null || title == null || kind == null || amount == null || percent == null || source == null
                  || rules == null
              ? null
              : new AidItem(key, area, title, kind, amount, percent, unit, band, group, cap, note, source, rules);
        });
  }

  /**
   * The optional selection and limit keys of an aids row: {@code products}, {@code kcal}, {@code
   * wheelInches}, {@code conditions}, {@code grantIs}, {@code limit}, {@code amountPer}, {@code
   * prescriptionValidYears}, {@code oneFeeIfBilateral}. Null when one of them is wrong (reported).
   */
  private AidRules aidRules(YamlValue.Mapping m, AidItem.AidKind kind, String key) {
    boolean ok = true;
    YamlValue productsValue = m.optional("products");
    List<String> products = productsValue == null ? List.of() : keyList(productsValue);
    AidRules.KcalRange kcal = null;
    YamlValue kcalValue = m.optional("kcal");
    if (kcalValue != null) {
      YamlValue.Mapping km = kcalValue.mapping();
      if (km == null) {
        ok = false;
      } else {
        YamlValue fromValue = km.required("from");
        Integer from = fromValue == null ? null : fromValue.integer(0, 100_000);
        YamlValue toValue = km.optional("to");
        Integer to = toValue == null ? Integer.valueOf(Integer.MAX_VALUE) : toValue.integer(0, 100_000);
        km.finish();
        if (from == null || to == null) {
          ok = false;
        } else if (to < from) {
          toValue.problem("bad-interval", toValue.path() + ": the kcal range ends (" + to + ") before it starts (" + from + ")");
          ok = false;
        } else {
          kcal = new AidRules.KcalRange(from, to);
        }
      }
    }
    AidRules.WheelSize wheel = null;
    YamlValue wheelValue = m.optional("wheelInches");
    if (wheelValue != null) {
      YamlValue.Mapping wm = wheelValue.mapping();
      if (wm == null) {
        ok = false;
      } else {
        YamlValue atMostValue = wm.optional("atMost");
        YamlValue aboveValue = wm.optional("above");
        Integer atMost = atMostValue == null ? null : atMostValue.integer(1, 100);
        Integer above = aboveValue == null ? null : aboveValue.integer(1, 100);
        String orAge = text(wm, "orAgeBand", false);
        wm.finish();
        if ((atMostValue == null) == (aboveValue == null)) {
          wheelValue.problem("contradictory", wheelValue.path() + " needs exactly one of 'atMost' and 'above'");
          ok = false;
        } else if (atMost == null && above == null) {
          ok = false;
        } else {
          wheel = new AidRules.WheelSize(atMost, above, orAge);
        }
      }
    }
    YamlValue conditionsValue = m.optional("conditions");
    List<String> conditions = conditionsValue == null ? List.of() : keyList(conditionsValue);
    YamlValue grantValue = m.optional("grantIs");
    AidRules.GrantBasis grantBasis = grantValue == null ? AidRules.GrantBasis.UP_TO_AMOUNT : grantValue.enumValue(AidRules.GrantBasis.class);
    if (grantValue != null && kind != null && kind != AidItem.AidKind.GRANT) {
      grantValue.problem("contradictory", grantValue.path() + " (" + key + "): 'grantIs' is only for kind grant");
      ok = false;
    }
    AidRules.Limit limit = null;
    YamlValue limitValue = m.optional("limit");
    if (limitValue != null) {
      YamlValue.Mapping lm = limitValue.mapping();
      if (lm == null) {
        ok = false;
      } else {
        YamlValue countValue = lm.required("count");
        Integer count = countValue == null ? null : countValue.integer(1, 1000);
        YamlValue perValue = lm.required("per");
        AidRules.LimitPeriod per = perValue == null ? null : perValue.enumValue(AidRules.LimitPeriod.class);
        lm.finish();
        if (count == null || per == null) {
          ok = false;
        } else {
          limit = new AidRules.Limit(count, per);
        }
      }
    }
    YamlValue amountPerValue = m.optional("amountPer");
    AidRules.LimitPeriod amountPer = amountPerValue == null ? null : amountPerValue.enumValue(AidRules.LimitPeriod.class);
    if (amountPerValue != null && kind != null && kind != AidItem.AidKind.GRANT) {
      amountPerValue.problem("contradictory", amountPerValue.path() + " (" + key + "): 'amountPer' is only for kind grant");
      ok = false;
    }
    YamlValue validValue = m.optional("prescriptionValidYears");
    Integer valid = validValue == null ? Integer.valueOf(0) : validValue.integer(1, 50);
    boolean bilateral = bool(m, "oneFeeIfBilateral", false);
    if (bilateral && kind != null && kind != AidItem.AidKind.FEE) {
      m.optional("oneFeeIfBilateral").problem("contradictory", key + ": 'oneFeeIfBilateral' is only for kind fee");
      ok = false;
    }
    if (!ok || grantBasis == null || (amountPerValue != null && amountPer == null) || valid == null) {
      return null;
    }
    return new AidRules(products, kcal, wheel, conditions, grantBasis, limit, amountPer, valid, bilateral);
  }

  /** A list of keys (lower case, digits and hyphens), or one key. */
  private static List<String> keyList(YamlValue v) {
    List<String> out = new ArrayList<>();
    for (YamlValue item : v.listOrOne()) {
      String s = item.text();
      if (s == null) {
        continue;
      }
      if (!s.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        item.problem("bad-key", item.path() + ": '" + s + "' is not a key (lower case words joined by hyphens)");
        continue;
      }
      out.add(s);
    }
    return out;
  }

  private static Integer intOf(YamlValue.Mapping m, String key, int min, int max) {
    YamlValue v = m.required(key);
    return v == null ? null : v.integer(min, max);
  }

  private static Long amountOf(YamlValue.Mapping m, String key) {
    YamlValue v = m.required(key);
    return v == null ? null : v.amountInOre();
  }
}
