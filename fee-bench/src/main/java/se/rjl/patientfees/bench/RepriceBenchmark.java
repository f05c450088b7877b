package se.rjl.patientfees.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine;
import se.rjl.patientfees.finance.cli.FinanceCommands;

/**
 * {@code reprice} of a generated year, end to end as finance staff run it (read the CSV, price every
 * patient's history under both books, write the report), the same book on both sides. The file is
 * generated once per trial with {@code generate-visits} (seed 2026); one operation is one whole
 * re-pricing. Rows per second = the row count printed at setup / the time per operation.
 * {@code -p patients=370000} is the region's year (about 3 million rows).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1)
@State(Scope.Benchmark)
public class RepriceBenchmark {
  @Param("37000")
  int patients;

  Path dir;
  Path visits;
  long rows;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dir = Files.createTempDirectory("reprice-bench");
    visits = dir.resolve("visits.csv");
    int code = command("generate-visits").execute("--seed", "2026", "--patients", Integer.toString(patients), "--out", visits.toString());
    if (code != 0) {
      throw new IllegalStateException("generate-visits failed with exit code " + code);
    }
    try (Stream<String> lines = Files.lines(visits)) {
      rows = lines.count() - 1;
    }
    System.out.printf("%n%d patients, %d rows, %d MB%n", patients, rows, Files.size(visits) >> 20);
  }

  @Benchmark
  public int reprice() {
    String book = System.getProperty("rulebook", "rulebooks/2026.yaml");
    return command("reprice").execute("--visits", visits.toString(), "--base", book, "--proposed", book,
        "--out", dir.resolve("report").toString(), "--progress-every", "0");
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** A finance command by name, its output discarded. */
  static CommandLine command(String name) {
    Object command = FinanceCommands.commands().stream()
        .filter(c -> c.getClass().getAnnotation(CommandLine.Command.class).name().equals(name))
        .findFirst().orElseThrow();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(new StringWriter()));
    return cl;
  }
}
