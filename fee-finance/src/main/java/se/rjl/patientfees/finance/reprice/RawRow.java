package se.rjl.patientfees.finance.reprice;

/**
 * One row of a visit file as text: its line number, its values by {@link Column} ordinal (null when
 * absent or empty), or the reason it could not be split into values.
 */
public record RawRow(long line, String[] values, String syntaxError) {
  public String value(Column c) {
    return values == null ? null : values[c.ordinal()];
  }

  public String patientId() {
    String id = value(Column.PATIENT_ID);
    return id == null ? "" : id;
  }
}
