package se.rjl.patientfees.scenario;

import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.RulebookSet;

import java.nio.file.Path;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;

/** The repository's rulebooks, loaded once for the tests. */
public final class TestRulebooks {
  private static final Path DIR = Path.of(System.getProperty("rulebooks.dir", "../rulebooks"));
  private static volatile RulebookSet set;

  private TestRulebooks() {}

  public static Path dir() {
    return DIR;
  }

  public static Rulebook rulebook2026() {
    return all().forDate(java.time.LocalDate.of(2026, 6, 1)).rulebook();
  }

  public static CompiledRulebook compiled2026() {
    return all().forDate(java.time.LocalDate.of(2026, 6, 1));
  }

  public static RulebookSet all() {
    if (set == null) {
      synchronized (TestRulebooks.class) {
        if (set == null) {
          set = RulebookSet.of(RulebookLoader.load(DIR.resolve("2026.yaml")));
        }
      }
    }
    return set;
  }
}
