package se.rjl.patientfees.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.api.Fixtures;

/**
 * {@code validate --scenarios} (issue 16 part 4): the 2026 book with row 700 dropped still validates
 * on its own — its situations are simply covered by nothing — and is refused against the scenario
 * files, at each case that priced the row. pins E75
 */
class ValidateScenariosTest {
  @TempDir Path tmp;

  @Test
  void theRealBookPassesItsScenarios() {
    MainTest.Run r = MainTest.run("validate", "--scenarios", Fixtures.SCENARIOS.toString(), Fixtures.RULEBOOK_2026.toString());
    assertThat(r.code()).as("pins E75: " + r.out() + r.err()).isZero();
    assertThat(r.lines()).hasSize(1);
    assertThat(r.out()).matches("(?s).*2026\\.yaml: OK rjl-2026, 96 fee-code rows, valid 2026-01-01–2026-12-31;"
        + " \\d{3,} scenario cases pass, reaching 95 of 95 rows with a match\\R");
  }

  @Test
  void aDroppedRowValidatesAloneAndIsCaughtWithTheScenarios() throws Exception {
    Path main = copyWithoutRow(tmp, "700");
    MainTest.Run alone = MainTest.run("validate", main.toString());
    assertThat(alone.code()).as(alone.out() + alone.err()).isZero();
    assertThat(alone.out()).contains("OK rjl-2026, 95 fee-code rows");

    MainTest.Run r = MainTest.run("validate", "--scenarios", Fixtures.SCENARIOS.toString(), main.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.FAILURES);
    List<String> problems = r.lines().subList(0, r.lines().size() - 1);
    assertThat(problems).isNotEmpty().allSatisfy(l -> assertThat(l).matches(".*scenarios.*\\.yaml:\\d+:\\d+: .+"));
    // Code 700 "Övrigt", 17 496 kr full cost (L4077-L4085): the cases that priced it find no row now.
    assertThat(problems).anySatisfy(l -> assertThat(l).contains("has no fee-code row for this contact")
        .contains("service=full-cost-procedure"));
    assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo(main + ": " + problems.size() + " problems");
  }

  @Test
  void aDeviceIsRefusedUnread() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    MainTest.Run r = MainTest.run("validate", zero.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURES);
    assertThat(r.lines()).containsExactly("/dev/zero: not a regular file (a device, a named pipe or a socket)", "/dev/zero: 1 problem");
  }

  /** A copy of the 2026 book whose fee-code row {@code key} is deleted (its lines up to the next entry). */
  static Path copyWithoutRow(Path into, String key) throws Exception {
    Path from = Fixtures.RULEBOOK_2026.getParent();
    Files.createDirectories(into.resolve("2026"));
    Files.copy(from.resolve("2026.yaml"), into.resolve("2026.yaml"));
    try (Stream<Path> parts = Files.list(from.resolve("2026"))) {
      for (Path p : parts.toList()) {
        Files.copy(p, into.resolve("2026").resolve(p.getFileName()));
      }
    }
    Path fees = into.resolve("2026/fee-codes.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(fees, StandardCharsets.UTF_8));
    int start = lines.indexOf("  - key: \"" + key + "\"");
    assertThat(start).as("row " + key).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("  - ") && !lines.get(end).startsWith("  #")
        && (lines.get(end).isEmpty() || lines.get(end).startsWith("    "))) {
      end++;
    }
    lines.subList(start, end).clear();
    Files.write(fees, lines, StandardCharsets.UTF_8);
    return into.resolve("2026.yaml");
  }
}
