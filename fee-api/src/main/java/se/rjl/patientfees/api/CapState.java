package se.rjl.patientfees.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.rjl.patientfees.engine.ledger.CapEntry.Origin;

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
    Check.given(entries, "capState.entries");
    List<se.rjl.patientfees.engine.ledger.CapEntry> list = new ArrayList<>(entries.size());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = "capState.entries[" + i + "]";
      CapEntry e = Check.given(entries.get(i), at);
      if (!ids.add(e.paymentId())) {
        throw new FeeInputException(at + ".paymentId", ErrorKind.DUPLICATE_PAYMENT_ID,
            "the payment id '" + e.paymentId() + "' is given twice");
      }
      long ore = Amounts.toOreInput(e.counted(), at + ".counted");
      list.add(new se.rjl.patientfees.engine.ledger.CapEntry(e.paymentId(), e.date(), ore, Origin.valueOf(e.origin().name())));
    }
    return new CapState(new se.rjl.patientfees.engine.ledger.CapState(list));
  }

  static CapState of(se.rjl.patientfees.engine.ledger.CapState engine) {
    return engine.entries().isEmpty() ? EMPTY : new CapState(engine);
  }

  se.rjl.patientfees.engine.ledger.CapState engine() {
    return engine;
  }

  /** The payments, by date and then id. */
  public List<CapEntry> entries() {
    List<CapEntry> e = entries;
    if (e == null) {
      e = engine.entries().stream()
          .map(x -> new CapEntry(x.paymentId(), x.date(), Amounts.ofOre(x.countedOre()), CapEntry.Origin.valueOf(x.origin().name())))
          .toList();
      entries = e;
    }
    return e;
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
