package se.rjl.patientfees.finance.reprice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.PriorVisit;
import se.rjl.patientfees.engine.input.Referral;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.engine.input.Vaccination;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.Suggest;
import se.rjl.patientfees.rules.yaml.YamlValue;

/** Turns a row's values into the engine's {@link Patient} and {@link Contact}, or says which field is wrong. */
final class VisitParser {
  /** A parsed row. */
  record Visit(long line, String patientId, Patient patient, Contact contact) {}

  private VisitParser() {}

  static Visit parse(RawRow row) throws RowProblem {
    if (row.syntaxError() != null) {
      throw new RowProblem("(row)", "syntax", row.syntaxError());
    }
    String id = required(row, Column.PATIENT_ID);
    LocalDate birth = date(row, Column.BIRTH_DATE, true);
    Residence residence = choice(row, Column.RESIDENCE, RESIDENCE, true);
    boolean euCard = bool(row, Column.EU_CARD);
    ConventionCountry country = choice(row, Column.CONVENTION_COUNTRY, COUNTRY, false);
    SwedeAbroadGroup abroad = choice(row, Column.SWEDE_ABROAD_GROUP, ABROAD, false);
    Patient patient = new Patient(birth, residence, euCard, country, abroad);

    LocalDateTime at = dateTime(row, Column.AT, true);
    CareUnit unit = choice(row, Column.CARE_UNIT, UNIT, true);
    ContactKind kind = choice(row, Column.KIND, KIND, true);
    Contact.Builder b = Contact.builder(at, unit, kind)
        .profession(choice(row, Column.PROFESSION, PROFESSION, false));
    Urgency urgency = choice(row, Column.URGENCY, URGENCY, false);
    if (urgency != null) {
      b.urgency(urgency);
    }
    ReferralSource source = choice(row, Column.REFERRAL_SOURCE, REFERRAL, false);
    boolean first = bool(row, Column.REFERRAL_FIRST_VISIT);
    if (source != null) {
      b.referral(new Referral(source, first));
    } else if (row.value(Column.REFERRAL_FIRST_VISIT) != null && first) {
      throw new RowProblem(Column.REFERRAL_FIRST_VISIT.header(), "contradictory", "a first referral visit needs referralSource");
    }
    b.freeReason(row.value(Column.FREE_REASON));
    Event event = choice(row, Column.EVENT, EVENT, false);
    if (event != null) {
      b.event(event);
    }
    b.cancelledAt(dateTime(row, Column.CANCELLED_AT, false));
    b.interpreterNotCancelled(bool(row, Column.INTERPRETER_NOT_CANCELLED));
    b.childHealthProgramme(bool(row, Column.CHILD_HEALTH_PROGRAMME));
    b.admission(bool(row, Column.ADMISSION));
    b.teamFollower(bool(row, Column.TEAM_FOLLOWER));
    String wait = row.value(Column.WAITING_MINUTES);
    if (wait != null) {
      try {
        b.waitingMinutes(Integer.valueOf(wait));
      } catch (NumberFormatException e) {
        throw new RowProblem(Column.WAITING_MINUTES.header(), "wrong-type", "'" + wait + "' is not a whole number of minutes");
      }
    }
    String vaccine = row.value(Column.VACCINE);
    if (vaccine != null) {
      b.vaccination(new Vaccination(vaccine, amount(row, Column.VACCINE_PRICE), bool(row, Column.RISK_GROUP)));
    } else if (row.value(Column.VACCINE_PRICE) != null) {
      throw new RowProblem(Column.VACCINE_PRICE.header(), "contradictory", "a vaccine price needs the vaccine");
    }
    LocalDateTime prior = dateTime(row, Column.PRIOR_VISIT_AT, false);
    if (prior != null) {
      b.priorVisit(new PriorVisit(prior, bool(row, Column.PRIOR_VISIT_ACUTE), bool(row, Column.PRIOR_VISIT_UPPER_AIRWAY)));
    }
    return new Visit(row.line(), id, patient, b.build());
  }

