package se.rjl.patientfees.api;

import java.util.Locale;

/**
 * What kind of error a {@link PatientFeesException} is: a stable list, shown as it is by the JSON
 * problem details ({@code "kind": "birth-date-after-contact"}) and the command line ({@code
 * [birth-date-after-contact]}). The {@linkplain #code() code} is the constant's name in lower case
 * with hyphens. Constants are only ever added, never renamed or removed, within a major version.
 * Thread-safe (an enum).
 */
public enum ErrorKind {
  // ---- the request as a whole (JSON)
  /** The JSON text does not parse, is empty, or holds more than one value. */
  MALFORMED_JSON,
  /** A field the contract does not know. */
  UNKNOWN_FIELD,
  /** A value of the wrong JSON type (a number where a string is expected, ...). */
  WRONG_TYPE,
  /** A value of the right type that is not allowed (an unknown enum value, a malformed date). */
  INVALID_VALUE,
  /** More items than the contract allows in one request. */
  TOO_MANY,

  // ---- values
  /** A value that must be given is missing. */
  MISSING,
  /** A value that is malformed (e.g. a blank payment id). */
  INVALID,
  /** Two values that cannot both hold. */
  CONTRADICTORY,
  /** Amounts or dates of one item that contradict each other (counted above paid, a period ending before it starts). */
  INCONSISTENT,
  /** A number outside its documented range (hours, pages, months, quantity, minutes, dates). */
  OUT_OF_RANGE,

  // ---- cap ledger and registry card (decisions E80–E82)
  /** An amount that would count more toward a cap than the cap itself (e.g. the aids cap already paid). */
  EXCEEDS_CAP,
  /** A registry date that is not a date {@code YYYY-MM-DD}. */
  INVALID_DATE,
  /** A registry card document that is not well-formed XML, or uses DTDs or entities. */
  INVALID_XML,
  /** The registry answered with an error result code instead of a card. */
  REGISTRY_ERROR,
  /** A registry card document larger than the adapter reads. */
  DOCUMENT_TOO_LARGE,
  /** A registry context value longer than the eFrikort contract allows. */
  TOO_LONG,
  /** An XML element the eFrikort contract does not have where a card is read. */
  UNEXPECTED_ELEMENT,
  /** A payment id that the cap state does not hold (to correct or reverse). */
  UNKNOWN_PAYMENT,
  /** A payment id used again for another contact, date or amount than the payment it names (issue 16). */
  PAYMENT_ID_CONFLICT,
  /** A reversal of a card's amount that takes out more than the card counted (decision E82). */
  EXCEEDS_CARD,
  /** A registry value outside the contract's list (e.g. an unknown card status). */
  UNKNOWN_VALUE,
  /** A registry card document that cannot be read (an I/O error of the stream). */
  UNREADABLE,

  // ---- amounts
  /** An amount that is not whole öre in kronor (e.g. {@code 250.005}). */
  INVALID_AMOUNT,
  /** An amount below zero. */
  NEGATIVE_AMOUNT,
  /** An amount above {@link Amounts#MAX_INPUT}. */
  AMOUNT_TOO_LARGE,
  /** An amount in another currency than SEK. */
  UNSUPPORTED_CURRENCY,

  // ---- the patient
  /** A personnummer or samordningsnummer with a wrong checksum or date. */
  INVALID_PERSONNUMMER,
  /** The birth date is after the contact. */
  BIRTH_DATE_AFTER_CONTACT,
  /** The birth date is after the request's date. */
  BIRTH_DATE_AFTER_DATE,
  /** The birth date is after the admission. */
  BIRTH_DATE_AFTER_ADMISSION,
  /** An age no living patient has. */
  IMPLAUSIBLE_AGE,
  /** No rule covers the patient (e.g. the Israeli convention outside childbirth care). */
  NOT_COVERED,

  // ---- dates and times
  /** No loaded rulebook is in force on the date. */
  OUTSIDE_VALIDITY,
  /** The earlier visit is after the contact. */
  PRIOR_AFTER_CONTACT,
  /** The cancellation is after the visit. */
  CANCELLED_AFTER_VISIT,
  /** The discharge is before the admission. */
  DISCHARGE_BEFORE_ADMISSION,
  /** Two leaves of a stay overlap. */
  OVERLAPPING_LEAVES,
  /** A transfer or leave outside the stay. */
  OUTSIDE_STAY,

  // ---- the rulebook's keys and rows
  /** No fee-code row matches the contact. */
  NO_FEE_ROW,
  /** The matching row has no fee code. */
  NO_FEE_CODE,
  /** A free reason the rulebook does not list. */
  UNKNOWN_FREE_REASON,
  /** An exemption group the rulebook does not list. */
  UNKNOWN_EXEMPTION,
  /** A certificate key the rulebook does not list. */
  UNKNOWN_CERTIFICATE,
  /** A copy recipient the rulebook does not list. */
  UNKNOWN_RECIPIENT,
  /** An aid key the rulebook does not list. */
  UNKNOWN_AID,
  /** An other-charge key the rulebook does not list (decision E53). */
  UNKNOWN_CHARGE,
  /** An exclusion the charge does not list (decision E52). */
  UNKNOWN_EXCLUSION,
  /** A certificate that is priced as a contact's fee, not as a certificate (decision E13). */
  PRICED_AS_CONTACT,
  /** Another key the rulebook or price list does not list. */
  UNKNOWN_KEY,
  /** An age that no age band of the row covers. */
  AGE_OUTSIDE_BAND,
  /** An age the aid's rows do not allow. */
  BAD_AGE,
  /** A count below zero. */
  NEGATIVE_COUNT,

  // ---- the dental price list
  /** A dental code the price list does not hold. */
  UNKNOWN_CODE,
  /** A dental row without a code, asked for by code. */
  NO_CODE,
  /** A dental code that names several rows. */
  AMBIGUOUS_CODE,
  /** A dental row of another area. */
  WRONG_AREA,
  /** A dental quantity the row does not allow. */
  BAD_QUANTITY,
  /** Dental minutes the row does not allow. */
  BAD_MINUTES,

  // ---- the cap ledger
  /** A payment id given twice, or already in the state. */
  DUPLICATE_PAYMENT_ID,

  // ---- files
  /** A rulebook that does not load; the exception lists every problem with file, line and column. */
  RULEBOOK_INVALID,
  /** A file that cannot be read (missing, not a regular file, too large, not UTF-8). */
  UNREADABLE_FILE,

  // ---- the service
  /** A fault of ours, not of the input: reported as HTTP 500 and exit code 3; never carries internals. */
  INTERNAL_ERROR;

  private final String code;

  ErrorKind() {
    this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The stable code shown in JSON and on the command line: {@code birth-date-after-contact}. */
  public String code() {
    return code;
  }

  /** The kind with {@code code}, or null. */
  public static ErrorKind ofCode(String code) {
    for (ErrorKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return code;
  }
}
