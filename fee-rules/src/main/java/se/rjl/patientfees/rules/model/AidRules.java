package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * How an aids row is selected and limited, beyond its kind, amount and age band (all optional; see
 * docs/rulebook-format.md, section {@code aids}).
 *
 * @param products product keys this row prices: a request by product key picks, among the rows that
 *     list it, the one whose age band, kcal range, wheel size and conditions fit (decisions R10, R11,
 *     R12, R17)
 * @param kcal the prescribed energy range the row covers, or null (enteral nutrition levels A–F)
 * @param wheel the wheel-size condition, or null (tricycles, decision R11)
 * @param conditions the row applies only when the request names one of these conditions (empty: no
 *     condition), e.g. {@code celiac-disease-verified}
 * @param grantBasis for {@link AidItem.AidKind#GRANT}: how the amount works
 * @param limit how many times the row is subsidised per period, or null
 * @param amountPer for grants "per år": the period the amount is a maximum for, or null
 * @param prescriptionValidYears the grant is paid only while the prescription is valid (0: no rule)
 * @param oneFeeIfBilateral "Endast en egenavgift vid bilateral behandling" (L2905)
 */
public record AidRules(
    List<String> products,
    KcalRange kcal,
    WheelSize wheel,
    List<String> conditions,
    GrantBasis grantBasis,
    Limit limit,
    LimitPeriod amountPer,
    int prescriptionValidYears,
    boolean oneFeeIfBilateral) {

  public static final AidRules NONE =
      new AidRules(List.of(), null, null, List.of(), GrantBasis.UP_TO_AMOUNT, null, null, 0, false);

  public AidRules {
    products = List.copyOf(products);
    conditions = List.copyOf(conditions);
    if (grantBasis == null) {
      grantBasis = GrantBasis.UP_TO_AMOUNT;
    }
  }

  /** Prescribed kcal from {@code from} to {@code to} inclusive ({@code to} {@link Integer#MAX_VALUE}: open). */
  public record KcalRange(int from, int to) {
    public boolean contains(int kcal) {
      return kcal >= from && kcal <= to;
    }

    /** "1301–1800 kcal", "> 1800 kcal". */
    public String describe() {
      return to == Integer.MAX_VALUE ? "minst " + from + " kcal" : from + "–" + to + " kcal";
    }
  }

  /**
   * A wheel-size condition: at most {@code atMost} inches, or above {@code above} inches (one of the
   * two is set); with {@code orAgeBand}, the row also applies to any wheel when the patient is in
   * that age band ("&lt; 20 år eller t o m 20\" hjulstorlek", decision R11).
   */
  public record WheelSize(Integer atMost, Integer above, String orAgeBand) {
    public boolean fits(int inches) {
      return atMost != null ? inches <= atMost : inches > above;
    }

    public String describe() {
      return atMost != null ? "hjulstorlek högst " + atMost + "\"" : "hjulstorlek över " + above + "\"";
    }
  }

  /** How a grant's amount works. */
  public enum GrantBasis {
    /** The grant is the price, at most the amount ("Max 800 kr"). */
    UP_TO_AMOUNT,
    /** The grant is the amount, whatever the price ("110 kr (B)" per uttag). */
    FIXED,
    /** The grant is the part of the price above the amount ("belopp som överstiger 5000 kr", R12). */
    ABOVE_AMOUNT
  }

  /** At most {@code count} subsidised uses per {@code per}. */
  public record Limit(int count, LimitPeriod per) {}

  /** The period a limit counts in. */
  public enum LimitPeriod {
    /** 1 January – 31 December ("per år", decisions R14, R16). */
    CALENDAR_YEAR,
    /** A calendar month ("ett uttag ska täcka näring för en månads behov", decision R17). */
    CALENDAR_MONTH,
    /** The 12 months before the date ("en gång per 12 mån", L2690). */
    TWELVE_MONTHS,
    /** The prescription's validity ("2 * max 8000 kr", decision R14). */
    PRESCRIPTION
  }
}
