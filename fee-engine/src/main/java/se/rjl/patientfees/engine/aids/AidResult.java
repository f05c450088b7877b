package se.rjl.patientfees.engine.aids;

import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.model.AidItem;

/**
 * What an aid costs the patient and what the region grants. Amounts are whole öre.
 *
 * @param row the aids row used, or null when none applies ({@code covered} false)
 * @param covered false when the patient gets no fee-financed aid or grant: own responsibility, no
 *     row for the age, a condition not met, a limit or prescription run out
 * @param feeOre the own fee (egenavgift) before the aids cap
 * @param payOre what the patient pays: the own fee after the aids cap, or for a purchase with a
 *     grant the price minus the grant
 * @param grantOre what the region pays as a grant (bidrag) or subsidy
 * @param towardAidsCapOre the part that counted toward the aids cap (1 800 kr, L2794)
 * @param frikort the aids cap was reached: fees waived in full or in part
 * @param months per month for monthly fees run through the aids cap ledger, else empty
 * @param capState the aids cap state after the charges (the input state when nothing counted)
 */
public record AidResult(
    String rulebookId,
    AidItem row,
    boolean covered,
    long feeOre,
    long payOre,
    long grantOre,
    long towardAidsCapOre,
    boolean frikort,
    List<Month> months,
    CapState capState,
    Trace trace) {

  public AidResult {
    months = List.copyOf(months);
    trace.freeze();
  }

  /** The rules applied, with citations and Swedish texts from the rulebook (rendered now). */
  public List<AppliedRule> explanation() {
    return trace.render();
  }

  public List<String> ruleIds() {
    return trace.ruleIds();
  }

  /** One month of a monthly fee through the aids cap ledger. */
  public record Month(LocalDate date, long feeOre, long payOre, long countedOre, boolean frikort, CapLedger.Result cap) {}
}
