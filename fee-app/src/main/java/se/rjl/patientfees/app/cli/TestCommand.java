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
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.dental.DentalPricer;
import se.rjl.patientfees.dental.DentalScenario;
import se.rjl.patientfees.dental.DentalScenarios;
import se.rjl.patientfees.scenario.ScenarioCase;
import se.rjl.patientfees.scenario.ScenarioReader;
import se.rjl.patientfees.scenario.ScenarioRunner;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.dental.pricelist.PriceListLoader;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/** {@code test RULEBOOK PATH...}: runs scenario files and ends with {@code N passed, N failed}. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run scenario files (golden cases with expected fees) against a rulebook.",
      "Cases are contacts, stays, certificates, copies, aids and mixed steps (docs/scenarios.md). With a dental price "
          + "list as RULEBOOK (rulebooks/dental-2024.yaml), the files are dental scenario files (scenarios-dental/).",
      "Prints one line per failing case (file:line: name [source]: what differed), a broken scenario file's "
          + "problems (the file counts as one failure), and ends with exactly the line 'N passed, N failed'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every case passed", "1:a case failed or a scenario file is broken",
      "2:bad usage (no such file, the rulebook does not load, no cases found)", Main.EXIT_CODES_3})
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULEBOOK",
      description = "The rulebooks: a main file (rulebooks/2026.yaml), a folder of main files (rulebooks/), or several "
          + "joined with ',' (rulebooks/2026.yaml,drafts/2027.yaml); each case is priced by the book in force on each "
          + "step's date, so a case may run from December into January. Or a dental price list (rulebooks/dental-2024.yaml).")
  String rulebook;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders (searched for *.yaml).")
  List<Path> paths;

  @Option(names = {"-v", "--verbose"}, description = "Also print a line for each passing case.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> set = java.util.Arrays.stream(rulebook.split(",")).map(String::strip).filter(x -> !x.isEmpty()).map(Path::of).toList();
    for (Path p : set) {
      if (!Files.exists(p)) {
        throw new CliException("no such rulebook file or folder: " + p);
      }
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CliException("no such file or folder: " + p);
      }
    }
    if (set.size() == 1 && Files.isRegularFile(set.get(0)) && ValidateCommand.isPriceList(set.get(0))) {
      return dental(out, set.get(0));
    }
    RulebookSet books = RulebookSet.load(set); // a RulebookException → exit 2, problems listed
    ScenarioRunner runner = new ScenarioRunner(books);
    int passed = 0;
    int failed = 0;
    List<Path> files = ScenarioReader.files(paths);
    for (Path f : files) {
      List<ScenarioCase> cases;
      try {
        cases = ScenarioReader.read(f);
      } catch (RulebookException e) {
        for (Problem p : e.problems()) {
          out.println(p.location() + ": " + p.message());
        }
        failed++;
        continue;
      }
      for (ScenarioCase c : cases) {
        ScenarioRunner.Outcome o;
        try {
          o = runner.run(c);
        } catch (RuntimeException e) {
          out.println(c.location() + ": " + c.name() + " [" + c.source() + "]: internal error: " + Errors.oneLine(e));
          failed++;
          continue;
        }
        if (o.passed()) {
          passed++;
          if (verbose) {
            out.println(c.location() + ": " + c.name() + ": ok");
          }
        } else {
          failed++;
          out.println(o.describe());
        }
      }
    }
    return summary(out, passed, failed);
  }

  /** Dental scenario files (docs/dental-price-list.md#scenarios) against a price list. */
  private int dental(PrintWriter out, Path priceList) throws IOException {
    DentalPricer pricer = new DentalPricer(PriceListLoader.load(priceList)); // a RulebookException → exit 2, problems listed
    int passed = 0;
    int failed = 0;
    for (Path f : ScenarioReader.files(paths)) {
      List<DentalScenario> cases;
      try {
        cases = DentalScenarios.read(f);
      } catch (RulebookException e) {
        for (Problem p : e.problems()) {
          out.println(p.location() + ": " + p.message());
        }
        failed++;
        continue;
      }
      for (DentalScenario c : cases) {
        java.util.Optional<String> diff;
        try {
          diff = c.check(pricer);
        } catch (RuntimeException e) {
          diff = java.util.Optional.of("internal error: " + Errors.oneLine(e));
        }
        if (diff.isEmpty()) {
          passed++;
          if (verbose) {
            out.println(c.location() + ": " + c.name() + ": ok");
          }
        } else {
          failed++;
          out.println(c.location() + ": " + c.name() + " [" + String.join(", ", c.sources().stream().map(s -> s.cite()).toList())
              + "]: " + diff.get());
        }
      }
    }
    return summary(out, passed, failed);
  }

  private int summary(PrintWriter out, int passed, int failed) {
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    if (passed + failed == 0) {
      spec.commandLine().getErr().println("error: no scenario cases found in " + paths);
      return Main.BAD_INPUT;
    }
    return failed > 0 ? Main.FAILURES : Main.OK;
  }
}
