package se.rjl.patientfees.finance.generate;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import se.rjl.patientfees.finance.reprice.Column;

/**
 * A deterministic synthetic year of outpatient contacts for the region: a population with the
 * Swedish age pyramid, mostly county residents with some patients from other regions, EU/EES
 * citizens with and without a card, Nordic and UK visitors, convention countries, asylum seekers,
 * undocumented people, uninsured foreigners and Swedes abroad; care at primary and specialist
 * level, emergency departments, närakut and eye care; physical visits, distance contacts,
 * sampling, prescriptions, vaccinations, home visits, screening, and some missed and late-cancelled
 * bookings. Decision E34 describes the model.
 *
 * <p>Each patient's contacts come from their own random stream, derived from the seed and the
 * patient's number, with arithmetic that is the same on every JVM ({@link SplitMix64}, {@link
 * StrictMath}): the same seed and size give byte-identical output, and the first N patients are the
 * same whatever the size. Rows are written patient by patient, each patient's contacts in time
 * order, so the file is sorted by patient then time and nothing is held in memory beyond one patient.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("visits.csv"))) {
 *   new VisitGenerator(42, 370_000, 2026).write(w, VisitGenerator.Format.CSV, rows -> {});
 * }
 * }</pre>
 */
public final class VisitGenerator {
  public static final int DEFAULT_PATIENTS = 370_000;
  public static final int DEFAULT_YEAR = 2026;

  /** Output format. */
  public enum Format {
    CSV,
    JSONL
  }

  /** What was written. */
  public record Stats(long patients, long patientsWithContacts, long rows, Map<String, Long> byKind) {}

  /** The columns written, in this order. */
  public static final List<Column> COLUMNS = List.of(
      Column.PATIENT_ID, Column.BIRTH_DATE, Column.RESIDENCE, Column.EU_CARD, Column.CONVENTION_COUNTRY,
      Column.SWEDE_ABROAD_GROUP, Column.AT, Column.CARE_UNIT, Column.KIND, Column.PROFESSION, Column.URGENCY,
      Column.REFERRAL_SOURCE, Column.REFERRAL_FIRST_VISIT, Column.FREE_REASON, Column.EVENT, Column.CANCELLED_AT,
      Column.INTERPRETER_NOT_CANCELLED, Column.CHILD_HEALTH_PROGRAMME, Column.VACCINE, Column.VACCINE_PRICE,
      Column.RISK_GROUP, Column.PRIOR_VISIT_AT, Column.PRIOR_VISIT_ACUTE);

  /** Share of the population per 5-year age group 0–4 … 95–99, 100+ (Sweden, SCB, rounded). */
  private static final double[] PYRAMID = SplitMix64.cumulative(
      55, 60, 62, 60, 58, 64, 68, 66, 63, 62, 64, 62, 57, 54, 52, 45, 30, 17, 8, 2.5, 0.5);

  /** Scales the age-dependent contact rates so that 370 000 people make about 3 million contacts. */
  private static final double RATE_SCALE = 1.05;

  /** The spread of care use between people (log-normal): a few use much care, many little. */
  private static final double SIGMA = 1.5;

  private final long seed;
  private final int patients;
  private final int year;
  private final LocalDate[] days;
  private final double[] allDays;
  private final double[] weekdays;

  public VisitGenerator(long seed, int patients, int year) {
    if (patients < 0) {
      throw new IllegalArgumentException("patients must not be negative");
    }
    this.seed = seed;
    this.patients = patients;
    this.year = year;
    int n = LocalDate.of(year, 1, 1).lengthOfYear();
    days = new LocalDate[n];
    double[] all = new double[n];
    double[] week = new double[n];
    double[] month = {1.05, 1.05, 1.05, 1.0, 1.0, 0.9, 0.55, 0.85, 1.05, 1.1, 1.1, 0.85};
    for (int i = 0; i < n; i++) {
      LocalDate d = LocalDate.of(year, 1, 1).plusDays(i);
      days[i] = d;
      double m = month[d.getMonthValue() - 1];
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      all[i] = m * (weekend ? 0.6 : 1.0);
      week[i] = weekend ? 0 : m;
    }
    allDays = SplitMix64.cumulative(all);
    weekdays = SplitMix64.cumulative(week);
  }