  private static String required(RawRow row, Column c) throws RowProblem {
    String v = row.value(c);
    if (v == null) {
      throw new RowProblem(c.header(), "missing", c.header() + " is required");
    }
    return v;
  }

  private static LocalDate date(RawRow row, Column c, boolean required) throws RowProblem {
    String v = required ? required(row, c) : row.value(c);
    if (v == null) {
      return null;
    }
    LocalDate d = IsoTimes.date(v);
    if (d == null) {
      throw new RowProblem(c.header(), "wrong-type", "'" + v + "' is not a date written YYYY-MM-DD");
    }
    return d;
  }

  private static LocalDateTime dateTime(RawRow row, Column c, boolean required) throws RowProblem {
    String v = required ? required(row, c) : row.value(c);
    if (v == null) {
      return null;
    }
    LocalDateTime t = IsoTimes.dateTime(v);
    if (t == null) {
      throw new RowProblem(c.header(), "wrong-type", "'" + v + "' is not a time written YYYY-MM-DDTHH:MM");
    }
    return t;
  }

  private static boolean bool(RawRow row, Column c) throws RowProblem {
    String v = row.value(c);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new RowProblem(c.header(), "wrong-type", "'" + v + "' is not true or false");
  }

  private static long amount(RawRow row, Column c) throws RowProblem {
    String v = row.value(c);
    if (v == null) {
      return 0;
    }
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0 || d.stripTrailingZeros().scale() > 2) {
        throw new RowProblem(c.header(), "wrong-type", "'" + v + "' is not an amount in kronor (at most two decimals, not negative)");
      }
      return d.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new RowProblem(c.header(), "wrong-type", "'" + v + "' is not an amount in kronor");
    }
  }

  private static <E extends Enum<E>> E choice(RawRow row, Column c, Choices<E> values, boolean required)
      throws RowProblem {
    String v = required ? required(row, c) : row.value(c);
    if (v == null) {
      return null;
    }
    E e = values.get(v);
    if (e == null) {
      throw new RowProblem(c.header(), "unknown-value", "'" + v + "' is not one of "
          + String.join(", ", values.kebab) + Suggest.didYouMean(v, java.util.Arrays.asList(values.kebab)));
    }
    return e;
  }

  private static final Choices<Residence> RESIDENCE = new Choices<>(Residence.class);
  private static final Choices<ConventionCountry> COUNTRY = new Choices<>(ConventionCountry.class);
  private static final Choices<SwedeAbroadGroup> ABROAD = new Choices<>(SwedeAbroadGroup.class);
  private static final Choices<CareUnit> UNIT = new Choices<>(CareUnit.class);
  private static final Choices<ContactKind> KIND = new Choices<>(ContactKind.class);
  private static final Choices<Profession> PROFESSION = new Choices<>(Profession.class);
  private static final Choices<Urgency> URGENCY = new Choices<>(Urgency.class);
  private static final Choices<ReferralSource> REFERRAL = new Choices<>(ReferralSource.class);
  private static final Choices<Event> EVENT = new Choices<>(Event.class);

  /**
   * An enum's names, {@code primary-care} and {@code PRIMARY_CARE} (as the rulebook and the JSON
   * contract accept), looked up by comparing: a visit file's values are fresh strings whose hash
   * would be computed for every row.
   */
  static final class Choices<E extends Enum<E>> {
    final String[] kebab;
    private final String[] upper;
    private final E[] values;

    Choices(Class<E> type) {
      values = type.getEnumConstants();
      kebab = new String[values.length];
      upper = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        kebab[i] = YamlValue.kebab(values[i]);
        upper[i] = values[i].name();
      }
    }

    E get(String s) {
      for (int i = 0; i < kebab.length; i++) {
        if (kebab[i].equals(s) || upper[i].equals(s)) {
          return values[i];
        }
      }
      return null;
    }
  }
}
