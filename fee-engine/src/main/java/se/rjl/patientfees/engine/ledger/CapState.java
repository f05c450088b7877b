package se.rjl.patientfees.engine.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.rjl.patientfees.engine.InvalidInputException;

/**
 * One patient's payments toward one cap, and the facts of each cap period: immutable, owned and
 * stored by the caller (the region's system of record is eFrikort). The same events give the same
 * state whatever order they were recorded in: payments are kept in date order, what counts is
 * derived in date order (decision E81), and each period's first day, last day and cap are kept from
 * the day it opened (decisions E02, E80).
 *
 * <p>A state is persistent: recording a payment shares everything already recorded (a list cell, a
 * path in the id index and the small array of periods are new), payments are found by id through a
 * hash trie, and each period's sum is kept rather than re-derived. A state built from saved entries
 * ({@link #CapState(List)}, {@link #of}) is completed by the first ledger operation that uses it.
 */
public final class CapState {
  public static final CapState EMPTY = new CapState(null, 0, IdIndex.EMPTY, new CapPeriod[0], true);

  /** The most payments one state holds (a patient's few years of contacts, with room to spare). */
  public static final int MAX_ENTRIES = 5000;

  /** One payment in a list ordered newest first (by date, then payment id). */
  record Cell(CapEntry entry, Cell next) {}

  final Cell newest;
  final int size;
  final IdIndex index;
  /** When {@code derived}: the periods in date order with their sums; else the kept facts only. */
  final CapPeriod[] periods;
  final boolean derived;

  /** The same state completed by a ledger's policy (cached in one field: completing is pure). */
  private volatile Completed completed;

  private record Completed(CapPolicy policy, CapState state) {}

  CapState(Cell newest, int size, IdIndex index, CapPeriod[] periods, boolean derived) {
    this.newest = newest;
    this.size = size;
    this.index = index;
    this.periods = periods;
    this.derived = derived;
  }

  /**
   * A state from saved payments, in any order; what counts is derived again by the ledger (the
   * entries' {@code countedOre} is not trusted). Each period's cap is taken from the policy on its
   * first day; use {@link #of(List, List)} to keep the saved period facts.
   *
   * @throws InvalidInputException naming {@code entries} when an id is given twice or there are too many
   */
  public CapState(List<CapEntry> entries) {
    this(build(entries, List.of()));
  }

  private CapState(CapState built) {
    this(built.newest, built.size, built.index, built.periods, built.derived);
  }

  /**
   * A state from saved payments and the kept facts of their periods (first day, last day, cap and
   * its rulebook); sums in the facts are ignored and derived again.
   */
  public static CapState of(List<CapEntry> entries, List<CapPeriod> periodFacts) {
    return build(entries, periodFacts);
  }

  private static CapState build(List<CapEntry> entries, List<CapPeriod> facts) {
    if (entries.size() > MAX_ENTRIES) {
      throw new InvalidInputException("entries", "too-many", "at most " + MAX_ENTRIES + " payments, not " + entries.size());
    }
    CapEntry[] sorted = entries.toArray(new CapEntry[0]);
    Arrays.sort(sorted, CapState::compare);
    Cell cell = null;
    IdIndex index = IdIndex.EMPTY;
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i].paymentId().equals(sorted[i - 1].paymentId()) || index.get(sorted[i].paymentId()) != null) {
        throw new InvalidInputException("entries", "duplicate-payment-id", "payment id " + sorted[i].paymentId() + " is recorded twice");
      }
      cell = new Cell(sorted[i], cell);
      index = index.put(sorted[i]);
    }
    CapPeriod[] f = facts.stream().map(CapPeriod::factsOnly).sorted((a, b) -> a.firstDay().compareTo(b.firstDay()))
        .toArray(CapPeriod[]::new);
    return new CapState(cell, sorted.length, index, f, sorted.length == 0 && f.length == 0);
  }

  /** Date order, then payment id: the order payments count in (decision E81). */
  static int compare(CapEntry a, CapEntry b) {
    int c = a.date().compareTo(b.date());
    return c != 0 ? c : a.paymentId().compareTo(b.paymentId());
  }

  /** The payments in date order (then by id). */
  public List<CapEntry> entries() {
    CapEntry[] out = new CapEntry[size];
    int i = size;
    for (Cell c = newest; c != null; c = c.next) {
      out[--i] = c.entry;
    }
    return Arrays.asList(out);
  }

  /** The payment recorded under {@code paymentId}, found without a scan. */
  public Optional<CapEntry> entry(String paymentId) {
    return Optional.ofNullable(index.get(paymentId));
  }

  /** The number of payments. */
  public int size() {
    return size;
  }

  /**
   * The periods in date order with what counts in each. For a state not yet completed by a ledger,
   * only the kept facts (first day, last day, cap) are meaningful; {@link CapLedger#periods} completes it.
   */
  public List<CapPeriod> periods() {
    return List.of(periods);
  }

  /** What is owed back to the patient in all: paid beyond what counts in date order (decision E81). */
  public long refundOre() {
    long sum = 0;
    for (CapPeriod p : periods) {
      sum += p.overpaidOre();
    }
    return sum;
  }

  /**
   * The payments that paid more than counts in date order, so that the difference is owed back
   * ({@link CapEntry#refundOre()}), in date order; empty when nothing is owed.
   */
  public List<CapEntry> refunds() {
    if (derived && refundOre() == 0) {
      return List.of();
    }
    List<CapEntry> out = new ArrayList<>();
    for (CapEntry e : entries()) {
      if (e.refundOre() > 0) {
        out.add(e);
      }
    }
    return out;
  }

  CapState completedBy(CapPolicy policy) {
    Completed c = completed;
    return c != null && c.policy() == policy ? c.state() : null;
  }

  void rememberCompleted(CapPolicy policy, CapState s) {
    completed = new Completed(policy, s);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CapState s) || s.size != size || s.derived != derived || !Arrays.equals(periods, s.periods)) {
      return false;
    }
    Cell a = newest;
    Cell b = s.newest;
    while (a != null) {
      if (a != b && !a.entry.equals(b.entry)) {
        return false;
      }
      if (a == b) {
        return true;
      }
      a = a.next;
      b = b.next;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(periods);
    for (Cell c = newest; c != null; c = c.next) {
      h = 31 * h + c.entry.hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    return "CapState[entries=" + entries() + ", periods=" + Arrays.toString(periods) + "]";
  }
}