  /** Writes the header (CSV) and every patient's contacts; {@code progress} gets the row count every 100 000 rows. */
  public Stats write(Writer out, Format format, LongConsumer progress) throws IOException {
    if (format == Format.CSV) {
      StringBuilder h = new StringBuilder();
      for (Column c : COLUMNS) {
        h.append(h.length() == 0 ? "" : ",").append(c.header());
      }
      out.write(h.append('\n').toString());
    }
    long rows = 0;
    long withContacts = 0;
    Map<String, Long> byKind = new java.util.TreeMap<>();
    StringBuilder line = new StringBuilder(256);
    String[] values = new String[COLUMNS.size()];
    for (int i = 0; i < patients; i++) {
      PatientPlan p = patient(i);
      if (p.contacts.isEmpty()) {
        continue;
      }
      withContacts++;
      for (Visit v : p.contacts) {
        v.fill(p, values);
        line.setLength(0);
        if (format == Format.CSV) {
          for (int c = 0; c < values.length; c++) {
            if (c > 0) {
              line.append(',');
            }
            line.append(values[c] == null ? "" : values[c]);
          }
        } else {
          line.append('{');
          boolean first = true;
          for (int c = 0; c < values.length; c++) {
            if (values[c] == null) {
              continue;
            }
            line.append(first ? "" : ",").append('"').append(COLUMNS.get(c).header()).append("\":");
            // Amounts are strings, as in the JSON contract (a JSON number is refused there and here).
            boolean literal = values[c].equals("true") || values[c].equals("false");
            line.append(literal ? values[c] : '"' + values[c] + '"');
            first = false;
          }
          line.append('}');
        }
        line.append('\n');
        out.append(line);
        byKind.merge(v.kind, 1L, Long::sum);
        rows++;
        if (rows % 100_000 == 0) {
          progress.accept(rows);
        }
      }
    }
    out.flush();
    return new Stats(patients, withContacts, rows, byKind);
  }

  // --- the population --------------------------------------------------------------------------

  /** Where a patient lives and how they are insured, with how much care they use. */
  private enum Group {
    COUNTY("county-resident", null, null, null, 9400, 1.0, Mode.RESIDENT),
    OTHER_REGION("other-region-resident", null, null, null, 300, 0.25, Mode.VISITOR),
    QUOTA_REFUGEE("quota-refugee", null, null, null, 20, 1.0, Mode.RESIDENT),
    EU_CARD("eu-ees", "true", null, null, 60, 0.2, Mode.VISITOR),
    EU_NO_CARD("eu-ees", null, null, null, 15, 0.15, Mode.VISITOR),
    NORDIC("nordic", null, null, null, 30, 0.2, Mode.VISITOR),
    UK_CARD("uk", "true", null, null, 7, 0.2, Mode.VISITOR),
    UK_NO_CARD("uk", null, null, null, 3, 0.15, Mode.VISITOR),
    CONVENTION_AUSTRALIA("convention-country", null, "australia", null, 3, 0.2, Mode.VISITOR),
    CONVENTION_QUEBEC("convention-country", null, "quebec", null, 2, 0.2, Mode.VISITOR),
    CONVENTION_ALGERIA("convention-country", null, "algeria", null, 2, 0.2, Mode.VISITOR),
    CONVENTION_ISRAEL("convention-country", null, "israel", null, 1, 0.2, Mode.VISITOR),
    SWEDE_ABROAD_EU_CARD("swede-abroad", "true", null, "eu-ees", 9, 0.4, Mode.SWEDE_ABROAD),
    SWEDE_ABROAD_PENSIONER("swede-abroad", null, null, "eu-ees-pensioner", 5, 0.5, Mode.SWEDE_ABROAD),
    SWEDE_ABROAD_CONVENTION("swede-abroad", null, null, "convention-country", 3, 0.4, Mode.SWEDE_ABROAD),
    SWEDE_ABROAD_FULL_COST("swede-abroad", null, null, "full-cost-country", 5, 0.4, Mode.SWEDE_ABROAD),
    SWEDE_ABROAD_OTHER("swede-abroad", null, null, "other-country", 8, 0.4, Mode.SWEDE_ABROAD),
    ASYLUM("asylum-seeker", null, null, null, 60, 0.8, Mode.ASYLUM),
    UNDOCUMENTED("undocumented", null, null, null, 10, 0.5, Mode.ASYLUM),
    FOREIGN_UNINSURED("foreign-uninsured", null, null, null, 15, 0.12, Mode.VISITOR);

    final String residence;
    final String euCard;
    final String conventionCountry;
    final String swedeAbroadGroup;
    final double weight;
    final double rate;
    final Mode mode;

