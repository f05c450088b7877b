package se.rjl.patientfees.engine.scenario;

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

  private static ScenarioCase readCase(String file, YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String name = text(m, "name", true);
    String source = text(m, "source", true);
    List<String> decisions = m.optional("decisions") == null ? List.of() : m.optional("decisions").textList();
    YamlValue patientValue = m.required("patient");
    YamlValue contactsValue = m.optional("contacts");
    YamlValue contactValue = m.optional("contact");
    List<YamlValue> contactValues = new ArrayList<>();
    if (contactsValue != null && contactValue != null) {
      contactValue.problem("contradictory", "give either 'contact' or 'contacts', not both");
    } else if (contactsValue != null) {
      contactValues.addAll(contactsValue.list());
    } else if (contactValue != null) {
      contactValues.add(contactValue);
    } else {
      m.owner().problem("missing-key", m.owner().path() + " needs 'contact' or 'contacts'");
    }
    List<ScenarioCase.Step> steps = new ArrayList<>();
    for (YamlValue cv : contactValues) {
      ScenarioCase.Step s = readStep(cv);
      if (s != null) {
        steps.add(s);
      }
    }
    ScenarioCase.PatientInput patient = patientValue == null ? null : readPatient(patientValue);
    m.finish();
    if (name == null || source == null || patient == null || steps.size() != contactValues.size()) {
      return null;
    }
    return new ScenarioCase(file, name, source, decisions, patient, steps, v.location());
  }

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
    ScenarioCase.Expectation expect = expectValue == null ? null : readExpect(expectValue);
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
    m.finish();
    if (b == null || expect == null) {
      return null;
    }
    return new ScenarioCase.Step(b.build(), expect, v.location());
  }

  private static ScenarioCase.Expectation readExpect(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    Long pay = amount(m, "pay");
    String code = text(m, "feeCode", false);
    String row = text(m, "row", false);
    Long cap = amount(m, "towardCap");
    Long vaccine = amount(m, "vaccine");
    List<String> rules = m.optional("rules") == null ? List.of() : m.optional("rules").textList();
    YamlValue frikortValue = m.optional("frikort");
    Boolean frikort = frikortValue == null ? null : frikortValue.bool();
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
    m.finish();
    if (err == null && pay == null) {
      m.owner().problem("missing-key", m.owner().path() + " needs 'pay' (or 'error')");
      return null;
    }
    return new ScenarioCase.Expectation(pay, code, row, cap, vaccine, rules, errorField, errorKind, frikort);
  }

  private static Referral readReferral(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue s = m.required("source");
    ReferralSource source = s == null ? null : s.enumValue(ReferralSource.class);
    boolean first = bool(m, "firstVisit");
    m.finish();
    return source == null ? null : new Referral(source, first);
  }

  private static PriorVisit readPrior(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    LocalDateTime at = dateTime(m.required("at"));
    boolean acute = bool(m, "acute");
    boolean uri = bool(m, "upperAirwayInfectionWithoutAntibiotics");
    m.finish();
    return at == null ? null : new PriorVisit(at, acute, uri);
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
