package se.rjl.patientfees.finance.reprice;

/** A visit file that cannot be read at all (no header, unknown or missing columns): bad input, exit 2. */
public final class InputFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputFormatException(String message) {
    super(message);
  }
}
