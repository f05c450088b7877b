package se.rjl.patientfees.engine;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.rjl.patientfees.engine.calendar.WorkingDays;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.FreeReason;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.VaccinationRule;

/**
 * A loaded rulebook prepared for pricing: lookup tables built once, so that pricing a contact does
 * no I/O and little allocation. Immutable and safe to share between threads.
 */
public final class CompiledRulebook {
  private final Rulebook rulebook;
  private final Map<String, FreeReason> freeReasons;
  private final Map<String, VaccinationRule> vaccinations;
  private final WorkingDays workingDays;
  private final FeeTable feeTable;
  private final FeeCodeRow refundRow;
  private final se.rjl.patientfees.rules.explain.Explainer explainer;

  private CompiledRulebook(Rulebook rulebook) {
    this.rulebook = rulebook;
    this.freeReasons = rulebook.freeReasons().stream().collect(Collectors.toUnmodifiableMap(FreeReason::key, Function.identity()));
    this.vaccinations =
        rulebook.vaccinations().stream().collect(Collectors.toUnmodifiableMap(VaccinationRule::vaccine, Function.identity()));
    this.workingDays = new WorkingDays(rulebook.missedVisits() == null || rulebook.missedVisits().evesAreNonWorkingDays());
    this.feeTable = new FeeTable(rulebook.feeCodes());
    this.explainer = se.rjl.patientfees.rules.explain.Explainer.of(rulebook);
    this.refundRow = rulebook.feeCodes().stream()
        .filter(r -> r.selectors().stream().anyMatch(sel -> sel.services().contains(Service.WAITING_TIME_REFUND)))
        .findFirst().orElse(null);
  }

  public static CompiledRulebook of(Rulebook rulebook) {
    return new CompiledRulebook(rulebook);
  }

  public Rulebook rulebook() {
    return rulebook;
  }

  public String id() {
    return rulebook.info().id();
  }

  public Map<String, FreeReason> freeReasons() {
    return freeReasons;
  }

  public Map<String, VaccinationRule> vaccinations() {
    return vaccinations;
  }

  public WorkingDays workingDays() {
    return workingDays;
  }

  /** The row registered when a fee is refunded after a long wait (code 600), or null. */
  public FeeCodeRow refundRow() {
    return refundRow;
  }

  /** The rulebook's explanations: citations and Swedish texts of the steps a result records. */
  public se.rjl.patientfees.rules.explain.Explainer explainer() {
    return explainer;
  }

  /** A new trace for one pricing call, explained by this rulebook. */
  public se.rjl.patientfees.engine.result.Trace trace() {
    return new se.rjl.patientfees.engine.result.Trace(explainer);
  }

  /** The index of {@code row} among the rulebook's fee-code rows (for explanations), or -1. */
  public int rowIndex(FeeCodeRow row) {
    if (row == null) {
      return -1;
    }
    var rows = rulebook.feeCodes();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == row) {
        return i;
      }
    }
    return -1;
  }

  /** The fee-code table compiled for lookup. */
  public FeeTable feeTable() {
    return feeTable;
  }
}
