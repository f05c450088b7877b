package se.rjl.patientfees.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.api.Fixtures;

/**
 * The command line as {@code java -jar fee-app.jar ...} runs it: a separate JVM started in the
 * project folder with the jar's main class, so that the exit code is the one {@code System.exit}
 * gives and the arguments are exactly what a user types (the jar itself is built after the tests).
 */
class ProcessRunTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Result java(String... args) throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", classPath, Main.class.getName()));
    command.addAll(List.of(args));
    Path project = Fixtures.RULEBOOKS.toAbsolutePath().getParent();
    Path out = Files.createTempFile("fee-api-out", ".txt");
    Path err = Files.createTempFile("fee-api-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).directory(project.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command finishes").isTrue();
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void diffOfTheRulebookAndAModifiedCopy() throws Exception {
    Path copy = tmp.resolve("2026.yaml");
    Files.copy(Fixtures.RULEBOOK_2026, copy);
    Files.createDirectories(tmp.resolve("2026"));
    try (var parts = Files.list(Fixtures.RULEBOOKS.resolve("2026"))) {
      for (Path p : parts.toList()) {
        Files.writeString(tmp.resolve("2026").resolve(p.getFileName()), Files.readString(p).replace("\n  cd: 300\n", "\n  cd: 350\n"));
      }
    }
    Result r = java("diff", "rulebooks/2026.yaml", copy.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.lines().get(0)).isEqualTo("Rulebook diff: rjl-2026 (rulebooks/2026.yaml) -> rjl-2026 (" + copy + ")");
    assertThat(r.out()).contains("1 difference: 1 changed, 0 added, 0 removed.", "CHANGED copies cd", "old: 300 kr", "new: 350 kr");

    Result same = java("diff", "--quiet", "rulebooks/2026.yaml", "rulebooks/2026.yaml");
    assertThat(same.code()).as(same.err()).isZero();
  }

  @Test
  void validateTheDentalPriceList() throws Exception {
    Result r = java("validate", "rulebooks/dental-2024.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines().get(0)).isEqualTo("rulebooks/dental-2024.yaml: OK ftv-2024 (price list), 421 rows, 11 patient fees, valid 2024-01-01–2024-12-31");
    assertThat(r.lines()).filteredOn(l -> l.startsWith("rulebooks/dental-2024.yaml:") && l.contains(": warning: ")).hasSize(226);
    assertThat(r.lines().get(r.lines().size() - 1)).startsWith("rulebooks/dental-2024.yaml: 226 warnings: ");
  }

  @Test
  void badUsageAndAnInvalidRequestExit2() throws Exception {
    Result r = java("price-dental", "--code", "101", "--area", "general", "--date", "2026-03-12");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(java("frobnicate").code()).isEqualTo(2);
  }
}
