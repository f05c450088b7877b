package se.rjl.patientfees.api;

import java.util.ArrayList;
import java.util.List;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.ledger.CapEntry;
import se.rjl.patientfees.engine.ledger.CapPeriod;
import se.rjl.patientfees.engine.ledger.CapState;

/** The ledger's facts in the public types: status with refunds, registry updates, the card afterwards. */
final class CapReports {
  private CapReports() {}

  /** Where the patient stands in {@code period} (or, with none open, before the cap of {@code book}), with refunds. */
  static CapStatus status(CapPeriod period, CompiledRulebook book, boolean outpatient, CapState state) {
    List<Refund> refunds = refunds(state);
    long owed = state.refundOre();
    if (period == null) {
      long cap = outpatient ? book.rulebook().outpatientCap().amountOre() : book.rulebook().aidsCap().amountOre();
      return new CapStatus(Amounts.ofOre(cap), Amounts.ofOre(0), Amounts.ofOre(cap), null, null, null, book.id(),
          Amounts.ofOre(owed), refunds);
    }
    return new CapStatus(Amounts.ofOre(period.capOre()), Amounts.ofOre(period.sumOre()), Amounts.ofOre(period.remainingOre()),
        period.firstDay(), period.lastDay(), period.frikortFrom(), period.capRulebookId(), Amounts.ofOre(owed), refunds);
  }

  /** Every payment owed back in {@code state}, with why (decision E81). */
  static List<Refund> refunds(CapState state) {
    List<CapEntry> owed = state.refunds();
    if (owed.isEmpty()) {
      return List.of();
    }
    List<Refund> out = new ArrayList<>(owed.size());
    for (CapEntry e : owed) {
      CapPeriod p = periodOf(state, e);
      String why = p == null
          ? "Betalningen ligger utanför varje högkostnadsperiod."
          : "I datumordning når perioden " + p.firstDay() + " – " + p.lastDay() + " högkostnadsskyddet "
              + kr(p.capOre()) + (p.frikortFrom() == null ? "" : " (frikort från " + p.frikortFrom() + ")")
              + "; av " + kr(e.paidOre()) + " betalt " + e.date() + " räknas " + kr(e.countedOre()) + ", "
              + kr(e.refundOre()) + " ska återbetalas (beslut E81).";
      out.add(new Refund(e.paymentId(), e.date(), Amounts.ofOre(e.paidOre()), Amounts.ofOre(e.countedOre()),
          Amounts.ofOre(e.refundOre()), why));
    }
    return out;
  }

  /**
   * Updates for every payment of {@code after} (other than {@code except}) whose counted part differs
   * from {@code before}: the registry's transaction then holds what counts.
   */
  static List<RegistryUpdate> changed(CapState before, CapState after, String except) {
    List<RegistryUpdate> out = new ArrayList<>();
    for (CapEntry e : after.entries()) {
      if (e.paymentId().equals(except)) {
        continue;
      }
      CapEntry b = before.entry(e.paymentId()).orElse(null);
      if (b != null && b.countedOre() != e.countedOre()) {
        out.add(new RegistryUpdate(RegistryUpdate.Kind.UPDATE, e.paymentId(), e.date(), Amounts.ofOre(e.countedOre()),
            "Räknas " + kr(e.countedOre()) + " i stället för " + kr(b.countedOre()) + " (efterregistrering eller rättelse, beslut E81)"));
      }
    }
    return out;
  }

  /** The card in {@code period} as the registry will show it. */
  static CardStanding standing(CapPeriod p, boolean newPeriod) {
    if (p == null) {
      return null;
    }
    return new CardStanding(p.firstDay(), p.lastDay(), Amounts.ofOre(p.sumOre()), Amounts.ofOre(p.remainingOre()),
        p.sumOre() >= p.capOre() ? FrikortCard.Status.FINAL : FrikortCard.Status.BELOW_LIMIT, p.frikortFrom(), newPeriod);
  }

  private static CapPeriod periodOf(CapState s, CapEntry e) {
    for (CapPeriod p : s.periods()) {
      if (p.contains(e.date())) {
        return p;
      }
    }
    return null;
  }

  static String kr(long ore) {
    return se.rjl.patientfees.engine.outpatient.Money.kr(ore);
  }
}
