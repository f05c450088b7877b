package se.rjl.patientfees.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.testkit.Gen;
import se.rjl.patientfees.testkit.StatefulProperty;

/**
 * Random sequences of contacts, receipts, corrections and date jumps, run against the ledger and
 * against a simple reference model written here independently of it (a list of payments and the
 * regelbok's rules read directly). A failing sequence is shrunk to the shortest that still fails.
 */
class CapLedgerStatefulTest {
  static final long CAP = 1450_00;

  sealed interface Command permits Visit, Receipt, Reverse, Jump {}

  record Visit(long feeOre, boolean qualifying) implements Command {}

  record Receipt(long amountOre) implements Command {}

  /** Reverse the n-th payment made so far (modulo their number). */
  record Reverse(int pick) implements Command {}

  record Jump(int days) implements Command {}

  static final Gen<Command> COMMAND = Gen.frequency(
      Gen.weighted(10, Gen.combine(Gen.oneOf(250_00L, 100_00L, 50_00L, 0L, 400_00L), Gen.booleans(), Visit::new)),
      Gen.weighted(2, Gen.longs(0, 900_00).map(Receipt::new)),
      Gen.weighted(2, Gen.ints(0, 50).map(Reverse::new)),
      Gen.weighted(4, Gen.ints(1, 200).map(Jump::new)));

  /** The system under test with its clock (dates are inputs: the test moves them). */
  static final class System {
    final CapLedger ledger = new CapLedger(d -> new CapPolicy.Cap(CAP, 12, "rjl-test"));
    CapState state = CapState.EMPTY;
    LocalDate today = LocalDate.of(2026, 1, 1);
    int ids;
  }

  /** The reference: payments in order; a period is found by walking them (L3335-L3336, E03). */
  static final class Model {
    record Payment(String id, LocalDate date, long counted) {}

    final List<Payment> payments = new ArrayList<>();

    static LocalDate lastDay(LocalDate first) {
      if (first.getMonth() == Month.FEBRUARY && first.getDayOfMonth() == 29) {
        return LocalDate.of(first.getYear() + 1, 2, 28);
      }
      return first.plusYears(1).minusDays(1);
    }

    /** [first, last, sum] of the period containing day, or null. */
    Object[] period(LocalDate day) {
      List<Payment> sorted = new ArrayList<>(payments);
      sorted.sort(Comparator.comparing(Payment::date).thenComparing(Payment::id));
      LocalDate first = null;
      LocalDate last = null;
      long sum = 0;
      for (Payment p : sorted) {
        if (first == null || p.date().isAfter(last)) {
          if (first != null && !day.isBefore(first) && !day.isAfter(last)) {
            return new Object[] {first, last, sum};
          }
          first = p.date();
          last = lastDay(first);
          sum = 0;
        }
        sum = Math.min(CAP, sum + p.counted());
      }
      if (first != null && !day.isBefore(first) && !day.isAfter(last)) {
        return new Object[] {first, last, sum};
      }
      return null;
    }

    long sumOn(LocalDate day) {
      Object[] p = period(day);
      return p == null ? 0 : (long) p[2];
    }
  }

  @Test
  void theLedgerAgreesWithTheReferenceModel() {
    StatefulProperty.of(Gen.listOf(COMMAND, 0, 60), System::new, Model::new, (command, sys, model) -> {
      if (command instanceof Visit v) {
          long sumBefore = model.sumOn(sys.today);
          long expected = !v.qualifying() ? v.feeOre() : Math.min(v.feeOre(), CAP - sumBefore);
          String id = "v" + (++sys.ids);
          CapLedger.Outcome o = sys.ledger.charge(sys.state, new CapLedger.Charge(id, sys.today, v.feeOre(), v.qualifying()));
          assertThat(o.result().payOre()).as("pay for %s on %s", v, sys.today).isEqualTo(expected);
          if (v.qualifying() && expected > 0) {
            model.payments.add(new Model.Payment(id, sys.today, expected));
          }
          sys.state = o.state();
      } else if (command instanceof Receipt r) {
          long counted = Math.min(r.amountOre(), CAP - model.sumOn(sys.today));
          String id = "r" + (++sys.ids);
          CapLedger.Outcome o = sys.ledger.recordReceipt(sys.state, id, sys.today, r.amountOre());
          assertThat(o.result().countedOre()).isEqualTo(counted);
          if (counted > 0) {
            model.payments.add(new Model.Payment(id, sys.today, counted));
          }
          sys.state = o.state();
      } else if (command instanceof Reverse rv) {
          if (!model.payments.isEmpty()) {
            Model.Payment p = model.payments.remove(rv.pick() % model.payments.size());
            sys.state = sys.ledger.reverse(sys.state, p.id());
          }
      } else if (command instanceof Jump j) {
        sys.today = sys.today.plusDays(j.days());
      }
      // After every command the two agree on today's period and sum, and on every payment kept.
      Object[] expected = model.period(sys.today);
      var actual = sys.ledger.periodOn(sys.state, sys.today);
      if (expected == null) {
        assertThat(actual).as("no period open on %s", sys.today).isEmpty();
      } else {
        assertThat(actual).as("a period open on %s", sys.today).isPresent();
        assertThat(actual.get().firstDay()).isEqualTo(expected[0]);
        assertThat(actual.get().lastDay()).isEqualTo(expected[1]);
        assertThat(actual.get().sumOre()).isEqualTo(expected[2]);
        assertThat(actual.get().frikortOn(sys.today)).isEqualTo((long) expected[2] >= CAP);
      }
      assertThat(sys.state.entries()).hasSize(model.payments.size());
      return model;
    }).cases(1000).check();
  }
}
