package se.rjl.patientfees.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.rjl.patientfees.engine.ledger.CapEntry.Origin;
import se.rjl.patientfees.engine.ledger.CapPeriod;

/**
 * One patient's payments toward one cap: immutable, owned and stored by the caller (the region's
 * system of record is eFrikort). Everything else (periods, sums, frikort) is derived from the
 * entries, so a state can be saved, sent and resumed without loss. Immutable and thread-safe.
 *
 * <pre>{@code
 * CapState saved = CapState.of(List.of(
 *     new CapEntry("kvitto-1", LocalDate.of(2026, 3, 10), Amounts.ofOre(250_00), CapEntry.Origin.CONTACT)));
 * CappedFee next = fees.priceContact(patient, visit, saved, "kvitto-2");
 * }</pre>
 */
public final class CapState {
  /** No payments. */
  public static final CapState EMPTY = new CapState(se.rjl.patientfees.engine.ledger.CapState.EMPTY);

  private final se.rjl.patientfees.engine.ledger.CapState engine;
  private volatile List<CapEntry> entries;

  private CapState(se.rjl.patientfees.engine.ledger.CapState engine) {
    this.engine = engine;
  }

  /**
   * A state holding {@code entries} (in any order; kept by date, then id).
   *
   * @throws FeeInputException naming {@code capState.entries[i]...} when an entry is null, its amount
   *     is not whole öre in SEK or out of bounds, or a payment id is given twice
   */
  public static CapState of(List<CapEntry> entries) {
    return of(entries, List.of());
  }

  /**
   * A state holding {@code entries} and the kept facts of their periods (decision E80).
   *
   * @throws FeeInputException naming {@code capState.entries[i]...} or {@code capState.periods[i]...}
   */
  public static CapState of(List<CapEntry> entries, List<CapPeriodFacts> periods) {
    Check.given(entries, "capState.entries");
    Check.given(periods, "capState.periods");
    List<se.rjl.patientfees.engine.ledger.CapEntry> list = new ArrayList<>(entries.size());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = "capState.entries[" + i + "]";
      CapEntry e = Check.given(entries.get(i), at);
      if (!ids.add(e.paymentId())) {
        throw new FeeInputException(at + ".paymentId", ErrorKind.DUPLICATE_PAYMENT_ID,
            "the payment id '" + e.paymentId() + "' is given twice");
      }
      long counted = Amounts.toOreInput(e.counted(), at + ".counted");
      long fee = Amounts.toOreInput(e.fee(), at + ".fee");
      long paid = Amounts.toOreInput(e.paid(), at + ".paid");
      if (counted > fee || counted > paid) {
        throw new FeeInputException(at + ".counted", ErrorKind.INCONSISTENT, "what counts cannot exceed the fee or what was paid");
      }
      list.add(new se.rjl.patientfees.engine.ledger.CapEntry(e.paymentId(), e.date(), fee, paid, counted,
          Origin.valueOf(e.origin().name())));
    }
    List<CapPeriod> facts = new ArrayList<>(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      String at = "capState.periods[" + i + "]";
      CapPeriodFacts p = Check.given(periods.get(i), at);
      long cap = Amounts.toOreInput(p.cap(), at + ".cap");
      if (p.lastDay().isBefore(p.firstDay())) {
        throw new FeeInputException(at + ".lastDay", ErrorKind.INCONSISTENT, "the period ends before it starts");
      }
      if (cap == 0) {
        throw new FeeInputException(at + ".cap", ErrorKind.INCONSISTENT, "a period's cap must be above 0");
      }
      facts.add(new CapPeriod(p.firstDay(), p.lastDay(), cap, p.capRulebookId(), 0, null, 0));
    }
    try {
      return of(se.rjl.patientfees.engine.ledger.CapState.of(list, facts));
    } catch (se.rjl.patientfees.engine.InvalidInputException x) {
      throw EngineErrors.under("capState", x);
    }
  }

  static CapState of(se.rjl.patientfees.engine.ledger.CapState engine) {
    return engine.entries().isEmpty() && engine.periods().isEmpty() ? EMPTY : new CapState(engine);
  }

  se.rjl.patientfees.engine.ledger.CapState engine() {
    return engine;
  }

  /** The payments, by date and then id. */
  public List<CapEntry> entries() {
    List<CapEntry> e = entries;
    if (e == null) {
      e = engine.entries().stream()
          .map(x -> new CapEntry(x.paymentId(), x.date(), Amounts.ofOre(x.feeOre()), Amounts.ofOre(x.paidOre()),
              Amounts.ofOre(x.countedOre()), CapEntry.Origin.valueOf(x.origin().name())))
          .toList();
      entries = e;
    }
    return e;
  }

  /** The kept facts of each period, by first day. */
  public List<CapPeriodFacts> periods() {
    return engine.periods().stream()
        .map(p -> new CapPeriodFacts(p.firstDay(), p.lastDay(), Amounts.ofOre(p.capOre()), p.capRulebookId()))
        .toList();
  }

  /** What is owed back to the patient in all (decision E81). */
  public javax.money.MonetaryAmount refundOwed() {
    return Amounts.ofOre(engine.refundOre());
  }

  /** The payment with {@code paymentId}, if the state holds it. */
  public Optional<CapEntry> entry(String paymentId) {
    return entries().stream().filter(e -> e.paymentId().equals(paymentId)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CapState c && c.engine.equals(engine);
  }

  @Override
  public int hashCode() {
    return engine.hashCode();
  }

  @Override
  public String toString() {
    return "CapState" + entries();
  }
}
