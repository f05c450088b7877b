package se.rjl.patientfees.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import se.rjl.patientfees.api.PatientFees;

/** {@code --rulebook FILE}: price with these rulebooks instead of the bundled ones. */
final class RulebookOptions {
  @Option(names = {"-r", "--rulebook"}, paramLabel = "FILE",
      description = "A rulebook main file, or a folder of them, to price with (repeatable): a set chosen by date, "
          + "whose validity must follow each other without gap or overlap; default: the rulebooks bundled in the jar.")
  List<Path> rulebooks;

  PatientFees fees() {
    if (rulebooks == null || rulebooks.isEmpty()) {
      return PatientFees.bundled();
    }
    for (Path p : rulebooks) {
      if (!Files.exists(p)) {
        throw new CliException("no such rulebook file or folder: " + p);
      }
    }
    try {
      return PatientFees.fromFile(rulebooks.toArray(Path[]::new));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
