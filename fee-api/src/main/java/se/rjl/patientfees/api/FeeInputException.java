package se.rjl.patientfees.api;

/**
 * Missing, malformed, contradictory or out-of-bounds input: names the {@linkplain #field() field}
 * as in the JSON contract (dotted, e.g. {@code patient.birthDate}, {@code contacts[2].profession})
 * and a stable {@linkplain #kind() kind} (e.g. {@link ErrorKind#BIRTH_DATE_AFTER_CONTACT}). A price
 * is never a silent 0 kr on bad input. Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   fees.priceContact(patient, contact);
 * } catch (FeeInputException e) {
 *   System.err.println(e.field() + " (" + e.kind().code() + "): " + e.detail());
 * }
 * }</pre>
 */
public final class FeeInputException extends PatientFeesException {
  private static final long serialVersionUID = 1L;

  /**
   * A new input error.
   *
   * @param field the input field, dotted
   * @param kind the kind
   * @param detail what is wrong, without the field
   */
  public FeeInputException(String field, ErrorKind kind, String detail) {
    super(kind, field, detail, null);
  }

  FeeInputException(String field, ErrorKind kind, String detail, Throwable cause) {
    super(kind, field, detail, cause);
  }

  /** An error whose kind is given by its code ({@code "missing"}); an unknown code is a bug of ours. */
  FeeInputException(String field, String kindCode, String detail) {
    this(field, known(kindCode), detail);
  }

  static ErrorKind known(String code) {
    ErrorKind k = ErrorKind.ofCode(code);
    if (k == null) {
      throw new IllegalStateException("error kind '" + code + "' is not in ErrorKind: add it there (and to docs/api.md)");
    }
    return k;
  }
}
