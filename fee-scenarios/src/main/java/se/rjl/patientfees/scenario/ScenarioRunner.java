package se.rjl.patientfees.scenario;

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
import se.rjl.patientfees.engine.aids.AidPricer;
import se.rjl.patientfees.engine.aids.AidResult;
import se.rjl.patientfees.engine.certificate.CertificatePricer;
import se.rjl.patientfees.engine.certificate.CertificateResult;
import se.rjl.patientfees.engine.copies.CopyPricer;
import se.rjl.patientfees.engine.copies.CopyResult;
import se.rjl.patientfees.engine.inpatient.InpatientDay;
import se.rjl.patientfees.engine.inpatient.InpatientPricer;
import se.rjl.patientfees.engine.inpatient.InpatientResult;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Runs scenario cases: each case's steps in order — contacts through the outpatient rules and the
 * cap ledger, stays, certificates, copies, and aids through the aids cap ledger — checking every
 * expectation. Used by the test suite and the {@code test} command.
 */
public final class ScenarioRunner {
  private final PatientPricer pricer;
  private final Function<LocalDate, CompiledRulebook> rulebookFor;
  private final Function<LocalDate, CompiledRulebook> nearest;

  public ScenarioRunner(Function<LocalDate, CompiledRulebook> rulebookFor) {
    this.pricer = new PatientPricer(rulebookFor);
    this.rulebookFor = rulebookFor;
    this.nearest = rulebookFor;
  }

