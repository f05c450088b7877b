package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.rules.load.RulebookSets;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/** A set of rulebooks loads whole, chosen by date: no overlap, no gap (issue 11). */
// Decision E48.
class RulebookSetsTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path BOOK_2026 = ROOT.resolve("rulebooks/2026.yaml");
  static final Path BOOK_2027 = ROOT.resolve("scenarios-cross-year/rulebook-2027-test/2027.yaml");

  @Test
  void aFolderIsReadForItsMainFilesAndEachFileGetsAChecksum() {
    List<RulebookSets.Loaded> set = RulebookSets.load(List.of(ROOT.resolve("rulebooks")));
    assertThat(set).extracting(l -> l.rulebook().info().id()).containsExactly("rjl-2026"); // not the dental price list
    assertThat(set.get(0).sha256()).containsKeys("2026.yaml", "2026/fee-codes.yaml", "2026/explanations.yaml");
    assertThat(set.get(0).sha256().values()).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"));
  }

  @Test
  void twoYearsThatFollowEachOtherLoadEarliestFirst() {
    assertThat(RulebookSets.load(List.of(BOOK_2027, BOOK_2026))).extracting(l -> l.rulebook().info().id())
        .containsExactly("rjl-2026", "rjl-2027");
  }

  @Test
  void overlappingBooksAreALoadError() {
    RulebookException e = catchThrowableOfType(RulebookException.class, () -> RulebookSets.load(List.of(BOOK_2026, BOOK_2026)));
    assertThat(e.problems()).as("pins E48: overlapping books are a load error").extracting(Problem::kind)
        .containsExactly("overlapping-rulebooks");
  }

  @Test
  void aGapBetweenBooksIsALoadError(@TempDir Path dir) throws Exception {
    // The 2027 test book moved to 2028: nothing prices 2027.
    Path copy = dir.resolve("book");
    copyTree(BOOK_2027.getParent(), copy);
    Path main = copy.resolve("2027.yaml");
    Files.writeString(main, Files.readString(main).replace("validFrom: 2027-01-01", "validFrom: 2028-01-01")
        .replace("validTo: 2027-12-31", "validTo: 2028-12-31"));
    RulebookException e = catchThrowableOfType(RulebookException.class, () -> RulebookSets.load(List.of(BOOK_2026, main)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo("gap-between-rulebooks");
      assertThat(p.message()).contains("2027-01-01 to 2027-12-31");
    });
  }

  @Test
  void aMissingFileIsNamed() {
    RulebookException e = catchThrowableOfType(RulebookException.class, () -> RulebookSets.load(List.of(ROOT.resolve("nope.yaml"))));
    assertThat(e.problems()).extracting(Problem::kind).containsExactly("missing-file");
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
