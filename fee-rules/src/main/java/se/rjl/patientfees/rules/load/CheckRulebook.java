package se.rjl.patientfees.rules.load;

import java.nio.file.Path;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * A development check without the CLI: {@code java -cp ... CheckRulebook rulebooks/2026.yaml}
 * prints every problem, or a one-line summary. The command for users is {@code fee-app.jar validate}.
 */
public final class CheckRulebook {
  private CheckRulebook() {}

  public static void main(String[] args) {
    try {
      Rulebook book = RulebookLoader.load(Path.of(args[0]));
      System.out.println("OK " + book.info().id() + ": " + book.feeCodes().size() + " fee-code rows");
    } catch (RulebookException e) {
      for (Problem p : e.problems()) {
        System.out.println(p);
      }
      System.exit(1);
    }
  }
}