  /**
   * Runs cases with {@code rulebooks}; a cap period that opened before every loaded rulebook takes
   * the cap its card gives, else the nearest loaded rulebook's (decision E80).
   */
  public ScenarioRunner(se.rjl.patientfees.engine.RulebookSet rulebooks) {
    this.pricer = new PatientPricer(rulebooks);
    this.rulebookFor = rulebooks::forDate;
    this.nearest = d -> se.rjl.patientfees.engine.ledger.CapPolicy.nearest(rulebooks, d);
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
    CapState aidsState = CapState.EMPTY;
    Patient patient = null;
    if (c.card() != null) {
      // The case starts from a registry card: an inconsistent one is the first step's expected error.
      ScenarioCase.Step first = c.steps().get(0);
      try {
        CompiledRulebook book = nearest.apply(c.card().startDate() != null ? c.card().startDate() : first.date());
        int months = book == null ? 0 : book.rulebook().outpatientCap().periodMonths();
        state = pricer.ledger().complete(c.card().toState(months));
      } catch (InvalidInputException ex) {
        ScenarioCase.Expectation e = first.expect();
        if (e.errorField() == null) {
          failures.add("card: unexpected error: " + ex.getMessage());
        } else if (!e.errorField().equals(ex.field()) || e.errorKind() != null && !e.errorKind().equals(ex.kind())) {
          failures.add("card: expected an error naming " + e.errorField() + (e.errorKind() == null ? "" : " (" + e.errorKind() + ")")
              + " but got " + ex.field() + " (" + ex.kind() + "): " + ex.detail());
        }
        return new Outcome(c, failures, rowsUsed);
      }
    }
    int i = 0;
    for (ScenarioCase.Step step : c.steps()) {
      i++;
      String at = c.steps().size() > 1 ? step.kind() + " " + i + ": " : "";
      ScenarioCase.Expectation e = step.expect();
      try {
        if (patient == null && c.patient() != null) {
          patient = c.patient().toPatient(step.date());
        }
        if (step.ledger() != null) {
          state = ledgerEvent(failures, at, step, state, c.name());
          continue;
        }
        if (step.contact() == null) {
          Object result = switch (step.kind()) {
            case "stay" -> InpatientPricer.price(rulebookFor, patient, step.stay());
            case "certificate" -> CertificatePricer.price(rulebookFor, step.certificate());
            case "copies" -> CopyPricer.price(rulebookFor, step.copies());
            default -> AidPricer.price(rulebookFor, patient, step.aid(), aidsState, c.name() + "#" + i);
          };
          if (result instanceof AidResult a) {
            aidsState = a.capState();
          }
          if (e.errorField() != null) {
            failures.add(at + "expected an error naming " + e.errorField() + " but it cost " + Money.kr(payOf(result)));
            continue;
          }
          checkOther(failures, at, e, result);
          continue;
        }
        CapState before = state;
        String paymentId = c.name() + "#" + i;
        PricedContact p = pricer.price(patient, step.contact(), state, paymentId);
        state = p.state();
        checkCap(failures, at, e.cap(), before, state, p.cap().period(),
            state.entry(paymentId).map(x -> x.countedOre()).orElse(-1L), c.name());
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
        if (e.refundRow() != null) {
          String key = p.fee().refundRow() == null ? "none" : p.fee().refundRow().key();
          if (!e.refundRow().equals(key)) {
            failures.add(at + "refundRow expected " + e.refundRow() + " but was " + key);
          }
        }
        if (p.fee().refundRow() != null) {
          rowsUsed.add(p.fee().refundRow().key());
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
        if (patient == null && c.patient() != null) {
          break;
        }
      }
    }
    return new Outcome(c, failures, rowsUsed);
  }

  /** A receipt, reversal or correction, checked; returns the state after it. */
  private CapState ledgerEvent(List<String> failures, String at, ScenarioCase.Step step, CapState state, String caseName) {
    ScenarioCase.LedgerEvent raw = step.ledger();
    // "#3" names the case's third step's payment (its id is "<case name>#3").
    ScenarioCase.LedgerEvent ev = new ScenarioCase.LedgerEvent(raw.kind(), id(caseName, raw.paymentId()), raw.date(), raw.amountOre());
    ScenarioCase.Expectation e = step.expect();
    var ledger = pricer.ledger();
    CapState before = ledger.complete(state);
    CapState after;
    LocalDate on = ev.date();
    long counted = 0;
    try {
      switch (ev.kind()) {
        case "receipt" -> {
          var o = ledger.recordReceipt(before, ev.paymentId(), ev.date(), ev.amountOre());
          after = o.state();
          counted = o.result().countedOre();
        }
        case "correct" -> {
          on = before.entry(ev.paymentId()).map(x -> x.date()).orElse(on);
          after = ledger.correct(before, ev.paymentId(), ev.amountOre());
        }
        default -> {
          var entry = before.entry(ev.paymentId());
          if (entry.isPresent()) {
            on = entry.get().date();
            after = ledger.reverse(before, ev.paymentId());
          } else if (ev.date() != null) {
            // A transaction the card counted but did not list (decision E82).
            String summary = before.entries().stream().map(x -> x.paymentId())
                .filter(id -> id.startsWith(se.rjl.patientfees.engine.ledger.RegistryCard.SUMMARY_PREFIX)).findFirst().orElse("");
            after = ledger.reverseFromCard(before, summary, ev.date(), ev.amountOre());
          } else {
            throw new InvalidInputException("paymentId", "unknown-payment", "no payment " + ev.paymentId() + " is in the cap state");
          }
        }
      }
    } catch (InvalidInputException ex) {
      if (e.errorField() == null) {
        failures.add(at + "unexpected error: " + ex.getMessage());
      } else if (!e.errorField().equals(ex.field()) || e.errorKind() != null && !e.errorKind().equals(ex.kind())) {
        failures.add(at + "expected an error naming " + e.errorField() + " but got " + ex.field() + " (" + ex.kind() + "): " + ex.detail());
      }
      return state;
    }
    if (e.errorField() != null) {
      failures.add(at + "expected an error naming " + e.errorField() + " but the " + ev.kind() + " was recorded");
      return after;
    }
    check(failures, at + "pay", e.payOre(), 0);
    check(failures, at + "towardCap", e.towardCapOre(), counted);
    LocalDate day = on;
    // The period the event's date falls in, or (after a reversal moved it) the next one.
    var period = day == null ? null : ledger.periodOn(after, day)
        .or(() -> ledger.periods(after).stream().filter(x -> x.firstDay().isAfter(day)).findFirst()).orElse(null);
    checkCap(failures, at, e.cap(), before, after, period, -1, caseName);
    return after;
  }

  private static String id(String caseName, String id) {
    return id.startsWith("#") ? caseName + id : id;
  }

  /** The cap checks of a step: what it registers, the period (card) afterwards, the refunds owed. */
  private static void checkCap(List<String> failures, String at, ScenarioCase.CapCheck k, CapState before, CapState after,
      se.rjl.patientfees.engine.ledger.CapPeriod p, long registered, String caseName) {
    if (k == null) {
      return;
    }
    if (k.registerOre() != null && k.registerOre() != registered) {
      failures.add(at + "register expected " + (k.registerOre() < 0 ? "none" : Money.kr(k.registerOre())) + " but was "
          + (registered < 0 ? "none" : Money.kr(registered)));
    }
    if (p == null && (k.periodStart() != null || k.sumOre() != null || k.leftOre() != null)) {
      failures.add(at + "expected a cap period but none is open");
    } else if (p != null) {
      if (k.periodStart() != null && !k.periodStart().equals(p.firstDay())) {
        failures.add(at + "periodStart expected " + k.periodStart() + " but was " + p.firstDay());
      }
      if (k.periodEnd() != null && !k.periodEnd().equals(p.lastDay())) {
        failures.add(at + "periodEnd expected " + k.periodEnd() + " but was " + p.lastDay());
      }
      check(failures, at + "sumInPeriod", k.sumOre(), p.sumOre());
      check(failures, at + "left", k.leftOre(), p.remainingOre());
      if (k.frikortFrom() != null && !k.frikortFrom().equals(p.frikortFrom())) {
        failures.add(at + "frikortFrom expected " + k.frikortFrom() + " but was " + p.frikortFrom());
      }
      if (k.newPeriod() != null) {
        boolean opened = before.periods().stream().noneMatch(x -> x.firstDay().equals(p.firstDay()));
        if (opened != k.newPeriod()) {
          failures.add(at + "newPeriod expected " + k.newPeriod() + " but was " + opened);
        }
      }
    }
    check(failures, at + "refund", k.refundOre(), after.refundOre());
    if (k.refundFor() != null) {
      List<String> ids = after.refunds().stream().map(x -> x.paymentId()).toList();
      if (!ids.equals(k.refundFor().stream().map(x -> id(caseName, x)).toList())) {
        failures.add(at + "refundFor expected " + k.refundFor() + " but was " + ids);
      }
    }
  }

  private static long payOf(Object result) {
    if (result instanceof InpatientResult r) {
      return r.totalOre();
    }
    if (result instanceof CertificateResult r) {
      return r.patientPaysOre();
    }
    if (result instanceof CopyResult r) {
      return r.totalOre();
    }
    return ((AidResult) result).payOre();
  }

  /** Checks a stay, certificate, copies or aid result against its expectation. */
  private static void checkOther(List<String> failures, String at, ScenarioCase.Expectation e, Object result) {
    check(failures, at + "pay", e.payOre(), payOf(result));
    List<String> ruleIds;
    if (result instanceof InpatientResult r) {
      ruleIds = r.ruleIds();
      check(failures, at + "towardCap", e.towardCapOre(), r.countsTowardCapOre());
      if (e.paidDays() != null && e.paidDays() != r.paidDays()) {
        failures.add(at + "days expected " + e.paidDays() + " paid days but was " + r.paidDays());
      }
      if (e.priceList() != null && !e.priceList().equals(YamlValue.kebab(r.priceList()))) {
        failures.add(at + "priceList expected " + e.priceList() + " but was " + YamlValue.kebab(r.priceList()));
      }
      for (ScenarioCase.DayCheck d : e.perDay()) {
        InpatientDay day = r.days().stream().filter(x -> x.date().equals(d.date())).findFirst().orElse(null);
        if (day == null) {
          failures.add(at + "perDay " + d.date() + " is not a day of the stay");
          continue;
        }
        if (d.dayNumber() != null && d.dayNumber() != day.dayNumber()) {
          failures.add(at + "perDay " + d.date() + ": day expected " + d.dayNumber() + " but was " + day.dayNumber());
        }
        if (d.episode() != null && d.episode() != day.episode()) {
          failures.add(at + "perDay " + d.date() + ": episode expected " + d.episode() + " but was " + day.episode());
        }
        check(failures, at + "perDay " + d.date() + ": amount", d.amountOre(), day.amountOre());
        if (d.reason() != null && !d.reason().equals(YamlValue.kebab(day.reason()))) {
          failures.add(at + "perDay " + d.date() + ": reason expected " + d.reason() + " but was " + YamlValue.kebab(day.reason()));
        }
      }
    } else if (result instanceof CertificateResult r) {
      ruleIds = r.ruleIds();
      check(failures, at + "net", e.netOre(), r.netOre());
      check(failures, at + "vat", e.vatOre(), r.vatOre());
      check(failures, at + "gross", e.grossOre(), r.grossOre());
      check(failures, at + "invoiced", e.invoicedOre(), r.invoicedOre());
      check(failures, at + "towardCap", e.towardCapOre(), r.countsTowardCapOre());
      if (e.payer() != null && !e.payer().equals(YamlValue.kebab(r.payer()))) {
        failures.add(at + "payer expected " + e.payer() + " but was " + YamlValue.kebab(r.payer()));
      }
    } else if (result instanceof CopyResult r) {
      ruleIds = r.ruleIds();
      check(failures, at + "vat", e.vatOre(), r.vatOre());
    } else {
      AidResult r = (AidResult) result;
      ruleIds = r.ruleIds();
      check(failures, at + "grant", e.grantOre(), r.grantOre());
      check(failures, at + "fee", e.feeOre(), r.feeOre());
      check(failures, at + "towardAidsCap", e.towardAidsCapOre(), r.towardAidsCapOre());
      if (e.rowKey() != null) {
        String key = r.row() == null ? "none" : r.row().key();
        if (!e.rowKey().equals(key)) {
          failures.add(at + "row expected " + e.rowKey() + " but was " + key);
        }
      }
      if (e.covered() != null && e.covered() != r.covered()) {
        failures.add(at + "covered expected " + e.covered() + " but was " + r.covered());
      }
      if (e.frikort() != null && e.frikort() != r.frikort()) {
        failures.add(at + "frikort expected " + e.frikort() + " but was " + r.frikort());
      }
    }
    for (String rule : e.rules()) {
      if (!ruleIds.contains(rule)) {
        failures.add(at + "rule " + rule + " not applied (applied: " + ruleIds + ")");
      }
    }
  }

  private static void check(List<String> failures, String what, Long expected, long actual) {
    if (expected != null && expected != actual) {
      failures.add(what + " expected " + Money.kr(expected) + " but was " + Money.kr(actual));
    }
  }
}
