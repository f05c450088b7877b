package se.rjl.patientfees.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.engine.ledger.PricedContact;
import se.rjl.patientfees.rules.load.RulebookLoader;

/**
 * The cap ledger through its public methods only (so the figures stay comparable whatever the
 * ledger's inside becomes), on varied states rather than one:
 *
 * <ul>
 *   <li>{@link #ledgerUpdate}: one payment charged to a saved state of 0 to 15 earlier payments spread
 *       over the year (some reach frikort, some are in a second period);
 *   <li>{@link #twelveContactHistory}: a patient's 12 contacts, drawn like {@link VariedBatch}'s, priced
 *       in date order with the ledger ({@link PatientPricer#priceHistory}).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class LedgerBenchmark {
  static final int STATES = 4096;
  static final int HISTORIES = 1024;

  PatientPricer pricer;
  CapLedger ledger;
  CapState[] states;
  CapLedger.Charge[] charges;
  Patient[] patients;
  List<List<Contact>> histories;
  int nextUpdate;
  int nextHistory;

  @Setup(Level.Trial)
  public void setUp() {
    RulebookSet set = RulebookSet.of(RulebookLoader.load(Path.of(System.getProperty("rulebook", "rulebooks/2026.yaml"))));
    pricer = new PatientPricer(set::forDate);
    ledger = pricer.ledger();
    int year = set.forDate(LocalDate.of(2026, 6, 1)).rulebook().info().validFrom().getYear();
    LocalDate first = LocalDate.of(year, 1, 1);
    SplittableRandom r = new SplittableRandom(2026);
    long[] fees = {100_00, 250_00, 250_00, 250_00, 100_00, 200_00};

    states = new CapState[STATES];
    charges = new CapLedger.Charge[STATES];
    for (int s = 0; s < STATES; s++) {
      int earlier = r.nextInt(16);
      int[] days = new int[earlier + 1];
      for (int k = 0; k <= earlier; k++) {
        days[k] = r.nextInt(first.lengthOfYear());
      }
      java.util.Arrays.sort(days);
      CapState state = CapState.EMPTY;
      for (int k = 0; k < earlier; k++) {
        state = ledger.charge(state, new CapLedger.Charge("p" + k, first.plusDays(days[k]), fees[r.nextInt(fees.length)], true)).state();
      }
      states[s] = state;
      charges[s] = new CapLedger.Charge("p" + earlier, first.plusDays(days[earlier]), fees[r.nextInt(fees.length)], r.nextInt(8) != 0);
    }

    patients = new Patient[HISTORIES];
    histories = new ArrayList<>(HISTORIES);
    for (int h = 0; h < HISTORIES; h++) {
      Patient p = VariedBatch.patient(r, first.plusDays(r.nextInt(first.lengthOfYear())));
      List<Contact> contacts = new ArrayList<>(12);
      while (contacts.size() < 12) {
        Contact c = VariedBatch.contact(r, first.plusDays(r.nextInt(first.lengthOfYear())));
        try {
          pricer.price(p, c, CapState.EMPTY, "probe");
          contacts.add(c);
        } catch (InvalidInputException e) {
          // the engine refuses this contact for this patient (born later, dental abroad, ...): draw again
        }
      }
      patients[h] = p;
      histories.add(List.copyOf(contacts));
    }
  }

  @Benchmark
  public CapLedger.Outcome ledgerUpdate() {
    int i = nextUpdate;
    nextUpdate = (i + 1) & (STATES - 1);
    return ledger.charge(states[i], charges[i]);
  }

  @Benchmark
  public List<PricedContact> twelveContactHistory() {
    int i = nextHistory;
    nextHistory = (i + 1) & (HISTORIES - 1);
    return pricer.priceHistory(patients[i], histories.get(i), CapState.EMPTY, "h");
  }
}
