package se.rjl.patientfees.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.engine.ledger.PricedContact;
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;
import se.rjl.patientfees.engine.result.FeeResult;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Profession;

/**
 * The engine alone on a warm JVM: one outpatient contact, one ledger update, a 12-contact patient
 * history. Run: {@code java -jar fee-bench/target/benchmarks.jar -prof gc} from the repository root
 * (it reads rulebooks/2026.yaml; {@code -Drulebook=...} for another).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PricingBenchmark {
  CompiledRulebook book;
  PatientPricer pricer;
  CapLedger ledger;
  Patient adult;
  Contact visit;
  List<Contact> year;
  CapState halfway;

  @Setup
  public void setUp() {
    RulebookSet set = RulebookSet.of(RulebookLoader.load(Path.of(System.getProperty("rulebook", "rulebooks/2026.yaml"))));
    book = set.forDate(LocalDate.of(2026, 6, 1));
    pricer = new PatientPricer(set::forDate);
    ledger = pricer.ledger();
    adult = Patient.countyResident(LocalDate.of(1970, 4, 12));
    visit = Contact.builder(LocalDateTime.of(2026, 3, 10, 10, 0), CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR).build();
    year = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      year.add(Contact.builder(LocalDateTime.of(2026, m, 5, 9, 30), m % 3 == 0 ? CareUnit.SPECIALIST_CARE : CareUnit.PRIMARY_CARE,
          m % 4 == 0 ? ContactKind.QUALIFIED_DISTANCE : ContactKind.PHYSICAL_VISIT).profession(Profession.DOCTOR).build());
    }
    halfway = pricer.priceHistory(adult, year.subList(0, 4), CapState.EMPTY, "h").get(3).state();
  }

  @Benchmark
  public FeeResult priceOneContact() {
    return OutpatientPricer.price(book, adult, visit);
  }

  @Benchmark
  public CapLedger.Outcome oneLedgerUpdate() {
    return ledger.charge(halfway, new CapLedger.Charge("x", LocalDate.of(2026, 6, 1), 250_00, true));
  }

  @Benchmark
  public List<PricedContact> twelveContactHistory() {
    return pricer.priceHistory(adult, year, CapState.EMPTY, "p");
  }
}
