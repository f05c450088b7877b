package se.rjl.patientfees.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.rjl.patientfees.engine.TestRulebooks;

/**
 * Every golden case in scenarios/, each a test of its own: the regelbok's amounts with their
 * sources. The same cases run with {@code fee-api.jar test}.
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
    ScenarioRunner runner = new ScenarioRunner(TestRulebooks.all()::forDate);
    List<ScenarioCase> cases = allCases();
    assertThat(cases).as("scenario cases found in " + SCENARIOS.toAbsolutePath()).isNotEmpty();
    return cases.stream().map(c -> DynamicTest.dynamicTest(
        Path.of(c.file()).getFileName() + ": " + c.name() + " [" + c.source() + "]",
        () -> {
          ScenarioRunner.Outcome o = runner.run(c);
          assertThat(o.failures()).as(o.describe()).isEmpty();
        }));
  }
}
