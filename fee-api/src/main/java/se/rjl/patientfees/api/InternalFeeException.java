package se.rjl.patientfees.api;

/**
 * A fault of the library, not of the input (kind {@link ErrorKind#INTERNAL_ERROR}): it should not
 * happen; the cause is kept for the bug report and never shown to users. Immutable and thread-safe.
 */
public final class InternalFeeException extends PatientFeesException {
  private static final long serialVersionUID = 1L;

  InternalFeeException(Throwable cause) {
    super(ErrorKind.INTERNAL_ERROR, null, "an internal error occurred in the patient-fee library; please report it", cause);
  }
}
