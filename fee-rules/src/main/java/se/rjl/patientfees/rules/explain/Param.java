package se.rjl.patientfees.rules.explain;

/**
 * One parameter of an explanation step: its name in the rulebook's template and how its value is
 * recorded (a {@code long}) and shown.
 *
 * @param name the name a template uses, {@code {age}}
 * @param kind how the value is recorded and shown
 */
public record Param(String name, Kind kind) {

  /** How a recorded {@code long} is shown. */
  public enum Kind {
    /** A whole number: an age, a count, minutes. */
    INT,
    /** Öre, shown as kronor: {@code 250 kr}. */
    KR,
    /** A day number ({@link java.time.LocalDate#toEpochDay()}), shown as {@code 2026-02-10}. */
    DATE,
    /** 1 or 0: only for choices, {@code {flag?yes|no}}. */
    FLAG,
    /** An index into the step's texts (a key, a list of dates), or -1 for none. */
    TEXT,
    /** An index into the rulebook's fee-code rows, or -1; shown as the row's label. */
    ROW,
    /** An index into the step's items (a rulebook entry with key, title and source), or -1. */
    ITEM;

    boolean isReference() {
      return this == TEXT || this == ROW || this == ITEM;
    }
  }

  static Param parse(String spec) {
    int colon = spec.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("parameter '" + spec + "' has no kind");
    }
    return new Param(spec.substring(0, colon), Kind.valueOf(spec.substring(colon + 1).toUpperCase(java.util.Locale.ROOT)));
  }
}
