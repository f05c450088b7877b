package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.rjl.patientfees.finance.cli.DiffCommand;
import se.rjl.patientfees.finance.cli.FinanceCli;
import se.rjl.patientfees.finance.cli.FinanceCommands;
import se.rjl.patientfees.finance.cli.GenerateVisitsCommand;
import se.rjl.patientfees.finance.cli.NewYearCommand;
import se.rjl.patientfees.finance.cli.RepriceCommand;

class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FinanceCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void providesTheFourCommandsForTheMainCommandLine() {
    List<Object> commands = FinanceCommands.commands();
    assertThat(commands).hasExactlyElementsOfTypes(DiffCommand.class, RepriceCommand.class, GenerateVisitsCommand.class,
        NewYearCommand.class);
    CommandLine main = new CommandLine(new FinanceCli());
    commands.forEach(main::addSubcommand);
    assertThat(main.getSubcommands().keySet()).containsExactly("diff", "reprice", "generate-visits", "new-year");
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : List.of("diff", "reprice", "generate-visits", "new-year")) {
      Run r = run(c, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Usage: fee-finance " + c).contains("Exit codes:");
    }
  }

  @Test
  void badUsageAndBadInputAreOneLineErrorsWithExitCode2() {
    Run unknown = run("diff", "--bogus", "a", "b");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: Unknown option: '--bogus'");
    Run missing = run("diff", dir.resolve("nope.yaml").toString(), dir.resolve("nope2.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).startsWith("error: no such file:").doesNotContain("\n").doesNotContain("Exception");
    Run noSeed = run("generate-visits", "--patients", "3");
    assertThat(noSeed.code()).isEqualTo(2);
    Run year = run("new-year", TestFiles.rulebook2026().toString(), "--year", "2025", "--out", dir.toString());
    assertThat(year.code()).isEqualTo(2);
    assertThat(year.err().strip()).isEqualTo("error: --year 2025 must come after the rulebook's year 2026");
  }

  @Test
  void singleDashAndUnknownOptionsAreErrorsWithAHint() {
    // Was: 'diff -html x.html OLD NEW' printed the help (-h clustered) and exited 0.
    Run single = run("diff", "-html", dir.resolve("x.html").toString(), TestFiles.rulebook2026().toString(),
        TestFiles.rulebook2026().toString());
    assertThat(single.code()).isEqualTo(2);
    assertThat(single.out()).isEmpty();
    assertThat(single.err()).startsWith("error: Unknown option").contains("did you mean '--html'?").doesNotContain("Usage:");
    assertThat(dir.resolve("x.html")).doesNotExist();
    Run unknown = run("reprice", "--vists", "v.csv");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: ");
    Run missing = run("reprice", "-visits", "v.csv", "--base", "b.yaml", "--proposed", "p.yaml");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("did you mean '--visits'?");
  }

  @Test
  void diffExitsZeroWithoutAndOneWithDifferences() throws Exception {
    Run same = run("diff", TestFiles.rulebook2026().toString(), TestFiles.rulebook2026().toString());
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("No differences.");
    Path copy = TestFiles.copy2026(dir.resolve("b"));
    TestFiles.raiseVisitFee(copy, 300);
    Path html = dir.resolve("d.html");
    Run changed = run("diff", TestFiles.rulebook2026().toString(), copy.toString(), "--html", html.toString());
    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("CHANGED constants visit-fee amount", "CHANGED feeCodes 100 amount", "old: 250 kr",
        "new: 300 kr");
    assertThat(html).isNotEmptyFile();
  }

  @Test
  void generateThenRepriceThenNewYear() throws Exception {
    Path visits = dir.resolve("v.csv");
    Run gen = run("generate-visits", "--seed", "4", "--patients", "300", "--out", visits.toString());
    assertThat(gen.code()).isZero();
    assertThat(gen.err()).contains("generate-visits: wrote");
    Run stdout = run("generate-visits", "--seed", "4", "--patients", "300");
    assertThat(stdout.out()).isEqualTo(Files.readString(visits));

    Files.writeString(visits, Files.readString(visits) + "P9999999,1970-01-01,county-resident,,,,2026-99-01T10:00,primary-care,"
        + "physical-visit,doctor,planned,,,,attended,,,,,,,,\n");
    Path out = dir.resolve("out");
    Run re = run("reprice", "--visits", visits.toString(), "--base", TestFiles.rulebook2026().toString(), "--proposed",
        TestFiles.rulebook2026().toString(), "--out", out.toString(), "--progress-every", "1000");
    assertThat(re.code()).as(re.err()).isEqualTo(1); // one row rejected
    // Never "OK" when the exit code says otherwise; the rejects are summarised on standard error.
    assertThat(re.out()).containsPattern("rows read (\\d+) = priced (\\d+) \\+ rejected 1: every row accounted for, 1 row NOT priced")
        .doesNotContain("OK");
    assertThat(re.err()).contains("reprice: 1000 of ", "rows/s", "s left", "reprice: 1 row was rejected", "  1 × input invalid-value",
        "(P9999999): at: must be a local date and time written YYYY-MM-DDTHH:MM (Stockholm time, no offset), not '2026-99-01T10:00'");
    assertThat(Files.readString(out.resolve("rejects.csv"))).contains(";P9999999;input;at;invalid-value;");
    assertThat(out.resolve("report.html")).isNotEmptyFile();

    Run ny = run("new-year", TestFiles.rulebook2026().toString(), "--year", "2027", "--out", dir.resolve("ny").toString());
    assertThat(ny.code()).isZero();
    assertThat(ny.out()).containsPattern("Draft 2027 written: .*2027.yaml and \\d+ parts, \\d+ entries marked for review.");
    // A draft is diffed with its review marks (issue 11): only id, title and validity differ yet, and the marks are counted.
    Run diff = run("diff", TestFiles.rulebook2026().toString(), dir.resolve("ny/2027.yaml").toString());
    assertThat(diff.code()).as(diff.err()).isEqualTo(1);
    assertThat(diff.out()).doesNotContain("visit-fee");
    assertThat(diff.out()).containsPattern("2027.yaml: \\d+ review marks remain");
  }

  /**
   * Issue 11, the review loop: a 2027 draft made with new-year, the visit fee raised to 275 kr with
   * one edit; diff lists that change and every row it moves, reprice runs on the draft with its
   * marks, and the loader that validate and pricing use refuses the draft until the marks are gone.
   */
  @Test
  void reviewLoopOnANewYearDraftWithTheVisitFeeRaisedByOneEdit() throws Exception {
    Run ny = run("new-year", TestFiles.rulebook2026().toString(), "--year", "2027", "--out", dir.resolve("ny").toString());
    assertThat(ny.code()).isZero();
    Path draft = dir.resolve("ny/2027.yaml");
    String text = Files.readString(draft);
    String before = "  visit-fee:\n    amount: 250\n";
    assertThat(text).contains(before);
    Files.writeString(draft, text.replace(before, "  visit-fee:\n    amount: 275\n")); // the one edit

    Run diff = run("diff", TestFiles.rulebook2026().toString(), draft.toString());
    assertThat(diff.code()).as(diff.err()).isEqualTo(1); // findings
    // The constant and the rows whose formula names it: 100, 110 (visit fee, L3353-L3383) and more.
    assertThat(diff.out()).contains("visit-fee").contains("250").contains("275");
    long movedRows = diff.out().lines().filter(l -> l.contains("275")).count();
    assertThat(movedRows).as(diff.out()).isGreaterThanOrEqualTo(10);
    assertThat(diff.out()).containsPattern("2027.yaml: \\d+ review marks remain");

    Path visits = dir.resolve("v.csv");
    assertThat(run("generate-visits", "--seed", "7", "--patients", "200", "--out", visits.toString()).code()).isZero();
    Run re = run("reprice", "--visits", visits.toString(), "--base", TestFiles.rulebook2026().toString(), "--proposed",
        draft.toString(), "--out", dir.resolve("re").toString());
    assertThat(re.code()).as(re.err()).isZero();
    assertThat(re.err()).containsPattern("2027.yaml: \\d+ review marks remain");

    // validate (and pricing) refuse the draft while a mark is left.
    var refused = org.assertj.core.api.Assertions.catchThrowableOfType(se.rjl.patientfees.rules.yaml.RulebookException.class,
        () -> se.rjl.patientfees.rules.load.RulebookLoader.load(draft));
    assertThat(refused.problems()).extracting(p -> p.kind()).containsOnly("review-pending");
    try (var files = Files.walk(dir.resolve("ny"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.writeString(f, Files.readString(f).replaceAll("(?m)^\\s*review: .*\\n", "").replaceAll(", review: \"[^\"]*\"\\}", "}"));
      }
    }
    var book = se.rjl.patientfees.rules.load.RulebookLoader.load(draft);
    assertThat(book.constant("visit-fee").orElseThrow().amountOre()).isEqualTo(275_00);
    assertThat(book.feeCode("100").orElseThrow().amountOre()).as("row 100 follows its formula").isEqualTo(275_00);
  }
}
