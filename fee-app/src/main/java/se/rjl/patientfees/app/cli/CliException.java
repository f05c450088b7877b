package se.rjl.patientfees.app.cli;

/** A user's mistake the command reports in one line, with an exit code (usually {@link Main#BAD_INPUT}). */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(String message) {
    this(message, Main.BAD_INPUT);
  }

  CliException(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
