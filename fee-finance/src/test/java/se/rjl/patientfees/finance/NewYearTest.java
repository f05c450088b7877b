package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.finance.diff.Change;
import se.rjl.patientfees.finance.diff.RulebookDiff;
import se.rjl.patientfees.finance.newyear.NewYearDraft;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

class NewYearTest {
  @TempDir static Path dir;
  static NewYearDraft.Result draft;

  @BeforeAll
  static void writeDraft() throws Exception {
    draft = NewYearDraft.write(TestFiles.rulebook2026(), 2027, dir.resolve("draft"), false);
  }

  @Test
  void writesTheMainFileAndEveryPartUnderTheNewYear() {
    assertThat(draft.mainFile()).isEqualTo(dir.resolve("draft/2027.yaml"));
    assertThat(draft.files()).extracting(p -> dir.resolve("draft").relativize(p).toString())
        .contains("2027.yaml", "2027/fee-codes.yaml", "2027/aids.yaml", "2027/patient-groups.yaml");
    String main = TestFiles.read(draft.mainFile());
    assertThat(main).contains("id: rjl-2027", "validFrom: 2027-01-01", "validTo: 2027-12-31", "  - 2027/fee-codes.yaml",
        "Patientavgifter i vården 2027");
    // Comments stay.
    assertThat(main).contains("# Named amounts that rows and formulas refer to.");
    assertThat(draft.marks()).hasSizeGreaterThan(250);
  }

  @Test
  void marksEveryEntryWithAValueButNotPlainSelectors() {
    // Block mappings with a value and selectors with their own amount are marked.
    String feeCodes = TestFiles.read(dir.resolve("draft/2027/fee-codes.yaml"));
    String note = "review: \"2026 value, check against the 2027 regelbok\"";
    assertThat(feeCodes).as("pins E32: a block mapping with a value is marked for review").contains("  - key: \"100\"\n    " + note + "\n    code: \"100\"");
    // A selector with its own amount is marked inside its braces; one without is not.
    assertThat(feeCodes).contains("amount: 250, countsTowardCap: false, " + note + "}");
    assertThat(feeCodes).contains("- {service: visit, profession: doctor, careLevel: primary, setting: [clinic, home], "
        + "referral: [none, follow-up], age: adult-under-85}\n");
    String main = TestFiles.read(draft.mainFile());
    assertThat(main).contains("  interpreter-fee:\n    amount: 310\n    " + note + "\n")
        .contains("rulebook:\n  id: rjl-2027\n  " + note + "\n");
    long rows = feeCodes.lines().filter(l -> l.startsWith("  - key: ")).count();
    long rowMarks = feeCodes.lines().filter(l -> l.equals("    " + note)).count();
    assertThat(rowMarks).isEqualTo(rows);
  }

  @Test
  void theDraftIsRefusedWithOneLocatedReviewProblemPerMark() {
    RulebookException e = catchThrowableOfType(RulebookException.class, () -> RulebookLoader.load(draft.mainFile()));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::kind).containsOnly("review-pending");
    List<String> problemPlaces = e.problems().stream()
        .map(p -> Path.of(p.location().file()).toAbsolutePath().normalize() + ":" + p.location().line() + ":" + p.location().column())
        .sorted().toList();
    List<String> markPlaces = draft.marks().stream()
        .map(m -> Path.of(m.file()).toAbsolutePath().normalize() + ":" + m.line() + ":" + m.column())
        .sorted().toList();
    assertThat(problemPlaces).isEqualTo(markPlaces);
    assertThat(e.problems().get(0).message()).contains("2026 value, check against the 2027 regelbok");
  }

  @Test
  void removingEveryMarkGivesThe2026RulebookExceptValidityAndIds() throws Exception {
    Path clean = dir.resolve("clean");
    for (Path f : draft.files()) {
      Path target = clean.resolve(dir.resolve("draft").relativize(f));
      Files.createDirectories(target.getParent());
      TestFiles.write(target, NewYearDraft.withoutReviewMarks(TestFiles.read(f)));
    }
    Rulebook book = RulebookLoader.load(clean.resolve("2027.yaml"));
    assertThat(book.info().validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(book.info().validTo()).isEqualTo(LocalDate.of(2027, 12, 31));

    RulebookDiff.Result diff = RulebookDiff.compare(TestFiles.rulebook2026(), clean.resolve("2027.yaml"));
    assertThat(diff.changes()).extracting(c -> c.section() + " " + c.field() + ": " + c.oldValue() + " -> " + c.newValue())
        .containsExactlyInAnyOrder(
            "rulebook id: rjl-2026 -> rjl-2027",
            "rulebook title: Patientavgifter i vården 2026 – Regelbok patientavgifter -> Patientavgifter i vården 2027 – Regelbok patientavgifter",
            "rulebook validFrom: 2026-01-01 -> 2027-01-01",
            "rulebook validTo: 2026-12-31 -> 2027-12-31");
    assertThat(diff.changes()).extracting(Change::kind).containsOnly(Change.Kind.CHANGED);

    // Text level: each file is the 2026 file line for line, except the lines holding those values.
    for (Path f : draft.files()) {
      String rel = dir.resolve("draft").relativize(f).toString().replace("2027", "2026");
      List<String> original = TestFiles.read(TestFiles.rulebooks().resolve(rel)).lines().toList();
      List<String> cleaned = TestFiles.read(clean.resolve(dir.resolve("draft").relativize(f))).lines().toList();
      assertThat(cleaned).hasSameSizeAs(original);
      List<String> differing = new java.util.ArrayList<>();
      for (int i = 0; i < original.size(); i++) {
        if (!original.get(i).equals(cleaned.get(i))) {
          differing.add(cleaned.get(i).trim());
        }
      }
      assertThat(differing).allMatch(l -> l.startsWith("id: ") || l.startsWith("title: ") || l.startsWith("validFrom: ")
          || l.startsWith("validTo: ") || l.startsWith("- 2027/"), "only ids, validity and part names differ in " + rel
          + ": " + differing.stream().collect(Collectors.joining("; ")));
    }
  }

  @Test
  void neverOverwritesAndRefusesAYearThatIsNotLater() throws Exception {
    assertThatThrownBy(() -> NewYearDraft.write(TestFiles.rulebook2026(), 2027, dir.resolve("draft"), false))
        .isInstanceOf(NewYearDraft.DraftException.class).hasMessageContaining("exists; add --force");
    assertThatThrownBy(() -> NewYearDraft.write(TestFiles.rulebook2026(), 2026, dir.resolve("other"), false))
        .isInstanceOf(NewYearDraft.DraftException.class).hasMessageContaining("must come after");
    Path copy = TestFiles.copy2026(dir.resolve("same"));
    Path renamed = copy.resolveSibling("book.yaml");
    Files.move(copy, renamed);
    NewYearDraft.Result r = NewYearDraft.write(renamed, 2027, dir.resolve("same"), false);
    assertThat(r.mainFile().getFileName().toString()).isEqualTo("book-2027.yaml");
  }
}