    Group(String residence, String euCard, String conventionCountry, String swedeAbroadGroup, double weight, double rate,
        Mode mode) {
      this.residence = residence;
      this.euCard = euCard;
      this.conventionCountry = conventionCountry;
      this.swedeAbroadGroup = swedeAbroadGroup;
      this.weight = weight;
      this.rate = rate;
      this.mode = mode;
    }

    static final double[] CUMULATIVE;

    static {
      double[] w = new double[values().length];
      for (Group g : values()) {
        w[g.ordinal()] = g.weight;
      }
      CUMULATIVE = SplitMix64.cumulative(w);
    }
  }

  /** How a group uses care. */
  private enum Mode {
    RESIDENT,
    /** Visitors: mostly acute care. */
    VISITOR,
    /** Swedes abroad: planned and acute care on visits home. */
    SWEDE_ABROAD,
    ASYLUM
  }

  /** The kinds of contact, with their weight for children (0–19), adults (20–64), the elderly (65+) and each group mode. */
  private enum Template {
    PV_DOCTOR(16, 15, 17, 30, 40, 35),
    PV_TREATMENT(14, 15, 18, 5, 8, 25),
    PV_PSYCHOLOGIST(3, 3, 0.8, 0, 0, 2),
    SV_DOCTOR(9, 11, 13, 10, 25, 12),
    SV_TREATMENT(5, 6, 6, 0, 5, 2),
    EMERGENCY(4, 3, 3.5, 35, 15, 10),
    NARAKUT(2, 1.5, 1, 15, 5, 2),
    EYE_CARE(1, 1, 2.5, 0, 2, 0),
    DISTANCE(9, 13, 9, 3, 3, 5),
    DISTANCE_NOT_QUALIFIED(6, 6, 6, 0, 0, 0),
    SAMPLING(2, 8, 12, 2, 4, 5),
    PRESCRIPTION(2, 7, 8, 0, 2, 5),
    SICK_NOTE(0, 1, 0.1, 0, 0, 0),
    VACCINATION(4, 2, 5, 0, 1, 3),
    HOME_VISIT(0.2, 0.4, 4, 0, 0, 0),
    DAY_CARE(0.5, 1, 1.5, 0, 0, 0),
    HEALTH_CARE(1.5, 1, 0.5, 0, 0, 0),
    SCREENING(0, 2, 1, 0, 0, 0),
    DENTAL(0.3, 0.3, 0.3, 0, 0, 0),
    SHORT_TERM_HOUSING(0, 0, 0.6, 0, 0, 0);

    final double child;
    final double adult;
    final double elderly;
    final double visitor;
    final double swedeAbroad;
    final double asylum;

    Template(double child, double adult, double elderly, double visitor, double swedeAbroad, double asylum) {
      this.child = child;
      this.adult = adult;
      this.elderly = elderly;
      this.visitor = visitor;
      this.swedeAbroad = swedeAbroad;
      this.asylum = asylum;
    }

    static final Map<Mode, double[][]> CUMULATIVE = new EnumMap<>(Mode.class);

    static {
      for (Mode m : Mode.values()) {
        double[][] byAge = new double[3][];
        for (int a = 0; a < 3; a++) {
          double[] w = new double[values().length];
          for (Template t : values()) {
            w[t.ordinal()] = switch (m) {
              case RESIDENT -> a == 0 ? t.child : a == 1 ? t.adult : t.elderly;
              case VISITOR -> t.visitor;
              case SWEDE_ABROAD -> t.swedeAbroad;
              case ASYLUM -> t.asylum;
            };
          }
          byAge[a] = SplitMix64.cumulative(w);
        }
        CUMULATIVE.put(m, byAge);
      }
    }
  }

  /** One patient and their contacts in time order. */
  private static final class PatientPlan {
    String id;
    LocalDate birthDate;
    Group group;
    final List<Visit> contacts = new ArrayList<>();
  }

  /** One contact, as the values of its row. */
  private static final class Visit implements Comparable<Visit> {
    LocalDateTime at;
    int order;
    String careUnit;
    String kind;
    String profession;
    boolean acute;
    String referralSource;
    boolean referralFirstVisit;
    String freeReason;
    String event = "attended";
    LocalDateTime cancelledAt;
    boolean interpreter;
    boolean childHealthProgramme;
    String vaccine;
    String vaccinePrice;
    boolean riskGroup;
    LocalDateTime priorVisitAt;

