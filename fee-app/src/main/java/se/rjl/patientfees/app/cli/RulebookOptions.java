package se.rjl.patientfees.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import se.rjl.patientfees.api.PatientFees;

/** {@code --rulebook FILE}: price with these rulebooks instead of the bundled ones. */
final class RulebookOptions {
  @Option(names = {"-r", "--rulebook"}, paramLabel = "FILE",
      description = "A rulebook main file to price with (repeatable); default: the rulebooks bundled in the jar.")
  List<Path> rulebooks;

  PatientFees fees() {
    if (rulebooks == null || rulebooks.isEmpty()) {
      return PatientFees.bundled();
    }
    for (Path p : rulebooks) {
      if (!Files.isRegularFile(p)) {
        throw new CliException("no such rulebook file: " + p);
      }
    }
    try {
      return PatientFees.fromFile(rulebooks.toArray(Path[]::new));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
