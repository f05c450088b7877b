package se.rjl.patientfees.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * Two rulebooks with one id are refused together, even when their dates do not overlap (issue 16
 * part 4): a next-year copy of the 2026 book that keeps the id rjl-2026. pins E74
 */
class RulebookSetIdsTest {
  @TempDir Path tmp;

  @Test
  void aNextYearCopyThatKeepsTheIdIsRefusedWithBothPlaces() throws Exception {
    Rulebook y2026 = TestRulebooks.rulebook2026();
    Path copy = copyOfTheBook(tmp);
    Path main = copy.resolve("2026.yaml");
    Files.writeString(main, Files.readString(main, StandardCharsets.UTF_8)
        .replace("validFrom: 2026-01-01\n  validTo: 2026-12-31", "validFrom: 2027-01-01\n  validTo: 2027-12-31"));
    Rulebook y2027 = RulebookLoader.load(main);

    RulebookException e = catchThrowableOfType(RulebookException.class, () -> RulebookSet.of(y2026, y2027));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::kind).as("pins E74: one id per set").containsExactly("duplicate-rulebook-id");
    Problem p = e.problems().get(0);
    assertThat(p.location().file()).isEqualTo(main.toString());
    assertThat(p.location().line()).isEqualTo(y2026.info().idLocation().line());
    assertThat(p.message()).isEqualTo("rulebook id 'rjl-2026' (valid 2027-01-01–2027-12-31) is also the id of the rulebook at "
        + y2026.info().idLocation() + " (valid 2026-01-01–2026-12-31): rulebooks used together need different ids");
  }

  @Test
  void theSameCopyWithItsOwnIdIsASet() throws Exception {
    Path copy = copyOfTheBook(tmp);
    Path main = copy.resolve("2026.yaml");
    Files.writeString(main, Files.readString(main, StandardCharsets.UTF_8)
        .replace("validFrom: 2026-01-01\n  validTo: 2026-12-31", "validFrom: 2027-01-01\n  validTo: 2027-12-31")
        .replace("id: rjl-2026", "id: rjl-2027"));
    RulebookSet set = RulebookSet.of(TestRulebooks.rulebook2026(), RulebookLoader.load(main));
    assertThat(set.all()).extracting(CompiledRulebook::id).containsExactly("rjl-2026", "rjl-2027");
  }

  static Path copyOfTheBook(Path into) throws Exception {
    Path from = TestRulebooks.dir();
    Files.createDirectories(into.resolve("2026"));
    Files.copy(from.resolve("2026.yaml"), into.resolve("2026.yaml"));
    try (Stream<Path> parts = Files.list(from.resolve("2026"))) {
      for (Path p : parts.toList()) {
        Files.copy(p, into.resolve("2026").resolve(p.getFileName()));
      }
    }
    return into;
  }
}
