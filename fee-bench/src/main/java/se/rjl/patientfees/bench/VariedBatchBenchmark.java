package se.rjl.patientfees.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongBiFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;
import se.rjl.patientfees.engine.result.FeeResult;
import se.rjl.patientfees.rules.load.RulebookLoader;

/**
 * One outpatient contact at a time over a varied batch of seeded contacts ({@link VariedBatch}), the
 * engine beside the hand-coded reference ({@link HandCodedReference}) in the same run. One operation
 * is one contact; the batch is walked in order, so no two consecutive operations price the same
 * contact. Run with {@code -prof gc} for bytes per contact ({@code gc.alloc.rate.norm}).
 *
 * <p>Before anything is measured the setup prices every contact both ways and refuses to run if the
 * row, the amount paid or the part counting toward the cap differ anywhere.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Thread)
public class VariedBatchBenchmark {
  @Param("1000000")
  int contacts;

  @Param("2026")
  long seed;

  CompiledRulebook book;
  VariedBatch batch;
  HandCodedReference reference;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    book = RulebookSet.of(RulebookLoader.load(Path.of(System.getProperty("rulebook", "rulebooks/2026.yaml"))))
        .forDate(LocalDate.of(2026, 6, 1));
    int year = book.rulebook().info().validFrom().getYear();
    batch = VariedBatch.generate(book, year, contacts, seed);
    reference = new HandCodedReference(year, book.workingDays());
    String mismatches = mismatches(book, batch, reference::price);
    if (!mismatches.isEmpty()) {
      throw new IllegalStateException("the hand-coded reference disagrees with the engine, so the comparison would be unfair:\n"
          + mismatches);
    }
  }

  @Benchmark
  public FeeResult engine() {
    int i = next;
    next = i + 1 == batch.contacts.length ? 0 : i + 1;
    return OutpatientPricer.price(book, batch.patients[i], batch.contacts[i]);
  }

  @Benchmark
  public long handCodedReference() {
    int i = next;
    next = i + 1 == batch.contacts.length ? 0 : i + 1;
    return reference.price(batch.patients[i], batch.contacts[i]);
  }

  /** Where the reference and the engine differ (row, amount paid, part toward the cap): empty when nowhere. */
  static String mismatches(CompiledRulebook book, VariedBatch batch, ToLongBiFunction<Patient, Contact> reference) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < batch.size(); i++) {
      FeeResult engine = OutpatientPricer.price(book, batch.patients[i], batch.contacts[i]);
      long packed;
      try {
        packed = reference.applyAsLong(batch.patients[i], batch.contacts[i]);
      } catch (RuntimeException e) {
        packed = -1;
      }
      int row = (int) (packed & 0xff);
      long payable = packed >> 8;
      boolean same = packed >= 0
          && engine.row().key().equals(HandCodedReference.KEY[row])
          && engine.payableOre() == payable
          && engine.countsTowardCapOre() == (HandCodedReference.CAP[row] ? HandCodedReference.FEE[row] : 0);
      if (!same && count++ < 20) {
        out.append("  #").append(i).append(' ').append(batch.patients[i]).append(' ').append(batch.contacts[i])
            .append("\n    engine ").append(engine.row().key()).append(' ').append(engine.payableOre()).append(' ')
            .append(engine.countsTowardCapOre()).append(" reference ")
            .append(packed < 0 ? "threw" : HandCodedReference.KEY[row] + " " + payable).append('\n');
      }
    }
    if (count > 0) {
      out.append("  ").append(count).append(" of ").append(batch.size()).append(" differ\n");
    }
    return out.toString();
  }

  /** Prints the batch's mix of rows and whether the reference agrees with the engine (no measurement). */
  public static void main(String[] args) {
    VariedBatchBenchmark b = new VariedBatchBenchmark();
    b.contacts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    b.seed = 2026;
    b.book = RulebookSet.of(RulebookLoader.load(Path.of(System.getProperty("rulebook", "rulebooks/2026.yaml"))))
        .forDate(LocalDate.of(2026, 6, 1));
    int year = b.book.rulebook().info().validFrom().getYear();
    b.batch = VariedBatch.generate(b.book, year, b.contacts, b.seed);
    b.reference = new HandCodedReference(year, b.book.workingDays());
    TreeMap<String, Integer> rows = new TreeMap<>();
    for (int i = 0; i < b.batch.size(); i++) {
      rows.merge(OutpatientPricer.price(b.book, b.batch.patients[i], b.batch.contacts[i]).row().key(), 1, Integer::sum);
    }
    System.out.println(b.batch.size() + " contacts, " + b.batch.refused + " candidates refused by the engine and drawn again");
    System.out.println("rows: " + rows);
    String m = mismatches(b.book, b.batch, b.reference::price);
    System.out.println(m.isEmpty() ? "reference agrees with the engine on every contact" : m);
  }
}