    @Override
    public int compareTo(Visit o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Integer.compare(order, o.order);
    }

    void fill(PatientPlan p, String[] v) {
      v[0] = p.id;
      v[1] = p.birthDate.toString();
      v[2] = p.group.residence;
      v[3] = p.group.euCard;
      v[4] = p.group.conventionCountry;
      v[5] = p.group.swedeAbroadGroup;
      v[6] = at.toString();
      v[7] = careUnit;
      v[8] = kind;
      v[9] = profession;
      v[10] = acute ? "acute" : "planned";
      v[11] = referralSource;
      v[12] = referralSource == null ? null : referralFirstVisit ? "true" : "false";
      v[13] = freeReason;
      v[14] = event;
      v[15] = cancelledAt == null ? null : cancelledAt.toString();
      v[16] = interpreter ? "true" : null;
      v[17] = childHealthProgramme ? "true" : null;
      v[18] = vaccine;
      v[19] = vaccinePrice;
      v[20] = vaccine == null ? null : riskGroup ? "true" : "false";
      v[21] = priorVisitAt == null ? null : priorVisitAt.toString();
      v[22] = priorVisitAt == null ? null : "true";
    }
  }

  private PatientPlan patient(int index) {
    SplitMix64 r = new SplitMix64(SplitMix64.mix(SplitMix64.mix(seed) + index * 0x9E3779B97F4A7C15L));
    PatientPlan p = new PatientPlan();
    p.id = id(index + 1);
    int band = r.pick(PYRAMID);
    int age = band * 5 + r.nextInt(5);
    p.group = Group.values()[r.pick(Group.CUMULATIVE)];
    if (p.group.mode != Mode.RESIDENT && (age < 18 || age > 80) && r.chance(0.7)) {
      age = r.between(20, 64); // people who travel or seek asylum are mostly of working age
    }
    p.birthDate = LocalDate.of(year, 1, 1).minusYears(age).minusDays(1 + r.nextInt(365));
    boolean female = r.chance(0.5);
    double frailty = StrictMath.exp(SIGMA * r.normal() - SIGMA * SIGMA / 2);
    int n = Math.min(250, r.poisson(rate(age) * p.group.rate * RATE_SCALE * frailty));
    int ageBand = age < 20 ? 0 : age < 65 ? 1 : 2;
    double[] templates = Template.CUMULATIVE.get(p.group.mode)[ageBand];
    int order = 0;
    while (p.contacts.size() < n) {
      Template t = Template.values()[r.pick(templates)];
      Visit v = visit(r, t, p, age, female);
      v.order = order++;
      p.contacts.add(v);
      if (v.kind.equals("physical-visit") && v.acute && v.event.equals("attended") && r.chance(0.04)) {
        // An acute return for the same illness within 24 hours (free, L4189-L4192).
        Visit back = new Visit();
        back.at = v.at.plusMinutes(r.between(120, 20 * 60));
        if (back.at.getYear() != year) {
          continue;
        }
        back.order = order++;
        back.careUnit = v.careUnit;
        back.kind = "physical-visit";
        back.profession = "doctor";
        back.acute = true;
        back.priorVisitAt = v.at;
        p.contacts.add(back);
      }
    }
    java.util.Collections.sort(p.contacts);
    return p;
  }

  /** Mean contacts a year by age, before the group's rate and the person's frailty. */
  private static double rate(int age) {
    if (age < 5) {
      return 10.0;
    }
    if (age < 20) {
      return 5.0;
    }
    if (age < 45) {
      return 5.8;
    }
    if (age < 65) {
      return 8.2;
    }
    if (age < 75) {
      return 11.5;
    }
    if (age < 85) {
      return 16.0;
    }
    return 22.0;
  }

  static String id(int n) {
    String s = Integer.toString(n);
    return "P" + "0000000".substring(Math.min(7, s.length())) + s;
  }

