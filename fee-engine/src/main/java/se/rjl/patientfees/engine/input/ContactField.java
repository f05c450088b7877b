package se.rjl.patientfees.engine.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.Suggest;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * The one description of the patient and contact fields that every input format reads: the JSON
 * contract and the scenario format (nested: {@code contact.referral.poolTraining}) and the visit
 * file of the finance tools (one flat row: {@code referralPoolTraining}). Each field says its path,
 * its column, its type, whether it is required, and how its text is read, with the words the JSON
 * contract uses for a bad value, so that a visit file refuses what {@code price} refuses and says so
 * alike (issue 16 part 5). A test binds every field in every format it is marked for.
 *
 * <p>Text values: dates {@code 2026-03-10}; times {@code 2026-03-10T10:00} (or with {@code :SS}),
 * Stockholm local time without an offset; choices in kebab case exactly ({@code primary-care});
 * booleans {@code true}/{@code false}; amounts in kronor with at most two decimals and at most
 * {@link #MAX_AMOUNT_KRONOR} kronor; whole numbers from 0 to {@link #MAX_WHOLE_NUMBER}.
 */
public enum ContactField {
  PERSONNUMMER(Part.PATIENT, "personnummer", null, Type.TEXT, null, false, EnumSet.of(Format.JSON, Format.SCENARIO),
      "give the personnummer or the birth date"),
  BIRTH_DATE(Part.PATIENT, "birthDate", "birthDate", Type.DATE, null, true, EnumSet.allOf(Format.class),
      "give the birth date, YYYY-MM-DD"),
  RESIDENCE(Part.PATIENT, "residence", "residence", Type.CHOICE, Residence.class, true, EnumSet.allOf(Format.class),
      "give where the patient lives, e.g. county-resident"),
  EU_CARD(Part.PATIENT, "euCard", "euCard", Type.BOOLEAN, null, false, EnumSet.allOf(Format.class), null),
  CONVENTION_COUNTRY(Part.PATIENT, "conventionCountry", "conventionCountry", Type.CHOICE, ConventionCountry.class, false,
      EnumSet.allOf(Format.class), null),
  SWEDE_ABROAD_GROUP(Part.PATIENT, "swedeAbroadGroup", "swedeAbroadGroup", Type.CHOICE, SwedeAbroadGroup.class, false,
      EnumSet.allOf(Format.class), null),

  AT(Part.CONTACT, "at", "at", Type.DATE_TIME, null, true, EnumSet.allOf(Format.class),
      "give when the contact starts, YYYY-MM-DDTHH:MM"),
  CARE_UNIT(Part.CONTACT, "careUnit", "careUnit", Type.CHOICE, CareUnit.class, true, EnumSet.allOf(Format.class),
      "give the care unit, e.g. primary-care"),
  KIND(Part.CONTACT, "kind", "kind", Type.CHOICE, ContactKind.class, true, EnumSet.allOf(Format.class),
      "give the kind of contact, e.g. physical-visit"),
  PROFESSION(Part.CONTACT, "profession", "profession", Type.CHOICE, Profession.class, false, EnumSet.allOf(Format.class), null),
  URGENCY(Part.CONTACT, "urgency", "urgency", Type.CHOICE, Urgency.class, false, EnumSet.allOf(Format.class), null),
  REFERRAL_SOURCE(Part.CONTACT, "referral.source", "referralSource", Type.CHOICE, ReferralSource.class, false,
      EnumSet.allOf(Format.class), "give who referred, e.g. primary-care"),
  REFERRAL_FIRST_VISIT(Part.CONTACT, "referral.firstVisit", "referralFirstVisit", Type.BOOLEAN, null, false,
      EnumSet.allOf(Format.class), null),
  /** A pool-training referral (bassängträning, L4444–L4446). */
  REFERRAL_POOL_TRAINING(Part.CONTACT, "referral.poolTraining", "referralPoolTraining", Type.BOOLEAN, null, false,
      EnumSet.allOf(Format.class), null),
  FREE_REASON(Part.CONTACT, "freeReason", "freeReason", Type.TEXT, null, false, EnumSet.allOf(Format.class), null),
  TEAM_FOLLOWER(Part.CONTACT, "teamFollower", "teamFollower", Type.BOOLEAN, null, false, EnumSet.allOf(Format.class), null),
  PRIOR_VISIT_AT(Part.CONTACT, "priorVisit.at", "priorVisitAt", Type.DATE_TIME, null, false, EnumSet.allOf(Format.class),
      "give when the earlier visit was"),
  PRIOR_VISIT_ACUTE(Part.CONTACT, "priorVisit.acute", "priorVisitAcute", Type.BOOLEAN, null, false,
      EnumSet.allOf(Format.class), null),
  PRIOR_VISIT_UPPER_AIRWAY(Part.CONTACT, "priorVisit.upperAirwayInfectionWithoutAntibiotics", "priorVisitUpperAirway",
      Type.BOOLEAN, null, false, EnumSet.allOf(Format.class), null),
  WAITING_MINUTES(Part.CONTACT, "waitingMinutes", "waitingMinutes", Type.WHOLE_NUMBER, null, false,
      EnumSet.allOf(Format.class), null),
  VACCINE(Part.CONTACT, "vaccination.vaccine", "vaccine", Type.TEXT, null, false, EnumSet.allOf(Format.class),
      "give the vaccine, e.g. influenza"),
  VACCINE_PRICE(Part.CONTACT, "vaccination.price", "vaccinePrice", Type.AMOUNT, null, false, EnumSet.allOf(Format.class),
      "give the vaccine's price in kronor"),
  RISK_GROUP(Part.CONTACT, "vaccination.riskGroup", "riskGroup", Type.BOOLEAN, null, false, EnumSet.allOf(Format.class), null),
  EVENT(Part.CONTACT, "event", "event", Type.CHOICE, Event.class, false, EnumSet.allOf(Format.class), null),
  CANCELLED_AT(Part.CONTACT, "cancelledAt", "cancelledAt", Type.DATE_TIME, null, false, EnumSet.allOf(Format.class), null),
  INTERPRETER_NOT_CANCELLED(Part.CONTACT, "interpreterNotCancelled", "interpreterNotCancelled", Type.BOOLEAN, null, false,
      EnumSet.allOf(Format.class), null),
  CHILD_HEALTH_PROGRAMME(Part.CONTACT, "childHealthProgramme", "childHealthProgramme", Type.BOOLEAN, null, false,
      EnumSet.allOf(Format.class), null),
  ADMISSION(Part.CONTACT, "admission", "admission", Type.BOOLEAN, null, false, EnumSet.allOf(Format.class), null),
  /** A missed or late-cancelled booking whose fee was waived (L4358–L4359, L4376–L4377, decision E09). */
  MISSED_FEE_WAIVED(Part.CONTACT, "missedFeeWaived", "missedFeeWaived", Type.BOOLEAN, null, false,
      EnumSet.allOf(Format.class), null),
  /** A planned visit after the care unit cancelled the previous booking late: free (L4390–L4397, decision E08). */
  AFTER_LATE_UNIT_CANCELLATION(Part.CONTACT, "afterLateUnitCancellation", "afterLateUnitCancellation", Type.BOOLEAN,
      null, false, EnumSet.allOf(Format.class), null),
  /** The earlier visit already gave the one free return within five days (finding F5, decision R24). */
  PRIOR_VISIT_FREE_RETURN_USED(Part.CONTACT, "priorVisit.freeReturnUsed", null, Type.BOOLEAN, null, false,
      EnumSet.of(Format.JSON, Format.SCENARIO), null),
  /** An EU/EES or UK card holder's care that cannot wait (decision E51). */
  NECESSARY_CARE(Part.CONTACT, "necessaryCare", null, Type.BOOLEAN, null, false, EnumSet.of(Format.JSON, Format.SCENARIO), null),
  /** Delivery care (Israel's convention, decision R28). */
  DELIVERY_CARE(Part.CONTACT, "deliveryCare", null, Type.BOOLEAN, null, false, EnumSet.of(Format.JSON, Format.SCENARIO), null),
  /** The delivery's date, for the weeks after a birth (decision R36). */
  DELIVERY_DATE(Part.CONTACT, "deliveryDate", null, Type.DATE, null, false, EnumSet.of(Format.JSON, Format.SCENARIO), null),
  /** A planned polyclinic procedure: no waiting-time refund (finding F6). */
  POLYCLINIC_PROCEDURE(Part.CONTACT, "polyclinicProcedure", null, Type.BOOLEAN, null, false,
      EnumSet.of(Format.JSON, Format.SCENARIO), null),
  /** The patient is a region employee (decision E54). */
  REGION_EMPLOYEE(Part.CONTACT, "regionEmployee", null, Type.BOOLEAN, null, false, EnumSet.of(Format.JSON, Format.SCENARIO), null),
  /** A third party is liable for the care (decision E54). */
  THIRD_PARTY_LIABLE(Part.CONTACT, "thirdPartyLiable", null, Type.BOOLEAN, null, false,
      EnumSet.of(Format.JSON, Format.SCENARIO), null);

  /** The most kronor an amount from outside may be (the JSON contract's bound: nine digits). */
  public static final long MAX_AMOUNT_KRONOR = 999_999_999L;
  /** The largest whole number a field takes (minutes waited). */
  public static final int MAX_WHOLE_NUMBER = 100_000;

  /** Whose field it is: the JSON contract's {@code patient} or {@code contact} object. */
  public enum Part {
    PATIENT,
    CONTACT;

    public String key() {
      return this == PATIENT ? "patient" : "contact";
    }
  }

  /** The value types. */
  public enum Type {
    DATE,
    DATE_TIME,
    CHOICE,
    BOOLEAN,
    WHOLE_NUMBER,
    AMOUNT,
    TEXT
  }

  /** The formats that read contacts. */
  public enum Format {
    /** The JSON contract (fee-api). */
    JSON,
    /** The scenario format (YAML). */
    SCENARIO,
    /** The finance tools' visit file (CSV, JSON Lines, .xlsx): one flat row per contact. */
    VISIT_FILE
  }

  private final Part part;
  private final String path;
  private final String column;
  private final Type type;
  private final Class<? extends Enum<?>> choices;
  private final boolean required;
  private final Set<Format> formats;
  private final String missingHint;
  private final String[] kebab;
  private final Enum<?>[] constants;

  ContactField(Part part, String path, String column, Type type, Class<? extends Enum<?>> choices, boolean required,
      Set<Format> formats, String missingHint) {
    this.part = part;
    this.path = path;
    this.column = column;
    this.type = type;
    this.choices = choices;
    this.required = required;
    this.formats = formats;
    this.missingHint = missingHint;
    this.constants = choices == null ? null : choices.getEnumConstants();
    this.kebab = choices == null ? null
        : Arrays.stream(choices.getEnumConstants()).map(e -> YamlValue.kebab((Enum<?>) e)).toArray(String[]::new);
  }

  public Part part() {
    return part;
  }

  /** The path inside the patient or contact object: {@code referral.poolTraining}. */
  public String path() {
    return path;
  }

  /** The field as the JSON contract names it in errors: {@code contact.referral.poolTraining}. */
  public String jsonField() {
    return part.key() + "." + path;
  }

  /** The visit file's column (CSV header, JSON Lines key, .xlsx header), or null when the visit file has none. */
  public String column() {
    return column;
  }

  public Type type() {
    return type;
  }

  /** For {@link Type#CHOICE}: the enum whose kebab-case names are the allowed values. */
  public Class<? extends Enum<?>> choices() {
    return choices;
  }

  /** The allowed values of a choice in kebab case, else an empty list. */
  public List<String> allowedValues() {
    return kebab == null ? List.of() : List.of(kebab);
  }

  /** Required wherever its object is given (a referral needs its source, a prior visit its time). */
  public boolean isRequired() {
    return required;
  }

  public Set<Format> formats() {
    return formats;
  }

  public boolean isIn(Format f) {
    return formats.contains(f);
  }

  /** The visit-file fields, in column order. */
  public static List<ContactField> visitFileColumns() {
    return Arrays.stream(values()).filter(f -> f.isIn(Format.VISIT_FILE)).toList();
  }

  /** The field with this visit-file column, or null. */
  public static ContactField byColumn(CharSequence name) {
    for (ContactField f : values()) {
      if (f.column != null && f.column.contentEquals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The error for a missing value, in the JSON contract's words. */
  public InvalidInputException missing() {
    return new InvalidInputException(jsonField(), "missing", missingHint != null ? missingHint : "give " + path);
  }

  /**
   * A valid value of this field that is not its default, as text (for the test that binds every
   * field in every format, and for documentation).
   */
  public String exampleText() {
    return switch (this) {
      case PERSONNUMMER -> "19610504-2383";
      case URGENCY -> "acute";
      case EVENT -> "late-cancelled";
      case FREE_REASON -> "smittskydd";
      case VACCINE -> "influenza";
      default -> switch (type) {
        case DATE -> "1961-05-04";
        case DATE_TIME -> "2026-03-09T08:15";
        case CHOICE -> kebab[kebab.length - 1];
        case BOOLEAN -> "true";
        case WHOLE_NUMBER -> "17";
        case AMOUNT -> "312.50";
        case TEXT -> "text";
      };
    };
  }

  /** The fields this one is given with: a referral's source, a prior visit's time, a vaccination's vaccine and price. */
  public List<ContactField> companions() {
    return switch (this) {
      case REFERRAL_FIRST_VISIT, REFERRAL_POOL_TRAINING -> List.of(REFERRAL_SOURCE);
      case PRIOR_VISIT_ACUTE, PRIOR_VISIT_UPPER_AIRWAY, PRIOR_VISIT_FREE_RETURN_USED -> List.of(PRIOR_VISIT_AT);
      case VACCINE -> List.of(VACCINE_PRICE);
      case VACCINE_PRICE, RISK_GROUP -> List.of(VACCINE, VACCINE_PRICE);
      default -> List.of();
    };
  }

  // --- reading text --------------------------------------------------------------------------------

  /** A date {@code YYYY-MM-DD}. */
  public LocalDate date(CharSequence s) {
    LocalDate d = isoDate(s, 0, s.length());
    if (d == null) {
      throw invalid("invalid-value", "must be a date written YYYY-MM-DD, not '" + s + "'");
    }
    return d;
  }

  /** A local date and time {@code YYYY-MM-DDTHH:MM} or {@code YYYY-MM-DDTHH:MM:SS}. */
  public LocalDateTime dateTime(CharSequence s) {
    int n = s.length();
    LocalDateTime t = null;
    if ((n == 16 || n == 19) && s.charAt(10) == 'T' && s.charAt(13) == ':' && (n == 16 || s.charAt(16) == ':')) {
      LocalDate d = isoDate(s, 0, 10);
      int h = digits(s, 11, 2);
      int m = digits(s, 14, 2);
      int sec = n == 19 ? digits(s, 17, 2) : 0;
      if (d != null && h >= 0 && h <= 23 && m >= 0 && m <= 59 && sec >= 0 && sec <= 59) {
        t = d.atTime(h, m, sec);
      }
    }
    if (t == null) {
      throw invalid("invalid-value",
          "must be a local date and time written YYYY-MM-DDTHH:MM (Stockholm time, no offset), not '" + s + "'");
    }
    return t;
  }

  /** {@code true} or {@code false}. */
  public boolean bool(CharSequence s) {
    if ("true".contentEquals(s)) {
      return true;
    }
    if ("false".contentEquals(s)) {
      return false;
    }
    throw invalid("wrong-type", "must be true or false, not '" + s + "'");
  }

  /** A whole number from 0 to {@link #MAX_WHOLE_NUMBER}. */
  public int wholeNumber(CharSequence s) {
    int n = s.length();
    long v = 0;
    boolean ok = n > 0 && n <= 9;
    for (int i = 0; ok && i < n; i++) {
      char c = s.charAt(i);
      ok = c >= '0' && c <= '9';
      v = v * 10 + (c - '0');
    }
    if (!ok) {
      throw invalid("wrong-type", "must be a whole number, not '" + s + "'");
    }
    if (v > MAX_WHOLE_NUMBER) {
      throw invalid("out-of-range", "must be at most " + MAX_WHOLE_NUMBER + ", not " + s);
    }
    return (int) v;
  }

  /**
   * An amount in kronor, {@code 312.50}, as whole öre: at most {@link #MAX_AMOUNT_KRONOR} kronor and
   * two decimals, no sign, no exponent, no grouping. {@code decimalSeparator} is {@code .} in the
   * JSON contract and international files, {@code ,} in Swedish Excel files.
   */
  public long amountOre(CharSequence s, char decimalSeparator) {
    int n = s.length();
    int i = 0;
    long kronor = 0;
    int intDigits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      kronor = kronor * 10 + (s.charAt(i) - '0');
      intDigits++;
      i++;
    }
    long ore = 0;
    boolean ok = intDigits >= 1 && intDigits <= 9 && !(intDigits > 1 && s.charAt(0) == '0');
    if (ok && i < n) {
      ok = s.charAt(i) == decimalSeparator && n - i - 1 >= 1 && n - i - 1 <= 2;
      for (int j = i + 1; ok && j < n; j++) {
        char c = s.charAt(j);
        ok = c >= '0' && c <= '9';
        ore = ore * 10 + (c - '0');
      }
      if (n - i - 1 == 1) {
        ore *= 10;
      }
    }
    if (!ok) {
      throw invalid("invalid-amount", "'" + s + "' is not an amount: kronor with at most two decimals and a "
          + (decimalSeparator == ',' ? "comma, e.g. \"250,00\"" : "point, e.g. \"250.00\""));
    }
    return kronor * 100 + ore;
  }

  /** A choice in kebab case, exactly. */
  public Enum<?> choice(CharSequence s) {
    for (int i = 0; i < kebab.length; i++) {
      if (kebab[i].contentEquals(s)) {
        return constants[i];
      }
    }
    String typed = s.toString();
    throw invalid("invalid-value", "'" + typed + "' is not one of " + String.join(", ", kebab)
        + Suggest.didYouMean(typed.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), List.of(kebab)));
  }

  /** Any text: for {@link Type#TEXT}, the value itself. */
  public String text(CharSequence s) {
    return s.toString();
  }

  /**
   * Reads a value of this field's type: a {@link LocalDate}, {@link LocalDateTime}, enum constant,
   * {@link Boolean}, {@link Integer}, {@link Long} öre or {@link String}.
   */
  public Object read(CharSequence s, char decimalSeparator) {
    return switch (type) {
      case DATE -> date(s);
      case DATE_TIME -> dateTime(s);
      case CHOICE -> choice(s);
      case BOOLEAN -> bool(s);
      case WHOLE_NUMBER -> wholeNumber(s);
      case AMOUNT -> amountOre(s, decimalSeparator);
      case TEXT -> text(s);
    };
  }

  /** This field's value in a patient and contact as {@link #read} gives it (null when not set or false). */
  public Object valueIn(Patient p, Contact c) {
    Object v = switch (this) {
      case PERSONNUMMER -> null;
      case BIRTH_DATE -> p.birthDate();
      case RESIDENCE -> p.residence();
      case EU_CARD -> p.euCard();
      case CONVENTION_COUNTRY -> p.conventionCountry();
      case SWEDE_ABROAD_GROUP -> p.swedeAbroadGroup();
      case AT -> c.at();
      case CARE_UNIT -> c.careUnit();
      case KIND -> c.kind();
      case PROFESSION -> c.profession();
      case URGENCY -> c.urgency();
      case REFERRAL_SOURCE -> c.referral() == null ? null : c.referral().source();
      case REFERRAL_FIRST_VISIT -> c.referral() != null && c.referral().firstVisit();
      case REFERRAL_POOL_TRAINING -> c.referral() != null && c.referral().poolTraining();
      case FREE_REASON -> c.freeReason();
      case TEAM_FOLLOWER -> c.teamFollower();
      case PRIOR_VISIT_AT -> c.priorVisit() == null ? null : c.priorVisit().at();
      case PRIOR_VISIT_ACUTE -> c.priorVisit() != null && c.priorVisit().acute();
      case PRIOR_VISIT_UPPER_AIRWAY -> c.priorVisit() != null && c.priorVisit().upperAirwayInfectionWithoutAntibiotics();
      case WAITING_MINUTES -> c.waitingMinutes();
      case VACCINE -> c.vaccination() == null ? null : c.vaccination().vaccine();
      case VACCINE_PRICE -> c.vaccination() == null ? null : c.vaccination().priceOre();
      case RISK_GROUP -> c.vaccination() != null && c.vaccination().riskGroup();
      case EVENT -> c.event();
      case CANCELLED_AT -> c.cancelledAt();
      case INTERPRETER_NOT_CANCELLED -> c.interpreterNotCancelled();
      case CHILD_HEALTH_PROGRAMME -> c.childHealthProgramme();
      case ADMISSION -> c.admission();
      case MISSED_FEE_WAIVED -> c.missedFeeWaived();
      case AFTER_LATE_UNIT_CANCELLATION -> c.afterLateUnitCancellation();
      case PRIOR_VISIT_FREE_RETURN_USED -> c.priorVisit() != null && c.priorVisit().freeReturnUsed();
      case NECESSARY_CARE -> c.necessaryCare();
      case DELIVERY_CARE -> c.deliveryCare();
      case DELIVERY_DATE -> c.deliveryDate();
      case POLYCLINIC_PROCEDURE -> c.polyclinicProcedure();
      case REGION_EMPLOYEE -> c.regionEmployee();
      case THIRD_PARTY_LIABLE -> c.thirdPartyLiable();
    };
    return Boolean.FALSE.equals(v) ? null : v;
  }

  private InvalidInputException invalid(String kind, String detail) {
    return new InvalidInputException(jsonField(), kind, detail);
  }

  private static LocalDate isoDate(CharSequence s, int from, int to) {
    if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
      return null;
    }
    int y = digits(s, from, 4);
    int m = digits(s, from + 5, 2);
    int d = digits(s, from + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(CharSequence s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
