package se.rjl.patientfees.api;

/** Argument checks of the API's value types: a missing value is a {@link FeeInputException} naming the field. */
final class Check {
  private Check() {}

  static <T> T given(T value, String field) {
    if (value == null) {
      throw new FeeInputException(field, ErrorKind.MISSING, "give " + field);
    }
    return value;
  }
}
