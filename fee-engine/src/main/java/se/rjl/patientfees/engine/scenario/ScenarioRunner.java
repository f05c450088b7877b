package se.rjl.patientfees.engine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.engine.ledger.PricedContact;
import se.rjl.patientfees.engine.outpatient.Money;

/**
 * Runs scenario cases: each case's contacts in order, through the outpatient rules and the cap
 * ledger, checking every expectation. Used by the test suite and the {@code test} command.
 */
public final class ScenarioRunner {
  private final PatientPricer pricer;

  public ScenarioRunner(Function<LocalDate, CompiledRulebook> rulebookFor) {
    this.pricer = new PatientPricer(rulebookFor);
  }

  /** The outcome of one case: passed, or what differed. */
  public record Outcome(ScenarioCase scenario, List<String> failures, List<String> rowsUsed) {
    public boolean passed() {
      return failures.isEmpty();
    }

    /** {@code file:line: name: failure; failure} for a terminal. */
    public String describe() {
      return scenario.location() + ": " + scenario.name() + " [" + scenario.source() + "]: " + String.join("; ", failures);
    }
  }

  public Outcome run(ScenarioCase c) {
    List<String> failures = new ArrayList<>();
    List<String> rowsUsed = new ArrayList<>();
    CapState state = CapState.EMPTY;
    Patient patient = null;
    int i = 0;
    for (ScenarioCase.Step step : c.steps()) {
      i++;
      String at = c.steps().size() > 1 ? "contact " + i + ": " : "";
      ScenarioCase.Expectation e = step.expect();
      try {
        if (patient == null) {
          patient = c.patient().toPatient(step.contact().at().toLocalDate());
        }
        PricedContact p = pricer.price(patient, step.contact(), state, c.name() + "#" + i);
        state = p.state();
        if (p.fee().row() != null) {
          rowsUsed.add(p.fee().row().key());
        }
        if (e.errorField() != null) {
          failures.add(at + "expected an error naming " + e.errorField() + " but it cost " + Money.kr(p.payOre()));
          continue;
        }
        check(failures, at + "pay", e.payOre(), p.payOre());
        check(failures, at + "towardCap", e.towardCapOre(), p.countedOre());
        check(failures, at + "vaccine", e.vaccineOre(), p.fee().vaccineOre());
        if (e.feeCode() != null) {
          String code = p.fee().row() == null ? "none" : String.valueOf(p.fee().row().code());
          if (!e.feeCode().equals(code)) {
            failures.add(at + "feeCode expected " + e.feeCode() + " but was " + code
                + (p.fee().row() == null ? "" : " (" + p.fee().row().product() + ")"));
          }
        }
        if (e.rowKey() != null) {
          String key = p.fee().row() == null ? "none" : p.fee().row().key();
          if (!e.rowKey().equals(key)) {
            failures.add(at + "row expected " + e.rowKey() + " but was " + key);
          }
        }
        if (e.frikort() != null && e.frikort() != p.frikortApplied()) {
          failures.add(at + "frikort expected " + e.frikort() + " but was " + p.frikortApplied());
        }
        for (String rule : e.rules()) {
          if (!p.fee().ruleIds().contains(rule)) {
            failures.add(at + "rule " + rule + " not applied (applied: " + p.fee().ruleIds() + ")");
          }
        }
      } catch (InvalidInputException ex) {
        if (e.errorField() == null) {
          failures.add(at + "unexpected error: " + ex.getMessage());
        } else if (!e.errorField().equals(ex.field()) || e.errorKind() != null && !e.errorKind().equals(ex.kind())) {
          failures.add(at + "expected an error naming " + e.errorField() + (e.errorKind() == null ? "" : " (" + e.errorKind() + ")")
              + " but got " + ex.field() + " (" + ex.kind() + "): " + ex.detail());
        }
        if (patient == null) {
          break;
        }
      }
    }
    return new Outcome(c, failures, rowsUsed);
  }

  private static void check(List<String> failures, String what, Long expected, long actual) {
    if (expected != null && expected != actual) {
      failures.add(what + " expected " + Money.kr(expected) + " but was " + Money.kr(actual));
    }
  }
}
