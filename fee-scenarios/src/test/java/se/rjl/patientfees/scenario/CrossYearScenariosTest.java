package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.RulebookSet;

/**
 * The cross-year cases (scenarios-cross-year/cases/) on the set {2026, the 2027 test book}: a cap
 * period and a late cancellation that run from one rulebook into the next (issue 11).
 */
class CrossYearScenariosTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void everyCrossYearCasePassesOnTheSetOfTwoBooks() throws Exception {
    RulebookSet set = RulebookSet.load(List.of(ROOT.resolve("rulebooks/2026.yaml"),
        ROOT.resolve("scenarios-cross-year/rulebook-2027-test/2027.yaml")));
    assertThat(set.all()).extracting(b -> b.id()).containsExactly("rjl-2026", "rjl-2027");
    ScenarioRunner runner = new ScenarioRunner(set::forDate);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (Path f : ScenarioReader.files(List.of(ROOT.resolve("scenarios-cross-year/cases")))) {
      for (ScenarioCase c : ScenarioReader.read(f)) {
        cases++;
        ScenarioRunner.Outcome o = runner.run(c);
        if (!o.passed()) {
          failures.add(o.describe());
        }
      }
    }
    assertThat(cases).isGreaterThanOrEqualTo(2);
    assertThat(failures).isEmpty();
  }
}
