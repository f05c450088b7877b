package se.rjl.patientfees.finance.reprice;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rjl.patientfees.engine.input.ContactField;

/**
 * The columns of a visit file (CSV header names, JSON Lines keys, .xlsx header cells): the patient's
 * id in the file, then every field of the one contact schema ({@link ContactField}) that the visit
 * file carries, under its flat column name. One row is one contact of one patient; the patient's
 * columns repeat on each of their rows. Values are written as in the JSON contract: dates {@code
 * 2026-03-10}, times {@code 2026-03-10T10:00} (Stockholm local time), choices in kebab case ({@code
 * primary-care}), booleans {@code true}/{@code false}, amounts in kronor ({@code 250} or {@code
 * 937.50}; {@code 937,50} in a Swedish Excel file). An empty value means "not given" (the default).
 * Only {@link #isRequired() required} columns must be present. See docs/finance.md.
 */
public enum Column {
  /** The patient's id in the file; rows with the same id share one cap ledger. Required. */
  PATIENT_ID(null),
  BIRTH_DATE(ContactField.BIRTH_DATE),
  RESIDENCE(ContactField.RESIDENCE),
  EU_CARD(ContactField.EU_CARD),
  CONVENTION_COUNTRY(ContactField.CONVENTION_COUNTRY),
  SWEDE_ABROAD_GROUP(ContactField.SWEDE_ABROAD_GROUP),
  AT(ContactField.AT),
  CARE_UNIT(ContactField.CARE_UNIT),
  KIND(ContactField.KIND),
  PROFESSION(ContactField.PROFESSION),
  URGENCY(ContactField.URGENCY),
  REFERRAL_SOURCE(ContactField.REFERRAL_SOURCE),
  REFERRAL_FIRST_VISIT(ContactField.REFERRAL_FIRST_VISIT),
  REFERRAL_POOL_TRAINING(ContactField.REFERRAL_POOL_TRAINING),
  FREE_REASON(ContactField.FREE_REASON),
  EVENT(ContactField.EVENT),
  CANCELLED_AT(ContactField.CANCELLED_AT),
  MISSED_FEE_WAIVED(ContactField.MISSED_FEE_WAIVED),
  AFTER_LATE_UNIT_CANCELLATION(ContactField.AFTER_LATE_UNIT_CANCELLATION),
  INTERPRETER_NOT_CANCELLED(ContactField.INTERPRETER_NOT_CANCELLED),
  CHILD_HEALTH_PROGRAMME(ContactField.CHILD_HEALTH_PROGRAMME),
  ADMISSION(ContactField.ADMISSION),
  TEAM_FOLLOWER(ContactField.TEAM_FOLLOWER),
  WAITING_MINUTES(ContactField.WAITING_MINUTES),
  VACCINE(ContactField.VACCINE),
  VACCINE_PRICE(ContactField.VACCINE_PRICE),
  RISK_GROUP(ContactField.RISK_GROUP),
  PRIOR_VISIT_AT(ContactField.PRIOR_VISIT_AT),
  PRIOR_VISIT_ACUTE(ContactField.PRIOR_VISIT_ACUTE),
  PRIOR_VISIT_UPPER_AIRWAY(ContactField.PRIOR_VISIT_UPPER_AIRWAY);

  private static final Column[] VALUES = values();
  private static final Map<String, Column> BY_NAME = new HashMap<>();

  static {
    for (Column c : VALUES) {
      BY_NAME.put(c.header(), c);
    }
  }

  private final ContactField field;

  Column(ContactField field) {
    this.field = field;
  }

  /** The schema field this column reads, or null for {@link #PATIENT_ID}. */
  public ContactField field() {
    return field;
  }

  /** The CSV header and JSON field name. */
  public String header() {
    return field == null ? "patientId" : field.column();
  }

  public boolean isRequired() {
    return field == null || field.isRequired();
  }

  /** The column with this header, or null. */
  public static Column byHeader(String name) {
    return BY_NAME.get(name);
  }

  /** The column of a schema field, or null when the visit file has none. */
  public static Column of(ContactField f) {
    for (Column c : VALUES) {
      if (c.field == f) {
        return c;
      }
    }
    return null;
  }

  /** Every header, for "did you mean" suggestions. */
  public static List<String> headers() {
    return Arrays.stream(VALUES).map(Column::header).toList();
  }

  static Column[] all() {
    return VALUES;
  }
}
