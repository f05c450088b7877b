package se.rjl.patientfees.finance.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.finance.newyear.NewYearDraft;

/** {@code new-year RULEBOOK --year 2027 [--out DIR]}: a draft of next year's rulebook with every entry marked for review. */
@Command(
    name = "new-year",
    mixinStandardHelpOptions = true,
    header = "Write a draft of next year's rulebook, every entry marked for review.",
    description = {
      "Writes a draft of next year's rulebook (main file and parts): validity moved to the new year, ids and part names updated, every entry marked with a line  review: \"2026 value, check against the 2027 regelbok\"  Comments and layout are kept. `validate` refuses the draft, listing each mark with its file and line, until every entry has been checked and its review line deleted.",
      "Example: new-year rulebooks/2026.yaml --year 2027   (writes rulebooks/2027.yaml and rulebooks/2027/)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:draft written", FinanceCommands.EXIT_2, FinanceCommands.EXIT_3})
public final class NewYearCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULEBOOK", description = "This year's rulebook main file, e.g. rulebooks/2026.yaml.")
  Path rulebook;

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The new year, e.g. 2027.")
  int year;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the draft (default: the rulebook's folder).")
  Path out;

  @Option(names = "--force", description = "Replace draft files that exist already (never the source files).")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    return FinanceCommands.run(spec.commandLine().getErr(), () -> {
      if (!Files.isRegularFile(rulebook)) {
        throw FinanceCommands.Failure.badInput("no such file: " + rulebook);
      }
      Path dir = out != null ? out : rulebook.toAbsolutePath().getParent();
      NewYearDraft.Result r = NewYearDraft.write(rulebook, year, dir, force);
      o.println("Draft " + r.toYear() + " written: " + r.mainFile() + " and " + (r.files().size() - 1) + " parts, "
          + r.marks().size() + " entries marked for review.");
      o.println("Check each entry against the " + r.toYear() + " regelbok, delete its review line, then run validate.");
      o.flush();
      return FinanceCommands.OK;
    });
  }
}
