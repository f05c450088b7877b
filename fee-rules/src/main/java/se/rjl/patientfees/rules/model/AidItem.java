package se.rjl.patientfees.rules.model;

/**
 * One row of "Egenavgifter och bidrag 2026 hjälpmedelsområdet" (seed 002 L2667–L3031).
 *
 * @param kind how the amount works
 * @param amountOre the fixed amount, or the maximum for {@link AidKind#PERCENT_OF_PRICE}
 * @param percent the share of the price for {@link AidKind#PERCENT_OF_PRICE}, else 0
 * @param unit per what: "uttag", "månad", "ortos", "par", ...
 * @param ageBand key of the age band, or null for every age
 * @param countsTowardAidsCap marked "*" for the 1 800 kr aids cap (L2794)
 * @param rules selection and limits (products, kcal, wheel size, conditions, grant basis, limits);
 *     {@link AidRules#NONE} when the row has none
 */
public record AidItem(
    String key,
    String area,
    String title,
    AidKind kind,
    long amountOre,
    int percent,
    String unit,
    String ageBand,
    String group,
    boolean countsTowardAidsCap,
    String note,
    Source source,
    AidRules rules) {

  public AidItem {
    if (rules == null) {
      rules = AidRules.NONE;
    }
  }

  /** A row without selection rules. */
  public AidItem(String key, String area, String title, AidKind kind, long amountOre, int percent, String unit,
      String ageBand, String group, boolean countsTowardAidsCap, String note, Source source) {
    this(key, area, title, kind, amountOre, percent, unit, ageBand, group, countsTowardAidsCap, note, source, AidRules.NONE);
  }

  /** How an aid's amount is applied. */
  public enum AidKind {
    /** The patient pays a fixed own fee. */
    FEE,
    /** The patient pays a share of the price, up to a maximum. */
    PERCENT_OF_PRICE,
    /** The region pays a fixed grant (bidrag), up to a maximum. */
    GRANT,
    /** The region pays a share of the price as a grant. */
    PERCENT_GRANT,
    /** The patient's own responsibility: not provided. */
    OWN_RESPONSIBILITY
  }
}
