package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every decision record in docs/decisions (R01–R42, E…) is pinned by something that can fail: a
 * scenario case that carries its id in {@code decisions} and expects something (an amount, a code,
 * a rule, an error), or a test assertion whose description names it, {@code
 * assertThat(x).as("pins E07: ...")}. A comment that names a decision does not count (issue 12).
 */
class DecisionCoverageTest {
  static final Path ROOT = Path.of(System.getProperty("rulebooks.dir", "../rulebooks")).toAbsolutePath().getParent();
  static final Pattern ID = Pattern.compile("^([RE]\\d{2})-.*\\.md$");
  /** "pins E07" or "pins E31, E35" inside the string literal of an assertion's {@code .as(...)}. */
  static final Pattern ASSERTION_PINS = Pattern.compile("\\.as\\(\\s*\"[^\"\\n]*?\\bpins ((?:[RE]\\d{2}(?:, )?)+)");
  /** Any "pins E07" at all, to report the ones that are only comments. */
  static final Pattern ANY_PINS = Pattern.compile("pins ((?:[RE]\\d{2}(?:, )?)+)");

  @Test
  void everyDecisionIsPinnedByAScenarioCaseOrAnAssertion() throws IOException {
    Set<String> decisions = decisions();
    assertThat(decisions).as("decision records").contains("R01", "R42", "E01");

    Set<String> pinned = new TreeSet<>(pinnedByScenarioCases());
    Map<String, List<String>> commentOnly = new TreeMap<>();
    for (Path t : testSources()) {
      String text = Files.readString(t, StandardCharsets.UTF_8);
      Set<String> asserted = ids(ASSERTION_PINS.matcher(text));
      pinned.addAll(asserted);
      for (String id : ids(ANY_PINS.matcher(text))) {
        if (!asserted.contains(id)) {
          commentOnly.computeIfAbsent(id, k -> new ArrayList<>()).add(ROOT.relativize(t).toString());
        }
      }
    }
    Set<String> missing = new TreeSet<>(decisions);
    missing.removeAll(pinned);
    Map<String, List<String>> onlyComments = new TreeMap<>(commentOnly);
    onlyComments.keySet().retainAll(missing);
    assertThat(missing)
        .as("decisions that no scenario case with an expectation and no assertion (.as(\"pins …\")) pins;"
            + " named only in comments: " + onlyComments)
        .isEmpty();
  }

  @Test
  void aCaseWithoutAnExpectationPinsNothing() {
    // The rule the test above relies on, on a case read from text: tags alone are not enough.
    ScenarioCase.Expectation none = new ScenarioCase.Expectation(null, null, null, null, null, List.of(), null, null, null);
    ScenarioCase.Expectation pay = new ScenarioCase.Expectation(25_000L, null, null, null, null, List.of(), null, null, null);
    assertThat(expectsSomething(none)).as("an empty expectation").isFalse();
    assertThat(expectsSomething(pay)).as("an expected amount").isTrue();
    assertThat(ASSERTION_PINS.matcher("// pins E07: a comment").find()).as("a comment").isFalse();
    assertThat(ASSERTION_PINS.matcher("assertThat(x).as(\"pins E07, R19: dental\").isEqualTo(y)").find()).as("an assertion").isTrue();
  }

  static Set<String> decisions() throws IOException {
    Set<String> decisions = new TreeSet<>();
    try (Stream<Path> s = Files.list(ROOT.resolve("docs/decisions"))) {
      s.forEach(p -> {
        Matcher m = ID.matcher(p.getFileName().toString());
        if (m.matches()) {
          decisions.add(m.group(1));
        }
      });
    }
    return decisions;
  }

  /** Ids tagged on cases that expect something in every step. */
  static Set<String> pinnedByScenarioCases() throws IOException {
    Set<String> pinned = new TreeSet<>();
    for (Path f : ScenarioReader.files(List.of(ROOT.resolve("scenarios")))) {
      for (ScenarioCase c : ScenarioReader.read(f)) {
        if (!c.steps().isEmpty() && c.steps().stream().allMatch(s -> s.expect() != null && expectsSomething(s.expect()))) {
          pinned.addAll(c.decisions());
        }
      }
    }
    return pinned;
  }

  /** Whether an expectation checks anything: some field set, some rule or day listed. */
  static boolean expectsSomething(ScenarioCase.Expectation e) {
    for (RecordComponent rc : ScenarioCase.Expectation.class.getRecordComponents()) {
      try {
        Object v = rc.getAccessor().invoke(e);
        if (v instanceof Collection<?> c ? !c.isEmpty() : v != null) {
          return true;
        }
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return false;
  }

  static List<Path> testSources() throws IOException {
    List<Path> tests = new ArrayList<>();
    for (String module : List.of("fee-rules", "fee-engine", "fee-api", "fee-scenarios", "fee-dental", "fee-finance", "fee-app")) {
      Path dir = ROOT.resolve(module).resolve("src/test/java");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("DecisionCoverageTest.java"))
              .forEach(tests::add);
        }
      }
    }
    return tests;
  }

  static Set<String> ids(Matcher m) {
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      for (String id : m.group(1).split(", ")) {
        out.add(id.trim());
      }
    }
    return out;
  }
}
