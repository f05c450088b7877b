package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.finance.diff.Change;
import se.rjl.patientfees.finance.diff.RulebookDiff;
import se.rjl.patientfees.rules.load.RulebookLoader;

class DiffTest {
  @TempDir static Path dir;
  static Path modified;

  /** 2026 with row 140 at 3 300 kr, a new row 999 and the frikort note row removed. */
  @BeforeAll
  static void modify() {
    modified = TestFiles.copy2026(dir.resolve("modified"));
    Path feeCodes = dir.resolve("modified/2026/fee-codes.yaml");
    String text = TestFiles.read(feeCodes);
    String row140 = text.substring(text.indexOf("  - key: \"140\""));
    row140 = row140.substring(0, row140.indexOf("\n\n"));
    String changed140 = row140.replace("amount: 3179", "amount: 3300");
    assertThat(changed140).isNotEqualTo(row140);
    text = text.replace(row140, changed140);
    String note = text.substring(text.indexOf("  - key: frikort-note"));
    note = note.substring(0, note.indexOf("\n\n") + 1);
    text = text.replace(note, "");
    text = text + "\n  - key: \"999\"\n    code: \"999\"\n    product: \"Provrad\"\n    amount: 123\n"
        + "    countsTowardCap: false\n    unreachableBecause: \"a test row\"\n    source: L3343\n";
    TestFiles.write(feeCodes, text);
  }

  @Test
  void theSameRulebookHasNoDifferences() {
    RulebookDiff.Result r = RulebookDiff.compare(TestFiles.rulebook2026(), TestFiles.rulebook2026());
    assertThat(r.changes()).isEmpty();
    assertThat(r.toText()).contains("No differences.");
  }

  @Test
  void listsExactlyTheChangedAddedAndRemovedRowsWithTheirSources() {
    RulebookDiff.Result r = RulebookDiff.compare(TestFiles.rulebook2026(), modified);

    assertThat(r.changes()).extracting(Change::kind, Change::section, Change::key, Change::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Change.Kind.CHANGED, "feeCodes", "140", "amount"),
            org.assertj.core.groups.Tuple.tuple(Change.Kind.REMOVED, "feeCodes", "frikort-note", Change.ENTRY),
            org.assertj.core.groups.Tuple.tuple(Change.Kind.ADDED, "feeCodes", "999", Change.ENTRY));

    Change amount = r.changes().get(0);
    assertThat(amount.oldValue()).isEqualTo("3\u00a0179 kr");
    assertThat(amount.newValue()).isEqualTo("3\u00a0300 kr");
    assertThat(amount.oldOrigin().cite()).isEqualTo("002_2ec2799c06c93718.txt L3396–L3402");
    assertThat(amount.newOrigin().cite()).isEqualTo("002_2ec2799c06c93718.txt L3396–L3402");
    assertThat(amount.oldOrigin().location()).matches(".*2026/fee-codes\\.yaml:\\d+");
    assertThat(amount.newOrigin().location()).startsWith(modified.getParent().resolve("2026/fee-codes.yaml").toString() + ":");
    int oldLine = Integer.parseInt(amount.oldOrigin().location().replaceAll(".*:", ""));
    assertThat(TestFiles.read(TestFiles.rulebooks().resolve("2026/fee-codes.yaml")).lines().skip(oldLine - 1).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("key: \"140\""));

    Change removed = r.changes().get(1);
    assertThat(removed.oldValue()).contains("product=").contains("unreachableBecause=");
    assertThat(removed.oldOrigin().location()).contains("fee-codes.yaml:");
    assertThat(removed.newOrigin()).isNull();
    Change added = r.changes().get(2);
    assertThat(added.newValue()).contains("amount=123 kr").contains("product=Provrad");
    assertThat(added.newOrigin().cite()).endsWith("L3343");
    assertThat(added.oldOrigin()).isNull();

    assertThat(r.toText())
        .contains("CHANGED feeCodes 140 amount", "old: 3\u00a0179 kr", "new: 3\u00a0300 kr", "REMOVED feeCodes frikort-note",
            "ADDED   feeCodes 999", "3 differences: 1 changed, 1 added, 1 removed.");
    assertThat(r.toHtml())
        .startsWith("<!DOCTYPE html>")
        .contains("<tr class=\"changed\">", "<tr class=\"added\">", "<tr class=\"removed\">", "L3396–L3402")
        .doesNotContain("http://", "https://", "<link", "src=");
  }

  @Test
  void comparesSetsElementByElementAndEverySection() {
    // Entries by stable key, lists as sets element by element.
    var a = RulebookLoader.load(TestFiles.rulebook2026());
    Path copy = TestFiles.copy2026(dir.resolve("groups"));
    Path groups = dir.resolve("groups/2026/patient-groups.yaml");
    TestFiles.write(groups, TestFiles.read(groups).replace("      - \"Wales\"\n", "      - \"Wales\"\n      - \"Gibraltar\"\n")
        .replace("      - \"Québec\"\n", ""));
    Path copies = dir.resolve("groups/2026/certificates-and-copies.yaml");
    TestFiles.write(copies, TestFiles.read(copies).replace("  cd: 300\n", "  cd: 350\n"));
    RulebookDiff.Result r = RulebookDiff.compare(TestFiles.rulebook2026(), copy);
    assertThat(r.changes()).as("pins E33: entries by stable key, lists as sets element by element")
        .extracting(c -> c.kind() + " " + c.where() + " " + c.oldValue() + " -> " + c.newValue())
        .containsExactlyInAnyOrder(
            "CHANGED copies cd 300 kr -> 350 kr",
            "ADDED patientGroups uk countries null -> Gibraltar",
            "REMOVED patientGroups convention countries Québec -> null");
    assertThat(RulebookDiff.compare(a, a).isEmpty()).isTrue();
  }
}
