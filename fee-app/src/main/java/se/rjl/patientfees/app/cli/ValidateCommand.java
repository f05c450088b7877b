package se.rjl.patientfees.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.load.TextFiles;
import se.rjl.patientfees.scenario.ScenarioValidation;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.dental.pricelist.PriceDeviation;
import se.rjl.patientfees.dental.pricelist.PriceList;
import se.rjl.patientfees.dental.pricelist.PriceListLoader;
import se.rjl.patientfees.dental.pricelist.PriceListValidation;
import se.rjl.patientfees.dental.pricelist.PriceListValidator;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * {@code validate FILE...}: loads each rulebook or dental price list and says OK, or lists every
 * problem as file:line:column: message. A price list's reference-price deviations are warnings.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check rulebooks and dental price lists, and report every problem.",
      "Loads each file: a rulebook's main file with its parts, or a dental price list (a file with the top-level key "
          + "'priceList:').",
      "Prints one line per sound file, e.g.:",
      "  rulebooks/2026.yaml: OK rjl-2026, 96 fee-code rows, valid 2026-01-01–2026-12-31",
      "  rulebooks/dental-2024.yaml: OK ftv-2024 (price list), 421 rows, 11 patient fees, valid 2024-01-01–2024-12-31",
      "or every problem as file:line:column: message.",
      "For a price list it then prints each row whose price deviates from its reference price as "
          + "'file:line:column: warning: ...' and a summary line; warnings do not change the exit code.",
      "With --scenarios, each rulebook that loads must also pass its scenario files: every case passes, and every "
          + "fee-code row with a 'match' is the row of some case (a dropped row shows as the cases that lose it)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is sound (price-list warnings allowed)", "1:a file has problems (listed)",
      "2:bad usage (no such file)", Main.EXIT_CODES_3})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Rulebook main files (rulebooks/2026.yaml) or dental price lists (rulebooks/dental-2024.yaml).")
  List<Path> files;

  @Option(names = {"-q", "--quiet"}, description = "For price lists: print the summary lines, not each warning.")
  boolean quiet;

  @Option(names = "--scenarios", paramLabel = "PATH",
      description = "Scenario files or folders (searched for *.yaml) each rulebook must pass (repeatable); "
          + "also every fee-code row with a 'match' must be reached by a case.")
  List<Path> scenarios;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new CliException("no such file: " + f);
      }
    }
    for (Path p : scenarios == null ? List.<Path>of() : scenarios) {
      if (!Files.exists(p)) {
        throw new CliException("no such scenario file or folder: " + p);
      }
    }
    boolean broken = false;
    for (Path f : files) {
      try {
        if (isPriceList(f)) {
          priceList(f, out);
        } else {
          Rulebook b = RulebookLoader.load(f);
          String ok = f + ": OK " + b.info().id() + ", " + b.feeCodes().size() + " fee-code rows, valid "
              + b.info().validFrom() + "–" + b.info().validTo();
          if (scenarios != null && !scenarios.isEmpty()) {
            ScenarioValidation.Report r = ScenarioValidation.checkFiles(List.of(b), scenarios);
            if (!r.sound()) {
              throw new RulebookException(r.problems());
            }
            ok += "; " + r.cases() + " scenario cases pass, reaching " + r.rowsReached() + " of " + r.rowsWithMatch()
                + " rows with a match";
          }
          out.println(ok);
        }
      } catch (RulebookException e) {
        broken = true;
        for (Problem p : e.problems()) {
          out.println(p.location() + ": " + p.message());
        }
        out.println(f + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
      }
    }
    out.flush();
    return broken ? Main.FAILURES : Main.OK;
  }

  private void priceList(Path f, PrintWriter out) {
    PriceList list = PriceListLoader.load(f);
    PriceListValidation v = PriceListValidator.validate(list);
    out.println(f + ": OK " + list.info().id() + " (price list), " + list.rows().size() + " rows, " + list.patientFees().size()
        + " patient fees, valid " + list.info().validFrom() + "–" + list.info().validTo());
    if (!quiet) {
      for (PriceDeviation d : v.deviations()) {
        String where = d.row().location() == null ? f.toString() : d.row().location().toString();
        out.println(where + ": warning: " + d.describe());
      }
    }
    int exchange = v.deviations().size() - v.ordinaryDeviations().size();
    out.println(f + ": " + v.deviations().size() + (v.deviations().size() == 1 ? " warning: " : " warnings: ")
        + v.deviations().size() + " rows deviate from the reference price (" + v.aboveReference().size() + " above, "
        + v.belowReference().size() + " below; " + exchange + " of them utbytesåtgärder)"
        + v.largestByPercent().map(d -> "; largest among the other rows: " + d.key() + " (" + sign(d.percent().toPlainString()) + " %)")
            .orElse("")
        + v.largestByAmount().map(d -> ", " + d.key() + " (" + sign(kronor(d.differenceOre())) + " kr)").orElse(""));
  }

  private static String sign(String s) {
    return s.startsWith("-") ? s : "+" + s;
  }

  private static String kronor(long ore) {
    java.math.BigDecimal kr = java.math.BigDecimal.valueOf(ore, 2).stripTrailingZeros();
    return (kr.scale() < 0 ? kr.setScale(0) : kr).toPlainString();
  }

  /** A file with the top-level key {@code priceList:} (the format of docs/dental-price-list.md). */
  static boolean isPriceList(Path f) throws IOException {
    String text;
    try {
      text = TextFiles.read(f); // not a device, a pipe or a huge file: the loader then says what is wrong
    } catch (TextFiles.UnreadableFileException e) {
      return false;
    }
    return text.lines().anyMatch(l -> l.startsWith("priceList:"));
  }
}
