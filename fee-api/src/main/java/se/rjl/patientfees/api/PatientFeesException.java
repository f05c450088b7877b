package se.rjl.patientfees.api;

/**
 * The library's one exception family: every error the API reports is one of these, with a stable
 * {@link ErrorKind}, the field or file it concerns, and what is wrong in plain words. Internal
 * exception types never leave the API. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link InternalFeeException}: a bug of ours ({@link ErrorKind#INTERNAL_ERROR}); the cause is kept.
 *   <li>{@link FeeInputException}: the input is missing, malformed, contradictory or out of bounds;
 *       names the field.
 *   <li>{@link RulebookLoadException}: a rulebook does not load; lists every problem with file, line
 *       and column.
 * </ul>
 *
 * <pre>{@code
 * try {
 *   fees.priceContact(patient, contact);
 * } catch (PatientFeesException e) {
 *   log.warn("{} ({}): {}", e.field(), e.kind().code(), e.detail());
 * }
 * }</pre>
 */
public abstract class PatientFeesException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorKind kind;
  private final String field;
  private final String detail;

  /**
   * A new error.
   *
   * @param kind the kind
   * @param field the field or file it concerns, or null
   * @param detail what is wrong, without the field
   * @param cause the internal cause (kept for debugging, never shown to users), or null
   */
  protected PatientFeesException(ErrorKind kind, String field, String detail, Throwable cause) {
    super(field == null ? detail : field + ": " + detail, cause);
    if (kind == null) {
      throw new IllegalArgumentException("an error needs a kind");
    }
    this.kind = kind;
    this.field = field;
    this.detail = detail;
  }

  /** The stable kind of error. */
  public ErrorKind kind() {
    return kind;
  }

  /** The input field, dotted ({@code contacts[2].at}), or the file; null when the error concerns neither. */
  public String field() {
    return field;
  }

  /** What is wrong, in plain words, without the field. */
  public String detail() {
    return detail;
  }
}
