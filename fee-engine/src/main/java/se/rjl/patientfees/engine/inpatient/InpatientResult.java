package se.rjl.patientfees.engine.inpatient;

import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.engine.result.Trace;

/**
 * What a stay costs, day by day. The inpatient fee never counts toward the cap (L4532).
 *
 * @param rulebookId the rulebook of the admission day
 * @param priceList which day prices apply
 * @param totalOre the sum of the days' amounts
 * @param paidDays the number of paid days
 * @param days every calendar day from admission to discharge, with its amount and reason
 * @param trace the rules applied, in order
 */
public record InpatientResult(
    String rulebookId,
    PriceList priceList,
    long totalOre,
    int paidDays,
    List<InpatientDay> days,
    Trace trace) {

  public InpatientResult {
    days = List.copyOf(days);
    trace.freeze();
  }

  /** Always 0: "Patientavgiften för slutenvård är inte högkostnadsgrundande" (L4532). */
  public long countsTowardCapOre() {
    return 0;
  }

  /** The rules applied, with citations and Swedish texts from the rulebook (rendered now). */
  public List<AppliedRule> explanation() {
    return trace.render();
  }

  public List<String> ruleIds() {
    return trace.ruleIds();
  }

  /** The day prices a stay is charged by (decisions R27, R31, E12). */
  public enum PriceList {
    /** 130 kr for days 1–10 of a vårdtillfälle, then 110 kr (L4512–L4513). */
    STANDARD,
    /** A flat 130 kr per paid day: foreign patients with coverage, acute care (decision R27). */
    FOREIGN_FLAT,
    /** 1 300 kr per paid day: Swedes abroad in "other countries", planned care (L5797–L5798, R31). */
    SWEDE_ABROAD_PLANNED,
    /** No fee: an exempt group (L4535–L4557). */
    EXEMPT
  }
}
