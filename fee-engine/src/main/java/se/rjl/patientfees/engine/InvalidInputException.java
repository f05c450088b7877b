package se.rjl.patientfees.engine;

/**
 * Missing or contradictory input: names the field (as in the JSON contract, e.g. {@code
 * patient.birthDate}) and says what is wrong. Never a silent 0 kr.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String kind;

  public InvalidInputException(String field, String kind, String message) {
    super(field + ": " + message);
    this.field = field;
    this.kind = kind;
  }

  /** The input field, dotted: {@code contact.referral.source}. */
  public String field() {
    return field;
  }

  /** A stable machine-readable kind, e.g. {@code birth-date-after-contact}. */
  public String kind() {
    return kind;
  }

  /** The message without the field prefix. */
  public String detail() {
    return getMessage().substring(field.length() + 2);
  }
}
