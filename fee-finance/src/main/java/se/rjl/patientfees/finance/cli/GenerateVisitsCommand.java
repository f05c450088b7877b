package se.rjl.patientfees.finance.cli;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.finance.generate.VisitGenerator;
import se.rjl.patientfees.finance.reprice.VisitSource;

/** {@code generate-visits --seed N --patients N [--out FILE]}: a deterministic synthetic year of visits. */
@Command(
    name = "generate-visits",
    mixinStandardHelpOptions = true,
    header = "Write a deterministic synthetic year of outpatient visits (CSV or JSON Lines).",
    description = {
      "Writes a deterministic synthetic year of outpatient visits for the region: the Swedish age pyramid, county residents and other patient groups, all care levels and contact kinds, some missed visits. Sorted by patient, then time. The same seed and size give byte-identical output. Default size: 370 000 patients, about 3 million contacts.",
      "Example: generate-visits --seed 1 --patients 370000 --out visits-2026.csv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", FinanceCommands.EXIT_2, FinanceCommands.EXIT_3})
public final class GenerateVisitsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "The random seed.")
  long seed;

  @Option(names = "--patients", paramLabel = "N", defaultValue = "370000",
      description = "Patients (residents and others) to generate (default: ${DEFAULT-VALUE}).")
  int patients;

  @Option(names = "--year", paramLabel = "YYYY", defaultValue = "2026", description = "The year (default: ${DEFAULT-VALUE}).")
  int year;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (.csv, or .jsonl for JSON Lines) instead of standard output.")
  Path out;

  @Option(names = "--format", paramLabel = "csv|jsonl", description = "Output format (default: from the file name, else csv).")
  String format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    return FinanceCommands.run(err, () -> {
      if (patients < 0) {
        throw FinanceCommands.Failure.badInput("--patients must not be negative");
      }
      if (year < 1900 || year > 2200) {
        throw FinanceCommands.Failure.badInput("--year must be between 1900 and 2200");
      }
      VisitGenerator.Format f = format != null ? parse(format)
          : out != null && VisitSource.Format.of(out) == VisitSource.Format.JSONL ? VisitGenerator.Format.JSONL
          : VisitGenerator.Format.CSV;
      long start = System.nanoTime();
      VisitGenerator.Stats stats;
      if (out == null) {
        PrintWriter o = spec.commandLine().getOut();
        stats = new VisitGenerator(seed, patients, year).write(o, f, rows -> {});
        o.flush();
      } else {
        if (out.toAbsolutePath().getParent() != null) {
          Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = new FileOutputStream(out.toFile());
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 20)) {
          stats = new VisitGenerator(seed, patients, year).write(w, f, rows -> {
            double s = (System.nanoTime() - start) / 1e9;
            err.println("generate-visits: " + rows + " rows, " + Math.round(rows / Math.max(s, 1e-3)) + " rows/s");
            err.flush();
          });
        }
        err.println("generate-visits: wrote " + stats.rows() + " contacts for " + stats.patientsWithContacts() + " of "
            + stats.patients() + " patients to " + out + " in " + Math.round((System.nanoTime() - start) / 1e8) / 10.0 + " s");
      }
      return FinanceCommands.OK;
    });
  }

  private static VisitGenerator.Format parse(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "csv" -> VisitGenerator.Format.CSV;
      case "jsonl", "ndjson" -> VisitGenerator.Format.JSONL;
      default -> throw FinanceCommands.Failure.badInput("--format must be csv or jsonl, not '" + s + "'");
    };
  }
}
