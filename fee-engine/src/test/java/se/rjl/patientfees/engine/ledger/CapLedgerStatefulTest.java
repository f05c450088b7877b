package se.rjl.patientfees.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.testkit.Gen;
import se.rjl.patientfees.testkit.StatefulProperty;

/**
 * Random sequences of contacts, receipts, reversals and corrections whose dates arrive in any order
 * (late registrations, receipts entered out of order), optionally starting from a random consistent
 * registry card, run against the ledger and against a reference model written here independently
 * of it: a plain list of payments re-evaluated from scratch in date order after every event
 * (regelbok L3279–L3339; decisions E02, E03, E80–E82). After every event the two agree on the pay,
 * on every payment's paid and counted amount and on every period; every period counts at most its
 * cap; what is owed back is reported. At the end, the same payments recorded in date order and in a
 * shuffled order give the same state. A failing sequence is shrunk to the shortest that still fails.
 */
class CapLedgerStatefulTest {
  static final long CAP = 1450_00;
  static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  sealed interface Command permits Card, Visit, Receipt, Reverse, Correct, Again {}

  /** Start from a registry card (only as the first event): first day BASE - days, amount, transactions or a summary. */
  record Card(int daysBefore, long amountOre, int transactions) implements Command {}

  /** A contact on day BASE + day, arriving now whatever its date. */
  record Visit(int day, long feeOre, boolean qualifying) implements Command {}

  record Receipt(int day, long amountOre) implements Command {}

  /** Reverse the n-th payment recorded so far (modulo their number). */
  record Reverse(int pick) implements Command {}

  /** Correct the n-th payment to a new amount. */
  record Correct(int pick, long amountOre) implements Command {}

  /** The n-th payment's id used again for other content: a conflict. */
  record Again(int pick) implements Command {}

  static final Gen<Integer> DAY = Gen.ints(0, 540);

  static final Gen<Command> COMMAND = Gen.frequency(
      Gen.weighted(1, Gen.combine(Gen.ints(0, 364), Gen.longs(1, CAP), Gen.ints(0, 4), Card::new)),
      Gen.weighted(12, Gen.combine(DAY, Gen.oneOf(250_00L, 250_00L, 100_00L, 50_00L, 400_00L, 137_300L), Gen.booleans(), Visit::new)),
      Gen.weighted(3, Gen.combine(DAY, Gen.longs(0, 1100_00), Receipt::new)),
      Gen.weighted(2, Gen.ints(0, 50).map(Reverse::new)),
      Gen.weighted(2, Gen.combine(Gen.ints(0, 50), Gen.longs(0, 600_00), Correct::new)),
      Gen.weighted(1, Gen.ints(0, 50).map(Again::new)));

  /** The system under test: the ledger and its state. */
  static final class System {
    final CapLedger ledger = new CapLedger(d -> new CapPolicy.Cap(CAP, 12, "rjl-test"));
    CapState state = CapState.EMPTY;
    int ids;
    boolean started;
  }

  /**
   * The reference: payments with what they asked, paid and counted; periods found by walking them in
   * date order. Written without the ledger's incremental state, id index or kept-period shortcuts.
   */
  static final class Model {
    static final class Payment {
      final String id;
      final LocalDate date;
      final long fee;
      long paid;
      long counted;
      final boolean card;

      Payment(String id, LocalDate date, long fee, long paid, long counted, boolean card) {
        this.id = id;
        this.date = date;
        this.fee = fee;
        this.paid = paid;
        this.counted = counted;
        this.card = card;
      }
    }

    record Period(LocalDate first, LocalDate last, long cap, long sum, LocalDate frikort, long over) {}

    final Map<String, Payment> payments = new LinkedHashMap<>();
    /** A card's period: its facts stay while a payment on its first day opens it. */
    LocalDate cardFirst;
    long cardCap;
    List<Period> periods = List.of();

    static LocalDate lastDay(LocalDate first) {
      // E03: the day before the same date a year later; from 29 February, 28 February.
      LocalDate same = first.plusYears(1);
      return same.getDayOfMonth() == first.getDayOfMonth() ? same.minusDays(1) : same;
    }

