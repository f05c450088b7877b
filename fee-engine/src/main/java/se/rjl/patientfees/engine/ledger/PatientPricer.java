package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.engine.result.FeeResult;

/**
 * Prices a patient's contacts with the outpatient rules and the outpatient cap ledger: one contact
 * against a saved state, or a history in date order. Pure and thread-safe.
 */
public final class PatientPricer {
  private final Function<LocalDate, CompiledRulebook> rulebookFor;
  private final CapLedger ledger;

  /** @param rulebookFor the rulebook in force on a date, or null when none is */
  public PatientPricer(Function<LocalDate, CompiledRulebook> rulebookFor) {
    this.rulebookFor = rulebookFor;
    this.ledger = new CapLedger(CapPolicy.outpatient(rulebookFor));
  }

  /**
   * Prices by the rulebooks of {@code rulebooks}; a cap period that opened outside every loaded
   * rulebook takes the cap the state keeps for it, else the nearest loaded rulebook's (decision E80).
   */
  public PatientPricer(se.rjl.patientfees.engine.RulebookSet rulebooks) {
    this.rulebookFor = rulebooks::forDate;
    this.ledger = new CapLedger(CapPolicy.outpatient(rulebooks));
  }

  public CapLedger ledger() {
    return ledger;
  }

  /** Prices one contact against {@code state}; {@code paymentId} keys the payment for corrections. */
  public PricedContact price(Patient patient, Contact contact, CapState state, String paymentId) {
    LocalDate date = contact.at().toLocalDate();
    CompiledRulebook book = rulebookFor.apply(date);
    if (book == null) {
      throw new InvalidInputException("contact.at", "outside-validity", "no rulebook is in force on " + date);
    }
    FeeResult fee = OutpatientPricer.price(book, patient, contact);
    long other = fee.payableOre() - fee.countsTowardCapOre();
    CapLedger.Outcome outcome = ledger.charge(state,
        new CapLedger.Charge(paymentId, date, fee.countsTowardCapOre(), fee.countsTowardCapOre() > 0));
    CapLedger.Result r = outcome.result();
    FeeResult explained = r.frikortApplied() ? withFrikort(book, fee, r) : fee;
    return new PricedContact(explained, r, r.payOre() + other, outcome.state());
  }

  /** Prices contacts in date order (stable for equal times); payment ids are {@code prefix-1}, {@code prefix-2}, ... */
  public List<PricedContact> priceHistory(Patient patient, List<Contact> contacts, CapState initial, String idPrefix) {
    List<Contact> ordered = new ArrayList<>(contacts);
    ordered.sort(Comparator.comparing(Contact::at));
    List<PricedContact> out = new ArrayList<>(ordered.size());
    CapState state = initial;
    int i = 0;
    for (Contact c : ordered) {
      String id = idPrefix + "-" + (++i);
      if (initial.entry(id).isPresent()) {
        // A generated id that the saved state already holds would silently count as "already paid".
        throw new InvalidInputException("contacts", "duplicate-payment-id",
            "payment id " + id + " is already in the cap state: use another id prefix for this history");
      }
      PricedContact p = price(patient, c, state, id);
      out.add(p);
      state = p.state();
    }
    return out;
  }

  private static FeeResult withFrikort(CompiledRulebook book, FeeResult fee, CapLedger.Result r) {
    Trace steps = fee.trace().copy();
    CapPeriod p = r.period();
    if (r.payOre() == 0) {
      steps.add(Rule.CAP_FRIKORT, book.rowIndex(fee.row()), p.frikortFrom().toEpochDay(), p.lastDay().toEpochDay());
    } else {
      steps.add(Rule.CAP_REACHED, r.payOre(), p.frikortFrom().toEpochDay(), p.lastDay().toEpochDay());
    }
    return new FeeResult(fee.rulebookId(), fee.row(), fee.feeOre(), fee.vaccineOre(), r.payOre() + (fee.payableOre() - fee.countsTowardCapOre()),
        r.countedOre(), fee.capQualifying(), fee.vatOre(), fee.refundRow(), steps, fee.interpreterOre(), fee.salaryRefund());
  }
}
