package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.scenario.ScenarioCase;
import se.rjl.patientfees.scenario.ScenarioReader;

/**
 * Every decision record in docs/decisions (R01–R42, E…) is pinned: some scenario case carries its
 * id in {@code decisions}, or a test says {@code pins <id>} next to the assertion that holds it.
 */
class DecisionCoverageTest {
  static final Path ROOT = Path.of(System.getProperty("rulebooks.dir", "../rulebooks")).toAbsolutePath().getParent();
  static final Pattern ID = Pattern.compile("^([RE]\\d{2})-.*\\.md$");
  static final Pattern PINS = Pattern.compile("pins ((?:[RE]\\d{2}(?:, )?)+)");

  @Test
  void everyDecisionIsPinnedByAScenarioOrATest() throws IOException {
    Set<String> decisions = new TreeSet<>();
    try (Stream<Path> s = Files.list(ROOT.resolve("docs/decisions"))) {
      s.forEach(p -> {
        Matcher m = ID.matcher(p.getFileName().toString());
        if (m.matches()) {
          decisions.add(m.group(1));
        }
      });
    }
    assertThat(decisions).as("decision records").contains("R01", "R42", "E01");

    Set<String> pinned = new TreeSet<>();
    for (Path f : ScenarioReader.files(List.of(ROOT.resolve("scenarios")))) {
      for (ScenarioCase c : ScenarioReader.read(f)) {
        pinned.addAll(c.decisions());
      }
    }
    List<Path> tests = new ArrayList<>();
    for (String module : List.of("fee-rules", "fee-engine", "fee-api", "fee-scenarios", "fee-dental", "fee-finance", "fee-app")) {
      Path dir = ROOT.resolve(module).resolve("src/test/java");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(p -> p.toString().endsWith(".java")).forEach(tests::add);
        }
      }
    }
    for (Path t : tests) {
      Matcher m = PINS.matcher(Files.readString(t, StandardCharsets.UTF_8));
      while (m.find()) {
        for (String id : m.group(1).split(", ")) {
          pinned.add(id.trim());
        }
      }
    }
    Set<String> missing = new TreeSet<>(decisions);
    missing.removeAll(pinned);
    assertThat(missing).as("decisions no scenario case or test pins").isEmpty();
  }
}