    /** Re-evaluates everything in date order; {@code fresh} (or null) pays what counts. Returns its counted. */
    long evaluate(Payment fresh) {
      List<Payment> sorted = new ArrayList<>(payments.values());
      sorted.sort(Comparator.comparing((Payment p) -> p.date).thenComparing(p -> p.id));
      TreeMap<LocalDate, List<Payment>> days = new TreeMap<>();
      for (Payment p : sorted) {
        days.computeIfAbsent(p.date, d -> new ArrayList<>()).add(p);
      }
      List<Period> out = new ArrayList<>();
      LocalDate first = null;
      LocalDate last = null;
      long cap = 0;
      long sum = 0;
      long over = 0;
      LocalDate frikort = null;
      for (Map.Entry<LocalDate, List<Payment>> day : days.entrySet()) {
        List<Payment> ps = day.getValue();
        long able = 0;
        for (Payment p : ps) {
          able += p == fresh ? p.fee : Math.min(p.fee, p.paid);
        }
        if ((first == null || day.getKey().isAfter(last)) && able > 0) {
          if (first != null) {
            out.add(new Period(first, last, cap, sum, frikort, over));
          }
          first = day.getKey();
          last = lastDay(first);
          cap = first.equals(cardFirst) ? cardCap : CAP;
          sum = 0;
          over = 0;
          frikort = null;
        }
        boolean in = first != null && !day.getKey().isAfter(last);
        long left = in ? Math.min(cap - sum, able) : 0;
        sum += left;
        Map<Payment, Long> got = new LinkedHashMap<>();
        for (Payment p : ps) {
          if (p != fresh) {
            long g = Math.min(Math.min(p.counted, Math.min(p.fee, p.paid)), left);
            got.put(p, g);
            left -= g;
          }
        }
        for (Payment p : ps) {
          if (p != fresh) {
            long more = Math.min(Math.min(p.fee, p.paid) - got.get(p), left);
            got.put(p, got.get(p) + more);
            left -= more;
          }
        }
        if (ps.contains(fresh)) {
          long g = Math.min(fresh.fee, left);
          got.put(fresh, g);
          fresh.paid = g;
        }
        for (Payment p : ps) {
          p.counted = got.get(p);
          if (in) {
            over += p.paid - p.counted;
          }
        }
        if (in && frikort == null && sum >= cap) {
          frikort = day.getKey();
        }
      }
      if (first != null) {
        out.add(new Period(first, last, cap, sum, frikort, over));
      }
      periods = out;
      return fresh == null ? 0 : fresh.counted;
    }

    List<Payment> inOrder() {
      return new ArrayList<>(payments.values());
    }
  }

  static Gen<List<Command>> sequences() {
    return Gen.listOf(COMMAND, 0, 60);
  }

