package se.rjl.patientfees.finance.cli;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
import se.rjl.patientfees.finance.report.CsvDialect;
import se.rjl.patientfees.finance.report.Pdf;
import se.rjl.patientfees.finance.report.RunInfo;
import se.rjl.patientfees.finance.reprice.Reject;
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
      "Prices a year of visits (CSV in the international or Swedish Excel dialect, JSON Lines or .xlsx; columns in docs/finance.md) under a base and a proposed rulebook, each patient's contacts in time order with a cap ledger per patient, and reports revenue in total, per fee-code row, per patient group and age band, and the patients who reach frikort, under both books with differences: CSV files, report.xlsx and report.html (with --pdf also report.pdf) in --out.",
      "Every row is priced or rejected with its line and reason (rejects.csv); rows read = priced + rejected.",
      "Example: reprice --visits visits-2026.csv --base rulebooks/2026.yaml --proposed proposal.yaml --out out/"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every row priced, counts reconcile", "1:some rows rejected (summarised on standard error, all in rejects.csv), or the counts do not reconcile",
      FinanceCommands.EXIT_2, FinanceCommands.EXIT_3})
public final class RepriceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--visits", required = true, paramLabel = "FILE", description = "The visit file (.csv, .jsonl or .xlsx).")
  Path visits;

  @Option(names = "--base", required = true, paramLabel = "RULEBOOK", description = "The rulebook in force, e.g. rulebooks/2026.yaml.")
  Path base;

  @Option(names = "--proposed", required = true, paramLabel = "RULEBOOK", description = "The proposed rulebook.")
  Path proposed;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reprice-report",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "csv|jsonl|xlsx", description = "The visit file's format (default: from its name and content).")
  String format;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "The visit file's text encoding, e.g. windows-1252 (default: UTF-8; a line that is not valid UTF-8 is rejected).")
  String encoding;

  @Option(names = "--csv-dialect", paramLabel = "swedish|international", defaultValue = "swedish",
      description = "The dialect of the CSV files written: swedish (';', decimal comma, a byte-order mark; what Swedish Excel opens) or international (',', decimal point). Default: ${DEFAULT-VALUE}.")
  String csvDialect;

  @Option(names = "--pdf", description = "Also print the report to report.pdf with headless Chromium (an error if none is installed).")
  boolean pdf;

  @Option(names = "--threads", paramLabel = "N", description = "Pricing threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--progress-every", paramLabel = "ROWS", defaultValue = "250000",
      description = "A progress line with the time left on standard error every ROWS rows; 0 for none (default: ${DEFAULT-VALUE}).")
  long progressEvery;

  /** How many rejected rows standard error shows one by one. */
  static final int REJECTS_SHOWN = 5;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ZonedDateTime started = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
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
        case "xlsx" -> VisitSource.Format.XLSX;
        default -> throw FinanceCommands.Failure.badInput("--format must be csv, jsonl or xlsx, not '" + format + "'");
      };
      CsvDialect dialect = CsvDialect.of(csvDialect);
      if (dialect == null) {
        throw FinanceCommands.Failure.badInput("--csv-dialect must be swedish or international, not '" + csvDialect + "'");
      }
      Charset charset = null;
      if (encoding != null) {
        try {
          charset = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
          throw FinanceCommands.Failure.badInput("--encoding: unknown encoding '" + encoding + "' (e.g. UTF-8, windows-1252, ISO-8859-1)");
        }
      }
      Path chromium = null;
      if (pdf) {
        chromium = Pdf.chromium().orElseThrow(() -> FinanceCommands.Failure.badInput(
            "--pdf: no headless Chromium found (chromium, chromium-browser or google-chrome on the PATH, or $CHROMIUM)"));
      }
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
      List<Reject> shown = new ArrayList<>();
      try (Writer rejects = new BufferedWriter(Files.newBufferedWriter(out.resolve("rejects.csv"), StandardCharsets.UTF_8))) {
        if (dialect == CsvDialect.SWEDISH) {
          rejects.write('\uFEFF');
        }
        Csv.row(rejects, dialect, "line", "patientId", "book", "field", "kind", "message");
        r = repricer.run(visits, f, charset, x -> {
          if (shown.size() < REJECTS_SHOWN) {
            shown.add(x);
          }
          Csv.row(rejects, dialect, Long.toString(x.line()), x.patientId(), x.book(), x.field(), x.kind(), x.message());
        });
      }
      List<RunInfo.InputFile> files = new ArrayList<>();
      files.add(new RunInfo.InputFile("Besöksfil", visits.toString(), r.inputSize(), r.inputSha256()));
      files.addAll(RunInfo.rulebookFiles("Basregelbok " + b.id(), base));
      files.addAll(RunInfo.rulebookFiles("Förslag " + p.id(), proposed));
      RepriceReport.write(r, out, new RepriceReport.Options(dialect, new RunInfo(files, RunInfo.currentVersion(), started)));
      if (chromium != null) {
        Pdf.write(chromium, out.resolve("report.html"), out.resolve("report.pdf"));
      }
      o.println(r.reconciliation());
      o.println("revenue " + r.baseId() + ": " + Kr.text(r.base().revenueOre()) + "; " + r.proposedId() + ": "
          + Kr.text(r.proposed().revenueOre()) + " (" + Kr.signed(r.proposed().revenueOre() - r.base().revenueOre()) + ", "
          + Kr.percent(r.base().revenueOre(), r.proposed().revenueOre()) + ")");
      o.println("frikort patients " + r.baseId() + ": " + r.base().frikortPatients() + "; " + r.proposedId() + ": "
          + r.proposed().frikortPatients());
      o.println("read as " + r.inputDescription() + "; CSV files written in the " + dialect.description() + " dialect");
      o.println("report: " + out.resolve("report.html") + (chromium != null ? " and report.pdf" : "")
          + " (report.xlsx, CSV files and rejects.csv beside it)");
      o.flush();
      if (!r.reconciles()) {
        err.println("error: the counts do not reconcile: " + r.reconciliation());
        return FinanceCommands.FINDINGS;
      }
      if (r.rejected() > 0) {
        err.println("reprice: " + r.rejected() + (r.rejected() == 1 ? " row was" : " rows were") + " rejected (all in "
            + out.resolve("rejects.csv") + "):");
        r.rejectsByKind().entrySet().stream()
            .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
            .forEach(e -> err.println("  " + e.getValue() + " × " + e.getKey()));
        err.println("first " + (shown.size() == 1 ? "one" : shown.size()) + ":");
        for (Reject x : shown) {
          err.println("  line " + x.line() + (x.patientId().isEmpty() ? "" : " (" + x.patientId() + ")") + ": " + x.field()
              + ": " + x.message() + " [" + x.book() + " " + x.kind() + "]");
        }
        err.flush();
        return FinanceCommands.FINDINGS;
      }
      return FinanceCommands.OK;
    });
  }
}
