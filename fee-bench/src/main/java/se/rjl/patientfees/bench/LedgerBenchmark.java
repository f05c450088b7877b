package se.rjl.patientfees.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapPolicy;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Profession;

/**
 * The cap ledger on varied histories (issue 15 part 2): one payment appended (dated after the
 * others) to each of 1 024 saved states of 0–40 payments (some at frikort), 256 different 12-contact
 * histories priced through the outpatient rules and the ledger, and the same 12 payments through the
 * ledger alone. Run from the repository root:
 * {@code java -jar fee-bench/target/benchmarks.jar LedgerBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LedgerBenchmark {
  static final int STATES = 1024;
  static final int HISTORIES = 256;
  static final long[] FEES = {250_00, 250_00, 250_00, 100_00, 200_00, 50_00, 400_00, 137_300};

  CapLedger ledger;
  PatientPricer pricer;
  CapState[] states;
  CapLedger.Charge[] next;
  Patient[] patients;
  List<List<Contact>> histories;

  @Setup
  public void setUp() {
    RulebookSet set = RulebookSet.of(RulebookLoader.load(Path.of(System.getProperty("rulebook", "rulebooks/2026.yaml"))));
    ledger = new CapLedger(CapPolicy.outpatient(set::forDate));
    pricer = new PatientPricer(set::forDate);
    SplittableRandom rnd = new SplittableRandom(20261204L);
    states = new CapState[STATES];
    next = new CapLedger.Charge[STATES];
    for (int i = 0; i < STATES; i++) {
      CapState s = CapState.EMPTY;
      LocalDate d = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(20));
      int n = rnd.nextInt(41);
      for (int k = 0; k < n; k++) {
        LocalDate nextDay = d.plusDays(rnd.nextInt(16));
        if (nextDay.getMonthValue() == 12 && nextDay.getDayOfMonth() > 20 || nextDay.getYear() > 2026) {
          break;
        }
        d = nextDay;
        s = ledger.charge(s, new CapLedger.Charge("s" + i + "-" + k, d, FEES[rnd.nextInt(FEES.length)], rnd.nextInt(6) > 0)).state();
      }
      states[i] = s;
      // The next payment comes after every earlier one (the cash register's usual case), 1–3 days later.
      next[i] = new CapLedger.Charge("x" + i, d.plusDays(1 + rnd.nextInt(3)), FEES[rnd.nextInt(FEES.length)], true);
    }
    patients = new Patient[HISTORIES];
    histories = new ArrayList<>();
    CareUnit[] units = {CareUnit.PRIMARY_CARE, CareUnit.SPECIALIST_CARE, CareUnit.EMERGENCY_DEPARTMENT};
    ContactKind[] kinds = {ContactKind.PHYSICAL_VISIT, ContactKind.PHYSICAL_VISIT, ContactKind.QUALIFIED_DISTANCE};
    Profession[] professions = {Profession.DOCTOR, Profession.DOCTOR, Profession.TREATMENT};
    for (int h = 0; h < HISTORIES; h++) {
      patients[h] = Patient.countyResident(LocalDate.of(1940 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
      List<Contact> year = new ArrayList<>();
      LocalDateTime at = LocalDateTime.of(2026, 1, 2, 8, 0).plusDays(rnd.nextInt(30));
      for (int k = 0; k < 12; k++) {
        at = at.plusDays(1 + rnd.nextInt(25)).withHour(8 + rnd.nextInt(9));
        year.add(Contact.builder(at, units[rnd.nextInt(units.length)], kinds[rnd.nextInt(kinds.length)])
            .profession(professions[rnd.nextInt(professions.length)]).build());
      }
      histories.add(year);
    }
  }

  /** One payment appended to each of the 1 024 saved states in turn. */
  @Benchmark
  @OperationsPerInvocation(STATES)
  public void oneLedgerUpdate(Blackhole bh) {
    for (int i = 0; i < STATES; i++) {
      bh.consume(ledger.charge(states[i], next[i]));
    }
  }

  /** Each of the 256 histories of 12 contacts, priced from an empty state. */
  @Benchmark
  @OperationsPerInvocation(HISTORIES)
  public void twelveContactHistory(Blackhole bh) {
    for (int h = 0; h < HISTORIES; h++) {
      bh.consume(pricer.priceHistory(patients[h], histories.get(h), CapState.EMPTY, "p"));
    }
  }

  /** The ledger alone for the same 12 payments per history (no outpatient pricing). */
  @Benchmark
  @OperationsPerInvocation(HISTORIES)
  public void twelveLedgerCharges(Blackhole bh) {
    for (int h = 0; h < HISTORIES; h++) {
      CapState s = CapState.EMPTY;
      List<Contact> year = histories.get(h);
      for (int k = 0; k < 12; k++) {
        s = ledger.charge(s, new CapLedger.Charge(IDS[k], year.get(k).at().toLocalDate(), FEES[(h + k) % FEES.length], true)).state();
      }
      bh.consume(s);
    }
  }

  static final String[] IDS = {"p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7", "p-8", "p-9", "p-10", "p-11", "p-12"};
}
