package se.rjl.patientfees.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.api.json.JsonContract;

/** The command line through picocli's CommandLine.execute, with captured output. */
class MainTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code = Main.commandLine(in, new PrintWriter(out, true), new PrintWriter(err, true), List.of(args).contains("--debug")).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return withStdin("", args);
  }

  @Test
  void validateSaysOkInOneLine() {
    Run r = run("validate", Fixtures.RULEBOOK_2026.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.lines()).hasSize(1);
    assertThat(r.out()).matches("(?s).*2026\\.yaml: OK rjl-2026, \\d+ fee-code rows, valid 2026-01-01–2026-12-31\\R");
  }

  @Test
  void validateListsEveryProblemWithLineAndColumn() throws IOException {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, """
        rulebook:
          id: broken
          title: "Broken"
          region: Test
          validFrom: 2026-01-01
          validTo: 2026-12-31
          currency: SEK
          document: 002_2ec2799c06c93718.txt
          source: L1-L2
          colour: blue
        """);
    Run r = run("validate", broken.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURES);
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith(broken + ":10:3: ").contains("colour"));
    assertThat(r.lines().subList(0, r.lines().size() - 1))
        .allSatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(broken.toString()) + "(:\\d+:\\d+)?: .+"));
    assertThat(r.lines().get(r.lines().size() - 1)).matches(".*broken\\.yaml: \\d+ problems?");
  }

  @Test
  void validateOfAMissingFileIsBadUsage() {
    Run r = run("validate", tmp.resolve("nope.yaml").toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).startsWith("error: no such file").doesNotContain("Exception");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void testCommandEndsWithPassedAndFailed() throws IOException {
    Path scenarios = tmp.resolve("scenarios");
    Files.createDirectories(scenarios);
    Files.writeString(scenarios.resolve("two.yaml"), """
        section: "Test"
        source: L3055-L3119
        cases:
          - name: "Vuxen, läkarbesök i primärvården: 250 kr"
            source: L3056-L3057
            patient: {birthDate: 1980-05-01, residence: county-resident}
            contact:
              at: 2026-03-10T10:00
              careUnit: primary-care
              kind: physical-visit
              profession: doctor
              expect: {pay: 250, feeCode: "100", towardCap: 250}
          - name: "Fel förväntan: 999 kr"
            source: L3056-L3057
            patient: {birthDate: 1980-05-01, residence: county-resident}
            contact:
              at: 2026-03-10T10:00
              careUnit: primary-care
              kind: physical-visit
              profession: doctor
              expect: {pay: 999}
        """);
    Run r = run("test", Fixtures.RULEBOOK_2026.toString(), scenarios.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURES);
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0)).contains("two.yaml:13:", "Fel förväntan", "pay expected 999 kr but was 250 kr");
    assertThat(r.lines().get(1)).isEqualTo("1 passed, 1 failed");
  }

  @Test
  void testCommandCountsABrokenScenarioFileAsAFailure() throws IOException {
    Path f = tmp.resolve("broken.yaml");
    Files.writeString(f, "cases:\n  - name: x\n    colour: red\n");
    Run r = run("test", Fixtures.RULEBOOK_2026.toString(), f.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURES);
    assertThat(r.lines().get(0)).startsWith(f + ":");
    assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("0 passed, 1 failed");
  }

  @Test
  void testCommandOnTheRepositoryScenariosPrintsTheSummaryLast() {
    Run r = run("test", Fixtures.RULEBOOK_2026.toString(), Fixtures.SCENARIOS.toString());
    assertThat(r.code()).isIn(Main.OK, Main.FAILURES);
    String last = r.lines().get(r.lines().size() - 1);
    assertThat(last).matches("\\d+ passed, \\d+ failed");
    assertThat(Integer.parseInt(last.split(" ")[0])).isPositive();
  }

  @Test
  void priceReadsJsonLinesAndWritesJsonLines() {
    String one = Fixtures.PRICE_REQUEST.replace("\n", " ");
    String stdin = one + "\n\n" + Fixtures.batchOfDoctorVisits(2) + "\n" + "{\"patient\": 1}\n";
    Run r = withStdin(stdin, "price", "--jsonl");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.lines()).hasSize(3);
    assertThat(r.lines().get(0)).startsWith("{\"rulebookId\":\"rjl-2026\",\"pay\":{\"amount\":\"250.00\",\"currency\":\"SEK\"}");
    assertThat(r.lines().get(1)).startsWith("{\"contacts\":[").contains("\"totalPay\":{\"amount\":\"500.00\"");
    assertThat(r.lines().get(2)).contains("\"status\":400", "\"field\":\"patient\"");
    assertThat(r.err()).contains("line 4").contains("1 of 3 requests failed");
  }

  @Test
  void priceAllGoodJsonLinesExitsZero() throws IOException {
    Path f = tmp.resolve("requests.jsonl");
    Files.writeString(f, Fixtures.PRICE_REQUEST.replace("\n", " ") + "\n" + Fixtures.PRICE_REQUEST.replace("\n", " ") + "\n");
    Run r = run("price", "--jsonl", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"code\":\"100\""));
  }

  @Test
  void priceOneRequestFromAFile() throws Exception {
    Path f = tmp.resolve("request.json");
    Files.writeString(f, Fixtures.PRICE_REQUEST);
    Run r = run("price", f.toString());
    assertThat(r.code()).isZero();
    assertThat(JsonContract.mapper().readTree(r.out()).at("/pay/amount").asText()).isEqualTo("250.00");
  }

  @Test
  void priceAnInvalidRequestWritesAProblemAndExits2() {
    Run r = withStdin(Fixtures.PRICE_REQUEST.replace("\"kind\"", "\"knd\""), "price");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).contains("\"field\" : \"contact.knd\"");
    assertThat(r.err()).startsWith("error: contact.knd: unknown field 'knd'").doesNotContain("Exception");
  }

  @Test
  void explainExampleIsASwedishReceipt() {
    Run r = run("explain", "--example");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ATT BETALA:", "250,00 kr", "100 Läkarbesök, primärvård", "Därför:", "[L3353–L3364]",
        "Högkostnadsskydd", "Kvar till frikort:", "1\u00a0200,00 kr", "Primärvård · mottagningsbesök · läkare");
  }

  @Test
  void explainABatchShowsFrikort() {
    Run r = withStdin(Fixtures.batchOfDoctorVisits(7), "explain");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Frikort:", "från 2026-02-09", "Summa att betala:", "1\u00a0450,00 kr för 7 kontakter");
  }

  @Test
  void explainAnInvalidRequestIsOneLine() {
    Run r = withStdin(Fixtures.PRICE_REQUEST.replace("1980-05-01", "2030-01-01"), "explain");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("error: patient.birthDate:");
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : List.of("validate", "test", "price", "explain", "serve")) {
      Run r = run(cmd, "--help");
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: fee-api " + cmd, "Exit codes:");
    }
    assertThat(run("--help").out()).contains("validate", "test", "price", "explain", "serve", "Exit codes:");
  }

  @Test
  void badUsageExits2WithOneLineAndAHint() {
    Run r = run("price", "--no-such-option");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).startsWith("error: Unknown option: '--no-such-option'").contains("--help");
    assertThat(run().code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run("frobnicate").code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void aBrokenRulebookForPricingIsBadInputWithoutAStackTrace() throws IOException {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, "rulebook: {}\n");
    Run r = withStdin(Fixtures.PRICE_REQUEST, "price", "--rulebook", broken.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).startsWith("error: the rulebook does not load").doesNotContain("\tat ");
    Run debug = withStdin(Fixtures.PRICE_REQUEST, "price", "--debug", "--rulebook", broken.toString());
    assertThat(debug.err()).contains("\tat ");
  }
}
