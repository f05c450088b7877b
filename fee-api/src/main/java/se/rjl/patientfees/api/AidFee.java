package se.rjl.patientfees.api;

import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.aids.AidResult;
import se.rjl.patientfees.rules.model.AidItem;

/**
 * What an aid (hjälpmedel) costs the patient, what the region grants, and the patient's aids cap
 * (1 800 kr per 12 months, L2794) after it. Keep {@link #state()} and pass it with the patient's
 * next aid. Amounts are {@link MonetaryAmount}s in SEK.
 *
 * <pre>{@code
 * AidFee cpap = fees.priceAid(patient, AidRequest.builder("cpap", LocalDate.of(2026, 2, 1)).months(3).build(),
 *     CapState.EMPTY, "hm-4711");
 * cpap.pay();                 // SEK 450.00: 150 kr a month
 * cpap.towardAidsCap();       // SEK 450.00
 * cpap.aidsCap().remaining(); // SEK 1350.00
 * CapState keep = cpap.state();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param paymentId the payment's id; a monthly fee is charged as {@code paymentId-m1}, {@code -m2}, ...
 * @param row the aids row used, or null when none applies
 * @param covered false when the patient gets no fee-financed aid or grant (own responsibility, no
 *     row for the age, a condition not met, a limit or prescription used up)
 * @param pay what the patient pays: the own fee after the aids cap, or for a purchase with a grant
 *     the price minus the grant
 * @param fee the own fee (egenavgift) before the aids cap
 * @param grant what the region pays as a grant (bidrag) or subsidy
 * @param towardAidsCap the part that counted toward the aids cap
 * @param frikort the aids cap was reached: fees waived in full or in part
 * @param months per month, for monthly fees run through the aids cap; else empty
 * @param aidsCap where the patient stands toward the aids cap after this aid
 * @param state the aids cap state after this aid (the given state when nothing counted)
 * @param explanation the rules applied, in order
 */
public record AidFee(
    String paymentId,
    String rulebookId,
    Row row,
    boolean covered,
    MonetaryAmount pay,
    MonetaryAmount fee,
    MonetaryAmount grant,
    MonetaryAmount towardAidsCap,
    boolean frikort,
    List<Month> months,
    CapStatus aidsCap,
    CapState state,
    List<ExplanationStep> explanation) {

  public AidFee {
    months = List.copyOf(months);
    explanation = List.copyOf(explanation);
  }

  static AidFee of(String paymentId, AidResult r, CapStatus aidsCap) {
    List<Month> months = new java.util.ArrayList<>();
    for (int i = 0; i < r.months().size(); i++) {
      AidResult.Month m = r.months().get(i);
      months.add(new Month(paymentId + "-m" + (i + 1), m.date(), Amounts.ofOre(m.feeOre()), Amounts.ofOre(m.payOre()),
          Amounts.ofOre(m.countedOre()), m.frikort()));
    }
    return new AidFee(paymentId, r.rulebookId(), Row.of(r.row()), r.covered(), Amounts.ofOre(r.payOre()), Amounts.ofOre(r.feeOre()),
        Amounts.ofOre(r.grantOre()), Amounts.ofOre(r.towardAidsCapOre()), r.frikort(), months, aidsCap, CapState.of(r.capState()),
        r.explanation().stream().map(ExplanationStep::of).toList());
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return explanation.stream().map(ExplanationStep::id).toList();
  }

  /**
   * The aids row used.
   *
   * <pre>{@code
   * AidFee.Row r = fee.row();
   * r.key();    // "cpap"
   * r.source(); // the regelbok lines, e.g. L2758–L2763
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param key the rulebook's row key
   * @param title the row's title as printed
   * @param kind how the amount works: own fee, percent of the price, grant, percent grant, own responsibility
   * @param unit per what ({@code månad}, {@code uttag}, ...), or null
   * @param countsTowardAidsCap marked * for the aids cap
   * @param source the regelbok citation of the row
   */
  public record Row(String key, String title, AidKind kind, String unit, boolean countsTowardAidsCap, String source) {
    static Row of(AidItem a) {
      return a == null ? null
          : new Row(a.key(), a.title(), EngineInputs.same(a.kind(), AidKind.class), a.unit(), a.countsTowardAidsCap(), a.source() == null ? null : a.source().cite());
    }
  }

  /**
   * One month of a monthly fee through the aids cap.
   *
   * <pre>{@code
   * AidFee.Month m = fee.months().get(0);
   * m.date();   // 2026-02-01
   * m.pay();    // SEK 150.00
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param paymentId the month's id in the aids cap ledger ({@code paymentId-m1}, ...)
   * @param fee the month's own fee
   * @param pay what the patient pays for the month after the aids cap
   * @param counted what counted toward the aids cap
   * @param frikort the cap waived the month's fee, in full or in part
   */
  public record Month(String paymentId, LocalDate date, MonetaryAmount fee, MonetaryAmount pay, MonetaryAmount counted, boolean frikort) {}

  /** How an aids row's amount works. Thread-safe (an enum). */
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
