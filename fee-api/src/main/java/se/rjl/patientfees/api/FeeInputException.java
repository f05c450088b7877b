package se.rjl.patientfees.api;

import se.rjl.patientfees.engine.InvalidInputException;

/**
 * Missing, malformed or contradictory input: names the {@linkplain #field() field} as in the JSON
 * contract (dotted, e.g. {@code patient.birthDate}, {@code contacts[2].profession}) and a stable
 * machine-readable {@linkplain #kind() kind} (e.g. {@code birth-date-after-contact}). A price is
 * never a silent 0 kr on bad input.
 *
 * <pre>{@code
 * try {
 *   fees.priceContact(patient, contact);
 * } catch (FeeInputException e) {
 *   System.err.println(e.field() + " (" + e.kind() + "): " + e.detail());
 * }
 * }</pre>
 */
public final class FeeInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String kind;
  private final String detail;

  /** A new input error naming {@code field}. */
  public FeeInputException(String field, String kind, String detail) {
    super(field + ": " + detail);
    this.field = field;
    this.kind = kind;
    this.detail = detail;
  }

  /** The engine's {@link InvalidInputException}, with its field, kind and message. */
  public FeeInputException(InvalidInputException cause) {
    super(cause.getMessage(), cause);
    this.field = cause.field();
    this.kind = cause.kind();
    this.detail = cause.detail();
  }

  /** The engine's error with its field moved under {@code prefix} (e.g. {@code contacts[2]}). */
  static FeeInputException under(String prefix, InvalidInputException cause) {
    String f = cause.field();
    if (prefix != null && f.startsWith("contact.")) {
      f = prefix + f.substring("contact".length());
    } else if (prefix != null && f.equals("contact")) {
      f = prefix;
    } else if (prefix != null && f.equals("paymentId")) {
      f = prefix + ".paymentId";
    }
    FeeInputException e = new FeeInputException(f, cause.kind(), cause.detail());
    e.initCause(cause);
    return e;
  }

  /** The input field, dotted: {@code contact.referral.source}. */
  public String field() {
    return field;
  }

  /** A stable machine-readable kind, e.g. {@code missing}, {@code birth-date-after-contact}. */
  public String kind() {
    return kind;
  }

  /** What is wrong, without the field. */
  public String detail() {
    return detail;
  }
}
