package se.rjl.patientfees.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * Every explanation step whose sentence comes from the rulebook's {@code ruleTexts} (issue 12) has
 * its entry in the 2026 rulebook, with a source inside the regelbok; without one the step would
 * show its bare id.
 */
class RuleTextsTest {
  /** {@code why.text("id", ...)}, {@code text(book, "id", ...)}, {@code step(book, "id", ...)}, {@code ruleText("id")}. */
  static final Pattern USE = Pattern.compile("(?:\\.text\\(|text\\(\\w+, |step\\(book, |ruleText\\()\"([a-z0-9.-]+)\"");

  @Test
  void everyRuleTextTheEngineUsesIsInTheRulebook() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("rule ids found in the engine").contains("tariff.eu-card-planned", "cancelled-operation.late",
        "certificate.not-national-tariff", "inpatient.exempt-part");
    Rulebook book = TestRulebooks.rulebook2026();
    Set<String> missing = new TreeSet<>(used);
    missing.removeIf(id -> book.ruleText(id).isPresent());
    assertThat(missing).as("rule ids without a ruleTexts entry in rulebooks/2026").isEmpty();
    used.forEach(id -> assertThat(book.ruleText(id).orElseThrow().source().fromLine()).as(id).isBetween(2667, 5857));
  }
}