  private Visit visit(SplitMix64 r, Template t, PatientPlan p, int age, boolean female) {
    Visit v = new Visit();
    Mode mode = p.group.mode;
    boolean planned = true;
    switch (t) {
      case PV_DOCTOR -> {
        v.careUnit = "primary-care";
        v.kind = "physical-visit";
        v.profession = "doctor";
        double acute = mode == Mode.VISITOR ? 0.7 : mode == Mode.SWEDE_ABROAD ? 0.3 : 0.15;
        v.acute = r.chance(acute);
        planned = !v.acute;
        if (v.acute && r.chance(0.2)) {
          // Jourcentral: evenings after 21 and weekends (code 110, decision E05).
          v.at = r.chance(0.5) ? dayTime(r, r.pick(allDays), 21, 22) : weekendTime(r);
          return v;
        }
      }
      case PV_TREATMENT -> {
        v.careUnit = "primary-care";
        v.kind = "physical-visit";
        v.profession = "treatment";
        v.childHealthProgramme = age < 6 && r.chance(0.5);
        if (female && age >= 18 && age < 46 && r.chance(0.12)) {
          v.freeReason = "womens-health-care";
        }
      }
      case PV_PSYCHOLOGIST -> {
        v.careUnit = "primary-care";
        v.kind = "physical-visit";
        v.profession = "psychologist";
      }
      case SV_DOCTOR -> {
        v.careUnit = "specialist-care";
        v.kind = "physical-visit";
        v.profession = "doctor";
        v.acute = mode == Mode.VISITOR ? r.chance(0.6) : r.chance(0.05);
        planned = !v.acute;
        double x = r.nextDouble();
        if (mode != Mode.VISITOR && x < 0.3) {
          v.referralSource = "primary-care";
          v.referralFirstVisit = true;
        } else if (mode != Mode.VISITOR && x < 0.5) {
          v.referralSource = "primary-care";
          v.referralFirstVisit = false;
        } else if (mode == Mode.RESIDENT && x < 0.52) {
          v.freeReason = "consultation";
        }
      }
      case SV_TREATMENT -> {
        v.careUnit = "specialist-care";
        v.kind = "physical-visit";
        v.profession = "treatment";
        if (female && age >= 18 && age < 46 && r.chance(0.15)) {
          v.freeReason = "womens-health-care";
        }
      }
      case EMERGENCY -> {
        v.careUnit = "emergency-department";
        v.kind = "physical-visit";
        v.profession = "doctor";
        v.acute = true;
        planned = false;
        int day = r.pick(allDays);
        double h = r.nextDouble();
        int hour = h < 0.12 ? r.between(0, 7) : h < 0.9 ? r.between(8, 20) : r.between(21, 23);
        v.at = days[day].atTime(hour, r.nextInt(60));
        return v;
      }
      case NARAKUT -> {
        v.careUnit = "narakut";
        v.kind = "physical-visit";
        v.profession = "doctor";
        v.acute = true;
        planned = false;
        v.at = days[r.pick(allDays)].atTime(r.between(8, 20), r.nextInt(60));
        return v;
      }
      case EYE_CARE -> {
        v.careUnit = "eye-care";
        v.kind = "physical-visit";
        v.profession = "doctor";
      }
      case DISTANCE -> {
        v.careUnit = r.chance(0.7) ? "primary-care" : "specialist-care";
        v.kind = "qualified-distance";
        double x = r.nextDouble();
        v.profession = x < 0.4 ? "doctor" : x < 0.85 ? "treatment" : "psychologist";
      }
      case DISTANCE_NOT_QUALIFIED -> {
        v.careUnit = "primary-care";
        v.kind = "non-qualified-distance";
        v.profession = "treatment";
        planned = false;
      }
      case SAMPLING -> {
        v.careUnit = r.chance(0.75) ? "primary-care" : "specialist-care";
        v.kind = "interim-sampling";
      }
      case PRESCRIPTION -> {
        v.careUnit = r.chance(0.8) ? "primary-care" : "specialist-care";
        v.kind = "prescription-without-visit";
        planned = false;
      }
      case SICK_NOTE -> {
        v.careUnit = "primary-care";
        v.kind = "sick-note-without-visit";
        planned = false;
      }
      case VACCINATION -> {
        vaccination(r, v, age);
        return v;
      }
      case HOME_VISIT -> {
        v.careUnit = "primary-care";
        v.kind = "home-visit";
        v.profession = r.chance(0.4) ? "doctor" : "treatment";
        if (age >= 75 && r.chance(0.2)) {
          v.freeReason = "palliative-home-visit";
        }
      }
      case DAY_CARE -> {
        v.careUnit = "specialist-care";
        v.kind = "day-care";
        v.profession = "doctor";
      }
      case HEALTH_CARE -> {
        v.careUnit = "primary-care";
        v.kind = "health-care";
        v.profession = "treatment";
      }
      case SCREENING -> {
        if (female && age >= 40 && age < 75) {
          v.careUnit = "specialist-care";
        } else if (female && age >= 23 && age < 65) {
          v.careUnit = "primary-care";
        } else {
          return visit(r, Template.PV_TREATMENT, p, age, female);
        }
        v.kind = "screening";
        planned = false;
      }
      case DENTAL -> {
        if (mode != Mode.RESIDENT) {
          return visit(r, Template.PV_DOCTOR, p, age, female);
        }
        v.careUnit = "dental-general";
        v.kind = "physical-visit";
        v.profession = r.chance(0.7) ? "doctor" : "treatment";
        v.at = clinicTime(r, r.pick(weekdays));
        return v; // the fee-code table has no dental rows for missed visits or smittskydd
      }
      case SHORT_TERM_HOUSING -> {
        if (age < 80) {
          return visit(r, Template.PV_DOCTOR, p, age, female);
        }
        v.careUnit = "primary-care";
        v.kind = r.chance(0.5) ? "short-term-housing-visit" : "short-term-housing-home-visit";
        v.profession = "doctor";
      }
    }
    if (v.freeReason == null && "doctor".equals(v.profession) && r.chance(0.006)) {
      v.freeReason = "smittskydd";
    }
    v.at = clinicTime(r, r.pick(weekdays));
    if (planned && !v.kind.equals("interim-sampling") && v.freeReason == null) {
      double x = r.nextDouble();
      if (x < 0.022) {
        v.event = "missed";
        v.interpreter = r.chance(0.04);
      } else if (x < 0.032) {
        v.event = "late-cancelled";
        v.interpreter = r.chance(0.04);
        v.cancelledAt = v.careUnit.equals("primary-care")
            ? v.at.minusHours(r.between(1, 20))
            : v.at.toLocalDate().minusDays(r.between(1, 2)).atTime(r.between(8, 15), 0);
      }
      if (!v.event.equals("attended") && !v.childHealthProgramme && v.referralFirstVisit) {
        v.referralFirstVisit = false; // a missed first referral visit is rebooked: charged as a visit
      }
    }
    return v;
  }

