package se.rjl.patientfees.finance.reprice;

import java.util.HashMap;
import java.util.Map;

/**
 * The columns of a visit file (CSV header names, JSON Lines field names). One row is one contact of
 * one patient; the patient's columns repeat on each of their rows. Values are written as in the JSON
 * contract: dates {@code 2026-03-10}, times {@code 2026-03-10T10:00} (Stockholm local time), choices
 * in lower case with hyphens ({@code primary-care}), booleans {@code true}/{@code false}, amounts in
 * kronor ({@code 250} or {@code 937.50}). An empty value means "not given" (the default). Only
 * {@link #isRequired() required} columns must be present; the others may be left out of the file.
 * See docs/finance.md.
 */
public enum Column {
  /** The patient's id in the file; rows with the same id share one cap ledger. Required. */
  PATIENT_ID("patientId", true),
  /** Required. */
  BIRTH_DATE("birthDate", true),
  /** {@code county-resident}, {@code other-region-resident}, {@code eu-ees}, … Required. */
  RESIDENCE("residence", true),
  /** For eu-ees, uk and swede-abroad in the EU/EES: an EU card (or E112) is shown. */
  EU_CARD("euCard", false),
  /** For convention-country: {@code algeria}, {@code australia}, {@code quebec}, {@code israel}. */
  CONVENTION_COUNTRY("conventionCountry", false),
  /** For swede-abroad: {@code eu-ees}, {@code eu-ees-pensioner}, {@code convention-country}, … */
  SWEDE_ABROAD_GROUP("swedeAbroadGroup", false),
  /** When the contact starts (or was booked to start). Required. */
  AT("at", true),
  /** {@code primary-care}, {@code specialist-care}, {@code emergency-department}, … Required. */
  CARE_UNIT("careUnit", true),
  /** {@code physical-visit}, {@code qualified-distance}, {@code interim-sampling}, … Required. */
  KIND("kind", true),
  /** {@code doctor}, {@code treatment}, {@code psychologist}. */
  PROFESSION("profession", false),
  /** {@code acute} or {@code planned} (default planned). */
  URGENCY("urgency", false),
  /** Who referred: {@code primary-care}, {@code specialist-care}, … (empty: no referral). */
  REFERRAL_SOURCE("referralSource", false),
  /** With a referral: whether this is its first visit (default false). */
  REFERRAL_FIRST_VISIT("referralFirstVisit", false),
  /** A free reason key of the rulebook ({@code smittskydd}, {@code womens-health-care}, …). */
  FREE_REASON("freeReason", false),
  /** {@code attended} (default), {@code missed}, {@code late-cancelled}, {@code cancelled-by-unit}. */
  EVENT("event", false),
  /** For late-cancelled and cancelled-by-unit: when the cancellation was made. */
  CANCELLED_AT("cancelledAt", false),
  INTERPRETER_NOT_CANCELLED("interpreterNotCancelled", false),
  CHILD_HEALTH_PROGRAMME("childHealthProgramme", false),
  ADMISSION("admission", false),
  TEAM_FOLLOWER("teamFollower", false),
  /** Minutes the patient waited past the booked time (waiting-time refund). */
  WAITING_MINUTES("waitingMinutes", false),
  /** For kind vaccination: the vaccine's key ({@code influenza}, {@code tbe}, …). */
  VACCINE("vaccine", false),
  /** For kind vaccination: the vaccine's price in kronor, added to the fee. */
  VACCINE_PRICE("vaccinePrice", false),
  /** For kind vaccination: the patient is in a risk group. */
  RISK_GROUP("riskGroup", false),
  /** An earlier visit for the same illness: when it started. */
  PRIOR_VISIT_AT("priorVisitAt", false),
  /** Whether that earlier visit was acute (the 24-hour rule). */
  PRIOR_VISIT_ACUTE("priorVisitAcute", false),
  /** Whether it was an upper-airway infection treated without antibiotics (free return within 5 days). */
  PRIOR_VISIT_UPPER_AIRWAY("priorVisitUpperAirway", false);

  private static final Map<String, Column> BY_NAME = new HashMap<>();

  static {
    for (Column c : values()) {
      BY_NAME.put(c.header, c);
    }
  }

  private final String header;
  private final boolean required;

  Column(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The CSV header and JSON field name. */
  public String header() {
    return header;
  }

  public boolean isRequired() {
    return required;
  }

  /** The column with this header, or null. */
  public static Column byHeader(String name) {
    return BY_NAME.get(name);
  }

  /** Every header, for "did you mean" suggestions. */
  public static java.util.List<String> headers() {
    return java.util.Arrays.stream(values()).map(Column::header).toList();
  }
}
