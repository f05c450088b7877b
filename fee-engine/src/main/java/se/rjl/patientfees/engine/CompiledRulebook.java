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

  private CompiledRulebook(Rulebook rulebook) {
    this.rulebook = rulebook;
    this.freeReasons = rulebook.freeReasons().stream().collect(Collectors.toUnmodifiableMap(FreeReason::key, Function.identity()));
    this.vaccinations =
        rulebook.vaccinations().stream().collect(Collectors.toUnmodifiableMap(VaccinationRule::vaccine, Function.identity()));
    this.workingDays = new WorkingDays(rulebook.missedVisits() == null || rulebook.missedVisits().evesAreNonWorkingDays());
    this.feeTable = new FeeTable(rulebook.feeCodes());
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

  /** The fee-code table compiled for lookup. */
  public FeeTable feeTable() {
    return feeTable;
  }
}
