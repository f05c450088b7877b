package se.rjl.patientfees.rules.model;

/**
 * A named age interval: from {@code fromYears} (inclusive) until {@code untilYears} (exclusive;
 * {@link #OPEN} for no upper limit), counted by {@link AgeSemantics}.
 */
public record AgeBand(String key, int fromYears, int untilYears, AgeSemantics semantics, Source source) {
  public static final int OPEN = Integer.MAX_VALUE;

  /** Every age, birthday semantics. */
  public static AgeBand all() {
    return new AgeBand("all-ages", 0, OPEN, AgeSemantics.BIRTHDAY, null);
  }

  public boolean contains(int years) {
    return years >= fromYears && years < untilYears;
  }

  public boolean overlaps(AgeBand other) {
    return fromYears < other.untilYears && other.fromYears < untilYears;
  }

  public boolean isAllAges() {
    return fromYears == 0 && untilYears == OPEN;
  }

  /** "20–84 år", "85+ år", "alla åldrar". */
  public String describe() {
    if (isAllAges()) {
      return "alla åldrar";
    }
    String by = semantics == AgeSemantics.CALENDAR_YEAR ? " (kalenderår)" : "";
    if (untilYears == OPEN) {
      return fromYears + "+ år" + by;
    }
    return fromYears + "–" + (untilYears - 1) + " år" + by;
  }
}
