package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case in scenarios/, each a test of its own: the regelbok's amounts with their
 * sources. The same cases run with {@code fee-app.jar test}.
 */
class ScenarioFilesTest {
  static final Path SCENARIOS = Path.of(System.getProperty("scenarios.dir", "../scenarios"));

  static List<ScenarioCase> allCases() throws IOException {
    List<ScenarioCase> cases = new ArrayList<>();
    for (Path f : ScenarioReader.files(List.of(SCENARIOS))) {
      cases.addAll(ScenarioReader.read(f));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioCasePasses() throws IOException {
    ScenarioRunner runner = new ScenarioRunner(TestRulebooks.all());
    List<ScenarioCase> cases = allCases();
    assertThat(cases).as("scenario cases found in " + SCENARIOS.toAbsolutePath()).isNotEmpty();
    return cases.stream().map(c -> DynamicTest.dynamicTest(
        Path.of(c.file()).getFileName() + ": " + c.name() + " [" + c.source() + "]",
        () -> {
          ScenarioRunner.Outcome o = runner.run(c);
          assertThat(o.failures()).as(o.describe()).isEmpty();
        }));
  }

  /** Every fee-code row some contact can select is the row of at least one case (issue 3). */
  @org.junit.jupiter.api.Test
  void everyReachableFeeCodeRowIsCoveredByACase() throws IOException {
    ScenarioRunner runner = new ScenarioRunner(TestRulebooks.all());
    java.util.Set<String> used = new java.util.TreeSet<>();
    for (ScenarioCase c : allCases()) {
      used.addAll(runner.run(c).rowsUsed());
    }
    java.util.Set<String> reachable = new java.util.TreeSet<>();
    TestRulebooks.rulebook2026().feeCodes().stream()
        .filter(r -> !r.selectors().isEmpty())
        .forEach(r -> reachable.add(r.key()));
    reachable.removeAll(used);
    assertThat(reachable).as("fee-code rows no scenario case prices").isEmpty();
    assertThat(TestRulebooks.rulebook2026().feeCodes()).hasSize(96);
  }
}
