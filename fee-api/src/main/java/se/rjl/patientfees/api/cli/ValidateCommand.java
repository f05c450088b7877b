package se.rjl.patientfees.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/** {@code validate FILE...}: loads each rulebook and says OK, or lists every problem as file:line:column: message. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check rulebooks: load each (the main file and its parts) and report.",
      "Prints one line per sound rulebook, e.g.:",
      "  rulebooks/2026.yaml: OK rjl-2026, 96 fee-code rows, valid 2026-01-01–2026-12-31",
      "or every problem as file:line:column: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every rulebook is sound", "1:a rulebook has problems (listed)", "2:bad usage (no such file)",
      Main.EXIT_CODES_3})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Rulebook main files, e.g. rulebooks/2026.yaml.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new CliException("no such file: " + f);
      }
    }
    boolean broken = false;
    for (Path f : files) {
      try {
        Rulebook b = RulebookLoader.load(f);
        out.println(f + ": OK " + b.info().id() + ", " + b.feeCodes().size() + " fee-code rows, valid "
            + b.info().validFrom() + "–" + b.info().validTo());
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
}