  private void vaccination(SplitMix64 r, Visit v, int age) {
    v.careUnit = "primary-care";
    v.kind = "vaccination";
    v.profession = "treatment";
    double x = r.nextDouble();
    String vaccine;
    if (age >= 65) {
      vaccine = x < 0.6 ? "influenza" : x < 0.85 ? "covid-19" : x < 0.95 ? "pneumococcal" : "tbe";
    } else if (age < 20) {
      vaccine = age >= 10 && age < 18 && x < 0.4 ? "hpv" : x < 0.75 ? "tbe" : "influenza";
    } else {
      vaccine = x < 0.45 ? "tbe" : x < 0.7 ? "influenza" : x < 0.8 ? "covid-19" : x < 0.9 ? "hepatitis-b"
          : age < 27 ? "hpv" : "tbe";
    }
    v.vaccine = vaccine;
    v.riskGroup = !vaccine.equals("tbe") && !vaccine.equals("hpv") && r.chance(age >= 65 ? 0.5 : 0.3);
    v.vaccinePrice = switch (vaccine) {
      case "influenza" -> "200";
      case "covid-19" -> "0";
      case "pneumococcal" -> "450";
      case "hpv" -> "1400";
      case "hepatitis-b" -> "400";
      default -> "350";
    };
    if (vaccine.equals("influenza") || vaccine.equals("covid-19")) {
      // The autumn campaign: weekdays from mid October to mid December.
      LocalDate d;
      do {
        d = LocalDate.of(year, 10, 15).plusDays(r.nextInt(60));
      } while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
      v.at = d.atTime(r.between(8, 15), 15 * r.nextInt(4));
    } else {
      v.at = clinicTime(r, r.pick(weekdays));
    }
  }

  /** A booked time on a weekday: 08:00–16:45 in quarter hours. */
  private LocalDateTime clinicTime(SplitMix64 r, int day) {
    return days[day].atTime(r.between(8, 16), 15 * r.nextInt(4));
  }

  private LocalDateTime dayTime(SplitMix64 r, int day, int fromHour, int toHour) {
    return days[day].atTime(LocalTime.of(r.between(fromHour, toHour), 15 * r.nextInt(4)));
  }

  private LocalDateTime weekendTime(SplitMix64 r) {
    LocalDate d;
    do {
      d = days[r.pick(allDays)];
    } while (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    return d.atTime(r.between(9, 16), 15 * r.nextInt(4));
  }
}
