package se.rjl.patientfees.finance.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.finance.diff.RulebookDiff;
import se.rjl.patientfees.finance.report.Pdf;
import se.rjl.patientfees.finance.report.RunInfo;

/** {@code diff OLD NEW [--html FILE]}: every changed, added and removed value between two rulebooks. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Compare two rulebooks entry by entry: every changed, added and removed value with both sources.",
    description = {
      "Compares two rulebooks by stable key (fee-code rows, constants, age bands, caps, certificates, copies, vaccinations, free reasons, patient groups' countries, aids, inpatient bands …) and prints every changed, added and removed value with the old and new value and both sources.",
      "Example: diff rulebooks/2026.yaml rulebooks/2027.yaml --html diff.html"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no differences", "1:differences found (listed)", FinanceCommands.EXIT_2, FinanceCommands.EXIT_3})
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old rulebook's main file, e.g. rulebooks/2026.yaml.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new rulebook's main file, e.g. rulebooks/2027.yaml.")
  Path newFile;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the diff as a self-contained HTML page.")
  Path html;

  @Option(names = "--pdf", paramLabel = "FILE", description = "Also print the HTML page to a PDF file with headless Chromium.")
  Path pdf;

  @Option(names = "--quiet", description = "Print only the summary line, not every change.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ZonedDateTime started = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
    return FinanceCommands.run(spec.commandLine().getErr(), () -> {
      for (Path f : new Path[] {oldFile, newFile}) {
        if (!Files.isRegularFile(f)) {
          throw FinanceCommands.Failure.badInput("no such file: " + f);
        }
      }
      RulebookDiff.Result r = RulebookDiff.compare(oldFile, newFile);
      String text = r.toText();
      if (quiet) {
        out.println(text.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElse(""));
      } else {
        out.print(text);
      }
      FinanceCommands.reportReviewMarks(out, oldFile, newFile);
      Path chromium = null;
      if (pdf != null) {
        chromium = Pdf.chromium().orElseThrow(() -> FinanceCommands.Failure.badInput(
            "--pdf: no headless Chromium found (chromium, chromium-browser or google-chrome on the PATH, or $CHROMIUM)"));
      }
      if (html != null || pdf != null) {
        Path page = html != null ? html : Files.createTempFile("rulebook-diff", ".html");
        if (page.toAbsolutePath().getParent() != null) {
          Files.createDirectories(page.toAbsolutePath().getParent());
        }
        List<RunInfo.InputFile> files = new ArrayList<>(RunInfo.rulebookFiles("Gammal regelbok " + r.oldId(), oldFile));
        files.addAll(RunInfo.rulebookFiles("Ny regelbok " + r.newId(), newFile));
        Files.writeString(page, r.toHtml(new RunInfo(files, RunInfo.currentVersion(), started)), StandardCharsets.UTF_8);
        if (html != null) {
          out.println("HTML: " + html);
        }
        if (chromium != null) {
          Pdf.write(chromium, page, pdf);
          out.println("PDF: " + pdf);
        }
        if (html == null) {
          Files.deleteIfExists(page);
        }
      }
      out.flush();
      return r.isEmpty() ? FinanceCommands.OK : FinanceCommands.FINDINGS;
    });
  }
}
