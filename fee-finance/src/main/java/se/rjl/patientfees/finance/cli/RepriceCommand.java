package se.rjl.patientfees.finance.cli;

import java.io.BufferedWriter;
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
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.finance.report.Csv;
import se.rjl.patientfees.finance.report.Kr;
import se.rjl.patientfees.finance.reprice.RepriceReport;
import se.rjl.patientfees.finance.reprice.RepriceResult;
import se.rjl.patientfees.finance.reprice.Repricer;
import se.rjl.patientfees.finance.reprice.VisitSource;
import se.rjl.patientfees.rules.load.RulebookLoader;

/** {@code reprice --visits FILE --base RULEBOOK --proposed RULEBOOK [--out DIR]}: what a proposed rulebook would bring in. */
@Command(
    name = "reprice",
    mixinStandardHelpOptions = true,
    header = "Price a year of visits under a base and a proposed rulebook: revenue, frikort and the differences.",
    description = {
      "Prices a year of visits (CSV or JSON Lines, columns in docs/finance.md) under a base and a proposed rulebook, each patient's contacts in time order with a cap ledger per patient, and reports revenue in total, per fee-code row, per patient group and age band, and the patients who reach frikort, under both books with differences: CSV files and report.html in --out.",
      "Every row is priced or rejected with its line and reason (rejects.csv); rows read = priced + rejected.",
      "Example: reprice --visits visits-2026.csv --base rulebooks/2026.yaml --proposed proposal.yaml --out out/"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every row priced, counts reconcile", "1:some rows rejected (see rejects.csv), or the counts do not reconcile",
      FinanceCommands.EXIT_2, FinanceCommands.EXIT_3})
public final class RepriceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--visits", required = true, paramLabel = "FILE", description = "The visit file (.csv, or .jsonl).")
  Path visits;

  @Option(names = "--base", required = true, paramLabel = "RULEBOOK", description = "The rulebook in force, e.g. rulebooks/2026.yaml.")
  Path base;

  @Option(names = "--proposed", required = true, paramLabel = "RULEBOOK", description = "The proposed rulebook.")
  Path proposed;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reprice-report",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "csv|jsonl", description = "The visit file's format (default: from its name).")
  String format;

  @Option(names = "--threads", paramLabel = "N", description = "Pricing threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--progress-every", paramLabel = "ROWS", defaultValue = "100000",
      description = "A progress line on standard error every ROWS rows; 0 for none (default: ${DEFAULT-VALUE}).")
  long progressEvery;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return FinanceCommands.run(err, () -> {
      for (Path f : new Path[] {visits, base, proposed}) {
        if (!Files.isRegularFile(f)) {
          throw FinanceCommands.Failure.badInput("no such file: " + f);
        }
      }
      if (threads != null && (threads < 1 || threads > 256)) {
        throw FinanceCommands.Failure.badInput("--threads must be between 1 and 256");
      }
      VisitSource.Format f = format == null ? VisitSource.Format.of(visits) : switch (format.toLowerCase(java.util.Locale.ROOT)) {
        case "csv" -> VisitSource.Format.CSV;
        case "jsonl", "ndjson" -> VisitSource.Format.JSONL;
        default -> throw FinanceCommands.Failure.badInput("--format must be csv or jsonl, not '" + format + "'");
      };
      // A new-year draft is re-priced with its review marks (issue 11); how many remain is said.
      CompiledRulebook b = CompiledRulebook.of(RulebookLoader.loadDraft(base).rulebook());
      CompiledRulebook p = CompiledRulebook.of(RulebookLoader.loadDraft(proposed).rulebook());
      FinanceCommands.reportReviewMarks(spec.commandLine().getErr(), base, proposed);
      Files.createDirectories(out);
      java.util.function.Consumer<String> progress = line -> {
        err.println(line);
        err.flush();
      };
      Repricer.Options opts = new Repricer.Options(
          threads != null ? threads : Repricer.Options.defaults().threads(), progressEvery > 0 ? progress : null, progressEvery);
      Repricer repricer = new Repricer(b, p, opts);
      if (repricer.yearShift() != 0) {
        err.println("reprice: " + p.id() + " is valid " + p.rulebook().info().validFrom() + " – " + p.rulebook().info().validTo()
            + ": visit and birth dates are moved " + repricer.yearShift() + " year(s) for it (decision E30)");
      }
      RepriceResult r;
      try (Writer rejects = new BufferedWriter(Files.newBufferedWriter(out.resolve("rejects.csv"), StandardCharsets.UTF_8))) {
        Csv.row(rejects, "line", "patientId", "book", "field", "kind", "message");
        r = repricer.run(visits, f, x -> Csv.row(rejects, Long.toString(x.line()), x.patientId(), x.book(), x.field(),
            x.kind(), x.message()));
      }
      RepriceReport.write(r, out);
      o.println(r.reconciliation());
      o.println("revenue " + r.baseId() + ": " + Kr.text(r.base().revenueOre()) + "; " + r.proposedId() + ": "
          + Kr.text(r.proposed().revenueOre()) + " (" + Kr.signed(r.proposed().revenueOre() - r.base().revenueOre()) + ", "
          + Kr.percent(r.base().revenueOre(), r.proposed().revenueOre()) + ")");
      o.println("frikort patients " + r.baseId() + ": " + r.base().frikortPatients() + "; " + r.proposedId() + ": "
          + r.proposed().frikortPatients());
      o.println("report: " + out.resolve("report.html") + " (CSV files and rejects.csv beside it)");
      o.flush();
      if (!r.reconciles()) {
        err.println("error: the counts do not reconcile: " + r.reconciliation());
        return FinanceCommands.FINDINGS;
      }
      return r.rejected() > 0 ? FinanceCommands.FINDINGS : FinanceCommands.OK;
    });
  }
}
