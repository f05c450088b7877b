package se.rjl.patientfees.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.PriorVisit;
import se.rjl.patientfees.engine.input.Referral;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.engine.input.Vaccination;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.YamlParser;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Reads scenario files (docs/scenarios.md): strictly, with file:line:column for every problem, like
 * rulebooks. A broken scenario file is an error, never a silently skipped case.
 */
public final class ScenarioReader {
  private ScenarioReader() {}

  /** All {@code .yaml} files under the given files or folders, sorted by path. */
  public static List<Path> files(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
        }
      } else {
        out.add(root);
      }
    }
    return out;
  }

  public static List<ScenarioCase> read(Path file) throws IOException {
    return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static List<ScenarioCase> read(String file, String text) {
    Problems problems = new Problems();
    YamlValue root = YamlParser.parse(file, text, problems);
    List<ScenarioCase> cases = new ArrayList<>();
    if (root != null) {
      YamlValue.Mapping m = root.mapping();
      if (m != null) {
        m.optional("section");
        m.optional("source");
        m.optional("rulebook");
        YamlValue list = m.required("cases");
        if (list != null) {
          for (YamlValue c : list.list()) {
            ScenarioCase sc = readCase(file, c);
            if (sc != null) {
              cases.add(sc);
            }
          }
        }
        m.finish();
      }
    }
    problems.throwIfAny();
    return cases;
  }

  /** The step keys a case may have; exactly one of them. */
  private static final List<String> STEP_KEYS = List.of("contact", "contacts", "stay", "certificate", "copies", "aid", "aids", "steps");

  private static ScenarioCase readCase(String file, YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String name = text(m, "name", true);
    String source = text(m, "source", true);
    List<String> decisions = m.optional("decisions") == null ? List.of() : m.optional("decisions").textList();
    YamlValue patientValue = m.optional("patient");
    YamlValue cardValue = m.optional("card");
    se.rjl.patientfees.engine.ledger.RegistryCard card = cardValue == null ? null : readCard(cardValue);
    String stepKey = null;
    YamlValue stepValue = null;
    for (String key : STEP_KEYS) {
      YamlValue sv = m.optional(key);
      if (sv == null) {
        continue;
      }
      if (stepKey != null) {
        sv.problem("contradictory", "give one of " + String.join(", ", STEP_KEYS) + ", not both '" + stepKey + "' and '" + key + "'");
        continue;
      }
      stepKey = key;
      stepValue = sv;
    }
    List<Pending> stepValues = new ArrayList<>();
    if (stepKey == null) {
      m.owner().problem("missing-key", m.owner().path() + " needs 'contact' or 'contacts' (or stay, certificate, copies, aid, aids, steps)");
    } else {
      switch (stepKey) {
        case "contacts" -> stepValue.list().forEach(x -> stepValues.add(new Pending("contact", x)));
        case "aids" -> stepValue.list().forEach(x -> stepValues.add(new Pending("aid", x)));
        case "steps" -> {
          for (YamlValue item : stepValue.list()) {
            YamlValue.Mapping im = item.mapping();
            if (im == null) {
              continue;
            }
            String found = null;
            for (String k : List.of("contact", "stay", "certificate", "copies", "aid", "receipt", "reverse", "correct")) {
              YamlValue x = im.optional(k);
              if (x == null) {
                continue;
              }
              if (found != null) {
                x.problem("contradictory", "a step is one of contact, stay, certificate, copies, aid, receipt, reverse or correct, not both '"
                    + found + "' and '" + k + "'");
                continue;
              }
              found = k;
              stepValues.add(new Pending(k, x));
            }
            im.finish();
            if (found == null) {
              item.problem("missing-key", item.path() + " needs one of contact, stay, certificate, copies, aid, receipt, reverse, correct");
            }
          }
        }
        default -> stepValues.add(new Pending(stepKey, stepValue));
      }
      if (stepValues.isEmpty()) {
        stepValue.problem("empty", stepValue.path() + " has no steps");
      }
    }
    List<ScenarioCase.Step> steps = new ArrayList<>();
    boolean needsPatient = false;
    for (Pending p : stepValues) {
      String kind = p.kind();
      YamlValue sv = p.value();
      needsPatient |= kind.equals("contact") || kind.equals("stay") || kind.equals("aid");
      ScenarioCase.Step s = switch (kind) {
        case "contact" -> readStep(sv);
        case "stay" -> readStay(sv);
        case "certificate" -> readCertificate(sv);
        case "copies" -> readCopies(sv);
        case "receipt", "reverse", "correct" -> readLedgerEvent(sv, kind);
        default -> readAid(sv);
      };
      if (s != null) {
        steps.add(s);
      }
    }
    ScenarioCase.PatientInput patient = patientValue == null ? null : readPatient(patientValue);
    if (patientValue == null && needsPatient) {
      m.owner().problem("missing-key", m.owner().path() + " needs the key 'patient'");
    }
    m.finish();
    if (name == null || source == null || (patient == null && needsPatient) || stepValues.isEmpty()
        || steps.size() != stepValues.size() || cardValue != null && card == null) {
      return null;
    }
    return new ScenarioCase(file, name, source, decisions, patient, steps, v.location(), card);
  }

  /** A step still to read: its kind (contact, stay, certificate, copies, aid) and its value. */
  private record Pending(String kind, YamlValue value) {}

  private static ScenarioCase.PatientInput readPatient(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue birth = m.optional("birthDate");
    YamlValue pnr = m.optional("personnummer");
    LocalDate birthDate = null;
    String personnummer = null;
    if (birth != null && pnr != null) {
      pnr.problem("contradictory", "give either birthDate or personnummer");
    } else if (birth != null) {
      birthDate = birth.date();
    } else if (pnr != null) {
      personnummer = pnr.text();
    } else {
      m.owner().problem("missing-key", "the patient needs birthDate or personnummer");
    }
    YamlValue resValue = m.required("residence");
    Residence residence = resValue == null ? null : resValue.enumValue(Residence.class);
    boolean euCard = bool(m, "euCard");
    YamlValue cc = m.optional("conventionCountry");
    ConventionCountry country = cc == null ? null : cc.enumValue(ConventionCountry.class);
    YamlValue sg = m.optional("swedeAbroadGroup");
    SwedeAbroadGroup group = sg == null ? null : sg.enumValue(SwedeAbroadGroup.class);
    m.finish();
    if (birthDate == null && personnummer == null || residence == null) {
      return null;
    }
    return new ScenarioCase.PatientInput(birthDate, personnummer, residence, euCard, country, group);
  }

  private static ScenarioCase.Step readStep(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    LocalDateTime at = dateTime(m.required("at"));
    YamlValue unitValue = m.required("careUnit");
    CareUnit unit = unitValue == null ? null : unitValue.enumValue(CareUnit.class);
    YamlValue kindValue = m.required("kind");
    ContactKind kind = kindValue == null ? null : kindValue.enumValue(ContactKind.class);
    Contact.Builder b = at == null || unit == null || kind == null ? null : Contact.builder(at, unit, kind);
    YamlValue prof = m.optional("profession");
    YamlValue urg = m.optional("urgency");
    YamlValue ref = m.optional("referral");
    YamlValue free = m.optional("freeReason");
    YamlValue team = m.optional("teamFollower");
    YamlValue prior = m.optional("priorVisit");
    YamlValue waited = m.optional("waitingMinutes");
    YamlValue vacc = m.optional("vaccination");
    YamlValue event = m.optional("event");
    YamlValue cancelled = m.optional("cancelledAt");
    YamlValue interp = m.optional("interpreterNotCancelled");
    YamlValue bhv = m.optional("childHealthProgramme");
    YamlValue adm = m.optional("admission");
    YamlValue expectValue = m.required("expect");
    ScenarioCase.Expectation expect = expectValue == null ? null : readExpect(expectValue, "contact");
    if (b != null) {
      if (prof != null) b.profession(prof.enumValue(Profession.class));
      if (urg != null) b.urgency(orDefault(urg.enumValue(Urgency.class), Urgency.PLANNED));
      if (ref != null) b.referral(readReferral(ref));
      if (free != null) b.freeReason(free.text());
      if (team != null) b.teamFollower(Boolean.TRUE.equals(team.bool()));
      if (prior != null) b.priorVisit(readPrior(prior));
      if (waited != null) b.waitingMinutes(waited.integer(0, 100_000));
      if (vacc != null) b.vaccination(readVaccination(vacc));
      if (event != null) b.event(orDefault(event.enumValue(Event.class), Event.ATTENDED));
      if (cancelled != null) b.cancelledAt(dateTime(cancelled));
      if (interp != null) b.interpreterNotCancelled(Boolean.TRUE.equals(interp.bool()));
      if (bhv != null) b.childHealthProgramme(Boolean.TRUE.equals(bhv.bool()));
      if (adm != null) b.admission(Boolean.TRUE.equals(adm.bool()));
    }
    YamlValue waived = m.optional("missedFeeWaived");
    YamlValue afterUnit = m.optional("afterLateUnitCancellation");
    if (b != null) {
      if (waived != null) b.missedFeeWaived(Boolean.TRUE.equals(waived.bool()));
      if (afterUnit != null) b.afterLateUnitCancellation(Boolean.TRUE.equals(afterUnit.bool()));
    }
    // Inputs of the December 2026 fidelity review (decisions E51, R28, R36, E54; finding F6).
    boolean necessary = bool(m, "necessaryCare");
    boolean delivery = bool(m, "deliveryCare");
    YamlValue deliveryDateValue = m.optional("deliveryDate");
    LocalDate deliveryDate = deliveryDateValue == null ? null : deliveryDateValue.date();
    boolean procedure = bool(m, "polyclinicProcedure");
    boolean employee = bool(m, "regionEmployee");
    boolean liable = bool(m, "thirdPartyLiable");
    if (b != null) {
      b.necessaryCare(necessary).deliveryCare(delivery).deliveryDate(deliveryDate).polyclinicProcedure(procedure)
          .regionEmployee(employee).thirdPartyLiable(liable);
    }
    m.finish();
    if (b == null || expect == null) {
      return null;
    }
    return new ScenarioCase.Step(b.build(), expect, v.location());
  }

  /** The expectation keys each step kind takes (besides {@code pay}, {@code rules} and {@code error}). */
  private static final java.util.Map<String, List<String>> EXPECT_KEYS = java.util.Map.of(
      "contact", List.of("feeCode", "row", "refundRow", "towardCap", "vaccine", "frikort"),
      "stay", List.of("days", "priceList", "perDay", "towardCap"),
      "certificate", List.of("net", "vat", "gross", "payer", "invoiced", "towardCap"),
      "copies", List.of("vat"),
      "aid", List.of("row", "grant", "fee", "covered", "towardAidsCap", "frikort"),
      "receipt", List.of("towardCap"),
      "reverse", List.of(),
      "correct", List.of());

  /** The cap ledger checks of contacts and ledger events (in the registry's terms, issue 10). */
  private static final List<String> CAP_KEYS =
      List.of("register", "periodStart", "periodEnd", "sumInPeriod", "left", "frikortFrom", "newPeriod", "refund", "refundFor");

  private static boolean ledgerKind(String kind) {
    return kind.equals("contact") || kind.equals("receipt") || kind.equals("reverse") || kind.equals("correct");
  }

  private static ScenarioCase.Expectation readExpect(YamlValue v, String kind) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    List<String> allowed = EXPECT_KEYS.get(kind);
    Long pay = amount(m, "pay");
    String code = allowed.contains("feeCode") ? text(m, "feeCode", false) : null;
    String row = allowed.contains("row") ? text(m, "row", false) : null;
    String refundRow = allowed.contains("refundRow") ? text(m, "refundRow", false) : null;
    Long cap = allowed.contains("towardCap") ? amount(m, "towardCap") : null;
    Long vaccine = allowed.contains("vaccine") ? amount(m, "vaccine") : null;
    List<String> rules = m.optional("rules") == null ? List.of() : m.optional("rules").textList();
    YamlValue frikortValue = allowed.contains("frikort") ? m.optional("frikort") : null;
    Boolean frikort = frikortValue == null ? null : frikortValue.bool();
    Long net = allowed.contains("net") ? amount(m, "net") : null;
    Long vat = allowed.contains("vat") ? amount(m, "vat") : null;
    Long gross = allowed.contains("gross") ? amount(m, "gross") : null;
    String payer = null;
    if (allowed.contains("payer") && m.optional("payer") != null) {
      var p = m.optional("payer").enumValue(se.rjl.patientfees.rules.model.CertificateTariff.Payer.class);
      payer = p == null ? null : YamlValue.kebab(p);
    }
    Long invoiced = allowed.contains("invoiced") ? amount(m, "invoiced") : null;
    Integer days = allowed.contains("days") && m.optional("days") != null ? m.optional("days").integer(0, 100_000) : null;
    String priceList = null;
    if (allowed.contains("priceList") && m.optional("priceList") != null) {
      var p = m.optional("priceList").enumValue(se.rjl.patientfees.engine.inpatient.InpatientResult.PriceList.class);
      priceList = p == null ? null : YamlValue.kebab(p);
    }
    List<ScenarioCase.DayCheck> perDay = new ArrayList<>();
    if (allowed.contains("perDay") && m.optional("perDay") != null) {
      for (YamlValue d : m.optional("perDay").list()) {
        ScenarioCase.DayCheck dc = readDayCheck(d);
        if (dc != null) {
          perDay.add(dc);
        }
      }
    }
    Long grant = allowed.contains("grant") ? amount(m, "grant") : null;
    Long fee = allowed.contains("fee") ? amount(m, "fee") : null;
    Long towardAids = allowed.contains("towardAidsCap") ? amount(m, "towardAidsCap") : null;
    YamlValue coveredValue = allowed.contains("covered") ? m.optional("covered") : null;
    Boolean covered = coveredValue == null ? null : coveredValue.bool();
    String errorField = null;
    String errorKind = null;
    YamlValue err = m.optional("error");
    if (err != null) {
      YamlValue.Mapping em = err.mapping();
      if (em != null) {
        errorField = text(em, "field", true);
        errorKind = text(em, "kind", false);
        em.finish();
      }
    }
    ScenarioCase.CapCheck capCheck = ledgerKind(kind) ? readCapCheck(m) : null;
    m.finish();
    boolean event = kind.equals("receipt") || kind.equals("reverse") || kind.equals("correct");
    if (err == null && pay == null && !event) {
      m.owner().problem("missing-key", m.owner().path() + " needs 'pay' (or 'error')");
      return null;
    }
    return new ScenarioCase.Expectation(pay, code, row, cap, vaccine, rules, errorField, errorKind, frikort, net, vat, gross,
        payer, invoiced, days, priceList, perDay, grant, fee, towardAids, covered, refundRow, capCheck);
  }

  private static ScenarioCase.CapCheck readCapCheck(YamlValue.Mapping m) {
    if (CAP_KEYS.stream().noneMatch(m::has)) {
      return null;
    }
    Long register = null;
    YamlValue reg = m.optional("register");
    if (reg != null) {
      register = "none".equals(reg.text()) ? Long.valueOf(-1) : reg.amountInOre();
    }
    YamlValue start = m.optional("periodStart");
    YamlValue end = m.optional("periodEnd");
    YamlValue frikort = m.optional("frikortFrom");
    YamlValue opened = m.optional("newPeriod");
    YamlValue refundFor = m.optional("refundFor");
    return new ScenarioCase.CapCheck(register, start == null ? null : start.date(), end == null ? null : end.date(),
        amount(m, "sumInPeriod"), amount(m, "left"), frikort == null ? null : frikort.date(), opened == null ? null : opened.bool(),
        amount(m, "refund"), refundFor == null ? null : refundFor.textList());
  }

  /** A {@code receipt}, {@code reverse} or {@code correct} step. */
  private static ScenarioCase.Step readLedgerEvent(YamlValue v, String kind) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String id = text(m, "paymentId", true);
    YamlValue dateValue = kind.equals("receipt") ? m.required("date") : m.optional("date");
    LocalDate date = dateValue == null ? null : dateValue.date();
    Long amount = kind.equals("reverse") ? amount(m, "amount") : null;
    if (!kind.equals("reverse")) {
      YamlValue a = m.required("amount");
      amount = a == null ? null : a.amountInOre();
    }
    YamlValue expectValue = m.optional("expect");
    ScenarioCase.Expectation expect = expectValue == null
        ? new ScenarioCase.Expectation(null, null, null, null, null, null, null, null, null)
        : readExpect(expectValue, kind);
    if (kind.equals("reverse") && (date == null) != (amount == null)) {
      m.owner().problem("missing-key", m.owner().path() + ": a reversal of a card transaction the card did not list needs both date and amount");
    }
    m.finish();
    if (id == null || expect == null || !kind.equals("reverse") && amount == null || kind.equals("receipt") && date == null) {
      return null;
    }
    return new ScenarioCase.Step(null, null, null, null, null, expect, v.location(),
        new ScenarioCase.LedgerEvent(kind, id, date, amount));
  }

  /** The registry card a case starts from, in eFrikort's terms (issue 10). */
  private static se.rjl.patientfees.engine.ledger.RegistryCard readCard(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String id = text(m, "cardSystemId", false);
    YamlValue start = m.optional("startDate");
    YamlValue end = m.optional("endDate");
    YamlValue current = m.required("currentAmount");
    YamlValue toLimit = m.required("amountToLimit");
    YamlValue status = m.required("status");
    YamlValue frikort = m.optional("frikortDate");
    YamlValue txs = m.optional("transactions");
    List<se.rjl.patientfees.engine.ledger.RegistryCard.Transaction> list = null;
    if (txs != null) {
      list = new ArrayList<>();
      for (YamlValue t : txs.list()) {
        YamlValue.Mapping tm = t.mapping();
        if (tm == null) {
          continue;
        }
        YamlValue tid = tm.required("transactionId");
        YamlValue td = tm.required("transactionDate");
        YamlValue ta = tm.required("amount");
        YamlValue ts = tm.optional("status");
        var st = ts == null ? se.rjl.patientfees.engine.ledger.RegistryCard.TransactionStatus.ACTIVE
            : ts.enumValue(se.rjl.patientfees.engine.ledger.RegistryCard.TransactionStatus.class);
        tm.finish();
        list.add(new se.rjl.patientfees.engine.ledger.RegistryCard.Transaction(tid == null ? null : tid.text(),
            td == null ? null : td.date(), ta == null || ta.amountInOre() == null ? 0 : ta.amountInOre(), st));
      }
    }
    Long cur = current == null ? null : current.amountInOre();
    Long left = toLimit == null ? null : toLimit.amountInOre();
    var st = status == null ? null : status.enumValue(se.rjl.patientfees.engine.ledger.RegistryCard.Status.class);
    m.finish();
    if (cur == null || left == null || st == null) {
      return null;
    }
    return new se.rjl.patientfees.engine.ledger.RegistryCard(id, start == null ? null : start.date(), end == null ? null : end.date(),
        cur, left, st, frikort == null ? null : frikort.date(), list);
  }

  private static ScenarioCase.DayCheck readDayCheck(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue dateValue = m.required("date");
    LocalDate date = dateValue == null ? null : dateValue.date();
    Integer day = m.optional("day") == null ? null : m.optional("day").integer(1, 100_000);
    Long amount = amount(m, "amount");
    String reason = null;
    if (m.optional("reason") != null) {
      var r = m.optional("reason").enumValue(se.rjl.patientfees.engine.inpatient.InpatientDay.DayReason.class);
      reason = r == null ? null : YamlValue.kebab(r);
    }
    Integer episode = m.optional("episode") == null ? null : m.optional("episode").integer(1, 1000);
    m.finish();
    return date == null ? null : new ScenarioCase.DayCheck(date, day, amount, reason, episode, v.location());
  }

  private static ScenarioCase.Step readStay(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue admissionValue = m.required("admission");
    LocalDate admission = admissionValue == null ? null : admissionValue.date();
    YamlValue dischargeValue = m.required("discharge");
    LocalDate discharge = dischargeValue == null ? null : dischargeValue.date();
    List<LocalDate> transfers = new ArrayList<>();
    boolean ok = admission != null && discharge != null;
    if (m.optional("transfers") != null) {
      for (YamlValue t : m.optional("transfers").listOrOne()) {
        LocalDate d = t.date();
        ok &= d != null;
        transfers.add(d);
      }
    }
    List<se.rjl.patientfees.engine.inpatient.Leave> leaves = new ArrayList<>();
    if (m.optional("leaves") != null) {
      for (YamlValue l : m.optional("leaves").list()) {
        YamlValue.Mapping lm = l.mapping();
        if (lm == null) {
          ok = false;
          continue;
        }
        LocalDateTime from = dateTime(lm.required("from"));
        LocalDateTime to = dateTime(lm.required("to"));
        lm.finish();
        ok &= from != null && to != null;
        leaves.add(new se.rjl.patientfees.engine.inpatient.Leave(from, to));
      }
    }
    String exemption = text(m, "exemption", false);
    YamlValue urgencyValue = m.optional("urgency");
    Urgency urgency = urgencyValue == null ? null : urgencyValue.enumValue(Urgency.class);
    ok &= urgencyValue == null || urgency != null;
    boolean delivery = bool(m, "deliveryCare");
    YamlValue exemptFromValue = m.optional("exemptFrom");
    LocalDate exemptFrom = exemptFromValue == null ? null : exemptFromValue.date();
    YamlValue exemptToValue = m.optional("exemptTo");
    LocalDate exemptTo = exemptToValue == null ? null : exemptToValue.date();
    ok &= (exemptFromValue == null || exemptFrom != null) && (exemptToValue == null || exemptTo != null);
    YamlValue expectValue = m.required("expect");
    ScenarioCase.Expectation expect = expectValue == null ? null : readExpect(expectValue, "stay");
    m.finish();
    if (!ok || expect == null) {
      return null;
    }
    var stay = new se.rjl.patientfees.engine.inpatient.Stay(admission, discharge, transfers, leaves, exemption, urgency, delivery,
        exemptFrom, exemptTo);
    return new ScenarioCase.Step(null, stay, null, null, null, expect, v.location());
  }

  private static ScenarioCase.Step readCertificate(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue dateValue = m.required("date");
    LocalDate date = dateValue == null ? null : dateValue.date();
    String key = text(m, "key", true);
    Integer hours = m.optional("hours") == null ? null : m.optional("hours").integer(0, 100_000);
    YamlValue visitValue = m.optional("visit");
    var visit = visitValue == null ? se.rjl.patientfees.engine.certificate.CertificateRequest.Visit.NONE
        : visitValue.enumValue(se.rjl.patientfees.engine.certificate.CertificateRequest.Visit.class);
    YamlValue payerValue = m.optional("payer");
    var payer = payerValue == null ? null : payerValue.enumValue(se.rjl.patientfees.rules.model.CertificateTariff.Payer.class);
    boolean nationalTariff = bool(m, "nationalTariffDoctor");
    YamlValue expectValue = m.required("expect");
    ScenarioCase.Expectation expect = expectValue == null ? null : readExpect(expectValue, "certificate");
    m.finish();
    if (date == null || key == null || visit == null || (payerValue != null && payer == null)
        || (m.optional("hours") != null && hours == null) || expect == null) {
      return null;
    }
    var req = new se.rjl.patientfees.engine.certificate.CertificateRequest(key, date, hours, visit, payer, nationalTariff);
    return new ScenarioCase.Step(null, null, req, null, null, expect, v.location());
  }

  private static ScenarioCase.Step readCopies(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue dateValue = m.required("date");
    LocalDate date = dateValue == null ? null : dateValue.date();
    Integer pages = count(m, "pages");
    Integer cds = count(m, "cds");
    Integer videos = count(m, "videos");
    Integer ultrasound = count(m, "ultrasoundImages");
    String recipient = text(m, "recipient", false);
    YamlValue expectValue = m.required("expect");
    ScenarioCase.Expectation expect = expectValue == null ? null : readExpect(expectValue, "copies");
    m.finish();
    if (date == null || pages == null || cds == null || videos == null || ultrasound == null || expect == null) {
      return null;
    }
    var req = new se.rjl.patientfees.engine.copies.CopyRequest(date, pages, cds, videos, ultrasound, recipient);
    return new ScenarioCase.Step(null, null, null, req, null, expect, v.location());
  }

  private static ScenarioCase.Step readAid(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue dateValue = m.required("date");
    LocalDate date = dateValue == null ? null : dateValue.date();
    String key = text(m, "key", true);
    Long price = amount(m, "price");
    Integer kcal = m.optional("kcal") == null ? null : m.optional("kcal").integer(0, 100_000);
    Integer wheel = m.optional("wheelInches") == null ? null : m.optional("wheelInches").integer(1, 100);
    Integer months = m.optional("months") == null ? null : m.optional("months").integer(1, 120);
    Integer quantity = m.optional("quantity") == null ? null : m.optional("quantity").integer(1, 1000);
    boolean bilateral = bool(m, "bilateral");
    List<String> conditions = new ArrayList<>();
    if (m.optional("conditions") != null) {
      for (YamlValue c : m.optional("conditions").listOrOne()) {
        String s = c.text();
        if (s != null) {
          conditions.add(s);
        }
      }
    }
    Integer used = m.optional("usedInPeriod") == null ? Integer.valueOf(0) : m.optional("usedInPeriod").integer(0, 1000);
    Long granted = amount(m, "grantedInPeriod");
    YamlValue prescribedValue = m.optional("prescribedOn");
    LocalDate prescribed = prescribedValue == null ? null : prescribedValue.date();
    YamlValue expectValue = m.required("expect");
    ScenarioCase.Expectation expect = expectValue == null ? null : readExpect(expectValue, "aid");
    m.finish();
    boolean bad = (m.optional("price") != null && price == null) || (m.optional("kcal") != null && kcal == null)
        || (m.optional("wheelInches") != null && wheel == null) || (m.optional("months") != null && months == null)
        || (m.optional("quantity") != null && quantity == null) || used == null
        || (m.optional("grantedInPeriod") != null && granted == null) || (prescribedValue != null && prescribed == null);
    if (date == null || key == null || bad || expect == null) {
      return null;
    }
    var req = new se.rjl.patientfees.engine.aids.AidRequest(key, date, price, kcal, wheel, months, quantity, bilateral,
        conditions, used, granted == null ? 0 : granted, prescribed);
    return new ScenarioCase.Step(null, null, null, null, req, expect, v.location());
  }

  private static Integer count(YamlValue.Mapping m, String key) {
    YamlValue v = m.optional(key);
    return v == null ? Integer.valueOf(0) : v.integer(0, 1_000_000);
  }

  private static Referral readReferral(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue s = m.required("source");
    ReferralSource source = s == null ? null : s.enumValue(ReferralSource.class);
    boolean first = bool(m, "firstVisit");
    boolean pool = bool(m, "poolTraining");
    m.finish();
    return source == null ? null : new Referral(source, first, pool);
  }

  private static PriorVisit readPrior(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    LocalDateTime at = dateTime(m.required("at"));
    boolean acute = bool(m, "acute");
    boolean uri = bool(m, "upperAirwayInfectionWithoutAntibiotics");
    boolean used = bool(m, "freeReturnUsed");
    m.finish();
    return at == null ? null : new PriorVisit(at, acute, uri, used);
  }

  private static Vaccination readVaccination(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String vaccine = text(m, "vaccine", true);
    Long price = amount(m, "price");
    boolean risk = bool(m, "riskGroup");
    m.finish();
    return vaccine == null ? null : new Vaccination(vaccine, price == null ? 0 : price, risk);
  }

  private static LocalDateTime dateTime(YamlValue v) {
    if (v == null) {
      return null;
    }
    String s = v.text();
    if (s == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      v.problem("wrong-type", v.path() + " must be a local date and time written YYYY-MM-DDTHH:MM, not '" + s + "'");
      return null;
    }
  }

  private static String text(YamlValue.Mapping m, String key, boolean required) {
    YamlValue v = required ? m.required(key) : m.optional(key);
    return v == null ? null : v.text();
  }

  private static Long amount(YamlValue.Mapping m, String key) {
    YamlValue v = m.optional(key);
    return v == null ? null : v.amountInOre();
  }

  private static boolean bool(YamlValue.Mapping m, String key) {
    YamlValue v = m.optional(key);
    return v != null && Boolean.TRUE.equals(v.bool());
  }

  private static <T> T orDefault(T v, T d) {
    return v == null ? d : v;
  }
}