  @Test
  void theLedgerAgreesWithTheReferenceModelWhateverOrderEventsArriveIn() {
    StatefulProperty.of(sequences(), System::new, Model::new, (command, sys, model) -> {
      boolean first = !sys.started;
      sys.started = true;
      if (command instanceof Card c) {
        if (first) {
          startFromCard(c, sys, model);
        }
      } else if (command instanceof Visit v) {
        LocalDate date = BASE.plusDays(v.day());
        String id = "v" + (++sys.ids);
        CapLedger.Outcome o = sys.ledger.charge(sys.state, new CapLedger.Charge(id, date, v.feeOre(), v.qualifying()));
        long expected = v.feeOre();
        if (v.qualifying() && v.feeOre() > 0) {
          Model.Payment p = new Model.Payment(id, date, v.feeOre(), 0, 0, false);
          model.payments.put(id, p);
          expected = model.evaluate(p);
        }
        assertThat(o.result().payOre()).as("pay for %s on %s", v, date).isEqualTo(expected);
        assertThat(o.result().frikortApplied()).isEqualTo(v.qualifying() && expected < v.feeOre());
        sys.state = o.state();
      } else if (command instanceof Receipt r) {
        LocalDate date = BASE.plusDays(r.day());
        String id = "r" + (++sys.ids);
        CapLedger.Outcome o = sys.ledger.recordReceipt(sys.state, id, date, r.amountOre());
        if (r.amountOre() > 0) {
          model.payments.put(id, new Model.Payment(id, date, r.amountOre(), r.amountOre(), 0, false));
          model.evaluate(null);
        }
        assertThat(o.result().payOre()).isZero();
        assertThat(o.result().countedOre()).isEqualTo(r.amountOre() == 0 ? 0 : model.payments.get(id).counted);
        sys.state = o.state();
      } else if (command instanceof Reverse rv) {
        if (!model.payments.isEmpty()) {
          Model.Payment p = model.inOrder().get(rv.pick() % model.payments.size());
          model.payments.remove(p.id);
          model.evaluate(null);
          sys.state = sys.ledger.reverse(sys.state, p.id);
          assertThat(sys.ledger.reverse(sys.state, p.id)).as("a reversal is idempotent").isEqualTo(sys.state);
        }
      } else if (command instanceof Correct c) {
        if (!model.payments.isEmpty()) {
          Model.Payment p = model.inOrder().get(c.pick() % model.payments.size());
          if (c.amountOre() == 0) {
            model.payments.remove(p.id);
          } else {
            // The corrected amount is asked and paid (the difference settled); it keeps its place.
            model.payments.put(p.id, new Model.Payment(p.id, p.date, c.amountOre(), c.amountOre(), Math.min(p.counted, c.amountOre()), p.card));
          }
          model.evaluate(null);
          sys.state = sys.ledger.correct(sys.state, p.id, c.amountOre());
        }
      } else if (command instanceof Again a) {
        if (!model.payments.isEmpty()) {
          Model.Payment p = model.inOrder().get(a.pick() % model.payments.size());
          CapState before = sys.state;
          // The same id for a different contact: a typed conflict, never the first answer again.
          assertThatThrownBy(() -> sys.ledger.charge(before, new CapLedger.Charge(p.id, p.date, p.fee + 1, true)))
              .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("paymentId");
                assertThat(e.kind()).isEqualTo("payment-id-conflict");
              });
          assertThatThrownBy(() -> sys.ledger.recordReceipt(before, p.id, p.date.plusDays(1), p.fee))
              .isInstanceOf(InvalidInputException.class);
        }
      }
      agree(sys, model);
      return model;
    }).cases(5000).check();
  }

  static void startFromCard(Card c, System sys, Model model) {
    LocalDate start = BASE.minusDays(c.daysBefore());
    LocalDate end = Model.lastDay(start);
    long amount = c.amountOre();
    List<RegistryCard.Transaction> txs = null;
    if (c.transactions() > 0) {
      // Split the amount over the transactions, the first on the start day, the rest within the period.
      txs = new ArrayList<>();
      SplittableRandom rnd = new SplittableRandom(c.hashCode());
      long left = amount;
      for (int i = 0; i < c.transactions(); i++) {
        long a = i == c.transactions() - 1 ? left : rnd.nextLong(left / 2 + 1);
        left -= a;
        LocalDate d = i == 0 ? start : start.plusDays(rnd.nextInt(c.daysBefore() + 1));
        txs.add(new RegistryCard.Transaction("t" + i, d, i == 0 ? Math.max(a, 1) : a, RegistryCard.TransactionStatus.ACTIVE));
      }
      long sum = txs.stream().mapToLong(RegistryCard.Transaction::amountOre).sum();
      amount = sum;
      txs.add(new RegistryCard.Transaction("old", start, 99_00, RegistryCard.TransactionStatus.DELETED));
    }
    long cap = Math.max(CAP, amount);
    long toLimit = cap - amount;
    RegistryCard card = new RegistryCard("card-1", start, end, amount, toLimit,
        toLimit == 0 ? RegistryCard.Status.FINAL : RegistryCard.Status.BELOW_LIMIT, null, txs);
    sys.state = card.toState(12);
    model.cardFirst = start;
    model.cardCap = cap;
    if (txs == null) {
      model.payments.put("card:card-1", new Model.Payment("card:card-1", start, amount, amount, amount, true));
    } else {
      for (RegistryCard.Transaction t : txs) {
        if (t.status() == RegistryCard.TransactionStatus.ACTIVE && t.amountOre() > 0) {
          model.payments.put(t.id(), new Model.Payment(t.id(), t.date(), t.amountOre(), t.amountOre(), t.amountOre(), true));
        }
      }
    }
    model.evaluate(null);
  }

  /** The ledger and the model agree on every payment and period; the cap and refund invariants hold. */
  static void agree(System sys, Model model) {
    List<CapPeriod> periods = sys.ledger.periods(sys.state);
    assertThat(periods).hasSameSizeAs(model.periods);
    long refunds = 0;
    for (int i = 0; i < periods.size(); i++) {
      CapPeriod p = periods.get(i);
      Model.Period m = model.periods.get(i);
      assertThat(p.firstDay()).as("period %d first day", i).isEqualTo(m.first());
      assertThat(p.lastDay()).isEqualTo(m.last());
      assertThat(p.capOre()).isEqualTo(m.cap());
      assertThat(p.sumOre()).as("period %d sum", i).isEqualTo(m.sum());
      assertThat(p.frikortFrom()).isEqualTo(m.frikort());
      assertThat(p.overpaidOre()).isEqualTo(m.over());
      // The cap invariant: what counts in a period never exceeds its cap.
      long counted = sys.state.entries().stream().filter(e -> p.contains(e.date())).mapToLong(CapEntry::countedOre).sum();
      assertThat(counted).as("counted in %s – %s", p.firstDay(), p.lastDay()).isEqualTo(p.sumOre()).isLessThanOrEqualTo(p.capOre());
      refunds += p.overpaidOre();
    }
    List<CapEntry> entries = sys.state.entries();
    assertThat(entries).hasSize(model.payments.size());
    for (CapEntry e : entries) {
      Model.Payment m = model.payments.get(e.paymentId());
      assertThat(m).as("payment %s", e.paymentId()).isNotNull();
      assertThat(e.date()).isEqualTo(m.date);
      assertThat(e.feeOre()).isEqualTo(m.fee);
      assertThat(e.paidOre()).as("paid %s", e.paymentId()).isEqualTo(m.paid);
      assertThat(e.countedOre()).as("counted %s", e.paymentId()).isEqualTo(m.counted);
      assertThat(e.countedOre()).isLessThanOrEqualTo(Math.min(e.feeOre(), e.paidOre()));
      assertThat(sys.state.entry(e.paymentId())).contains(e);
    }
    // What is owed back is reported: the payments that paid more than counts, and the total.
    assertThat(sys.state.refunds()).containsExactlyElementsOf(entries.stream().filter(e -> e.paidOre() > e.countedOre()).toList());
    assertThat(sys.state.refundOre()).isEqualTo(refunds)
        .isEqualTo(entries.stream().mapToLong(e -> e.paidOre() - e.countedOre()).sum());
  }

  @Test
  void thePaymentsOfAnyStateRecordedInDateOrderOrShuffledGiveTheSameState() {
    StatefulProperty.of(sequences(), System::new, Model::new, (command, sys, model) -> {
      // Run the sequence as above, without the model checks, then replay its payments.
      if (command instanceof Visit v) {
        sys.state = sys.ledger.charge(sys.state, new CapLedger.Charge("v" + (++sys.ids), BASE.plusDays(v.day()), v.feeOre(),
            v.qualifying())).state();
      } else if (command instanceof Receipt r) {
        sys.state = sys.ledger.recordReceipt(sys.state, "r" + (++sys.ids), BASE.plusDays(r.day()), r.amountOre()).state();
      } else if (command instanceof Reverse rv && sys.state.size() > 0) {
        sys.state = sys.ledger.reverse(sys.state, sys.state.entries().get(rv.pick() % sys.state.size()).paymentId());
      }
      List<CapEntry> paid = sys.state.entries();
      CapState inDateOrder = CapState.EMPTY;
      for (CapEntry e : paid) {
        inDateOrder = sys.ledger.restore(inDateOrder, e);
      }
      List<CapEntry> shuffled = new ArrayList<>(paid);
      java.util.Collections.shuffle(shuffled, new java.util.Random(paid.size() * 31L + sys.ids));
      CapState mixed = CapState.EMPTY;
      for (CapEntry e : shuffled) {
        mixed = sys.ledger.restore(mixed, e);
      }
      // Per period and per day the same amounts count; within one day the split may follow arrival.
      assertThat(sys.ledger.periods(mixed)).isEqualTo(sys.ledger.periods(inDateOrder)).isEqualTo(sys.ledger.periods(sys.state));
      assertThat(perDay(mixed)).isEqualTo(perDay(inDateOrder)).isEqualTo(perDay(sys.state));
      // Saved and loaded (entries and kept period facts), the state is the same.
      CapState saved = CapState.of(sys.state.entries(), sys.state.periods());
      assertThat(sys.ledger.complete(saved)).isEqualTo(sys.state);
      return model;
    }).cases(1000).check();
  }

  static Map<LocalDate, List<Long>> perDay(CapState s) {
    Map<LocalDate, List<Long>> out = new TreeMap<>();
    for (CapEntry e : s.entries()) {
      out.computeIfAbsent(e.date(), d -> new ArrayList<>(List.of(0L, 0L)));
      List<Long> v = out.get(e.date());
      v.set(0, v.get(0) + e.countedOre());
      v.set(1, v.get(1) + e.paidOre());
    }
    return out;
  }
}
