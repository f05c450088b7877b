package se.rjl.patientfees.app.cli;

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

  /** Every step kind of docs/scenarios.md runs through the test command, and every repository case passes. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"inpatient", "certificates", "copies", "aids", "missed-visits", "cap", "outpatient"})
  void testCommandRunsEveryStepKindAndEveryCasePasses(String folder) {
    Run r = run("test", Fixtures.RULEBOOK_2026.toString(), Fixtures.SCENARIOS.resolve(folder).toString());
    String last = r.lines().get(r.lines().size() - 1);
    assertThat(last).as(r.out()).matches("[1-9]\\d* passed, 0 failed");
    assertThat(r.code()).isEqualTo(Main.OK);
  }

  @Test
  void testCommandRunsDentalScenariosAgainstAPriceList() throws IOException {
    Run all = run("test", MainTest.DENTAL_2024.toString(), Fixtures.RULEBOOKS.getParent().resolve("scenarios-dental").toString());
    assertThat(all.lines().get(all.lines().size() - 1)).as(all.out()).matches("[1-9]\\d* passed, 0 failed");
    assertThat(all.code()).isEqualTo(Main.OK);
    Path f = tmp.resolve("dental.yaml");
    Files.writeString(f, """
        priceList: ftv-2024
        cases:
          - name: "101 Basundersökning: fel belopp"
            source: L6286
            request: {kind: treatment, area: general, code: "101", date: 2024-03-12}
            expect: {amount: 1000}
          - name: "101 Basundersökning, tandläkare: 1 095 kr"
            source: L6286
            request: {kind: treatment, area: general, code: "101", date: 2024-03-12}
            expect: {amount: 1095, referencePrice: 970, row: allman-101}
        """);
    Run r = run("test", MainTest.DENTAL_2024.toString(), f.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURES);
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0)).startsWith(f + ":3:5: 101 Basundersökning: fel belopp [L6286]: amount: expected");
    assertThat(r.lines().get(1)).isEqualTo("1 passed, 1 failed");
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

  static final List<String> COMMANDS = List.of("validate", "test", "price", "price-dental", "explain", "serve", "diff", "reprice",
      "generate-visits", "new-year");

  @Test
  void everyCommandHasHelp() {
    for (String cmd : COMMANDS) {
      Run r = run(cmd, "--help");
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: fee-api " + cmd, "Exit codes:");
      assertThat(run("help", cmd).out()).as(cmd).contains("Usage: fee-api " + cmd);
    }
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Exit codes:", "help ");
    for (String cmd : COMMANDS) {
      assertThat(help.out()).as(cmd).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(cmd) + " +\\S");
    }
    // The finance commands get a one-sentence summary in the list, not the first line of a wrapped description.
    assertThat(help.out()).contains("Compare two rulebooks entry by entry: every changed, added");
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

  // ---------------------------------------------------------------- price: the other request kinds

  @Test
  void priceTellsTheOtherRequestKindsApart() throws Exception {
    String stay = "{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\"},"
        + " \"stay\": {\"admissionDate\": \"2026-03-02\", \"dischargeDate\": \"2026-03-14\"}}";
    String certificate = "{\"certificate\": {\"key\": \"tariff-a\", \"date\": \"2026-03-10\"}}";
    String copies = "{\"copies\": {\"date\": \"2026-03-10\", \"pages\": 15}}";
    String aid = "{\"patient\": {\"birthDate\": \"1960-01-01\", \"residence\": \"county-resident\"},"
        + " \"aid\": {\"key\": \"cpap\", \"date\": \"2026-02-01\", \"months\": 1}}";
    Run r = withStdin(String.join("\n", stay, certificate, copies, aid) + "\n", "price", "--jsonl");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines()).hasSize(4);
    assertThat(JsonContract.mapper().readTree(r.lines().get(0)).at("/pay/amount").asText()).isEqualTo("1520.00");
    assertThat(JsonContract.mapper().readTree(r.lines().get(1)).at("/gross/amount").asText()).isEqualTo("310.00");
    assertThat(JsonContract.mapper().readTree(r.lines().get(2)).at("/pay/amount").asText()).isEqualTo("60.00");
    assertThat(JsonContract.mapper().readTree(r.lines().get(3)).at("/pay/amount").asText()).isEqualTo("150.00");
    Run bad = withStdin(copies.replace("\"pages\"", "\"sheets\""), "price");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).startsWith("error: copies.sheets: unknown field 'sheets'");
  }

  // ---------------------------------------------------------------- validate: dental price lists

  static final Path DENTAL_2024 = Fixtures.RULEBOOKS.resolve("dental-2024.yaml");

  @Test
  void validateADentalPriceListPrintsItsSummaryAndDeviationsAsWarnings() {
    Run r = run("validate", DENTAL_2024.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
    List<String> lines = r.lines();
    assertThat(lines.get(0)).isEqualTo(DENTAL_2024 + ": OK ftv-2024 (price list), 421 rows, 11 patient fees, valid 2024-01-01–2024-12-31");
    List<String> warnings = lines.stream().filter(l -> l.contains(": warning: ")).toList();
    assertThat(warnings).hasSize(226);
    assertThat(warnings).allSatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(DENTAL_2024.toString())
        + ":\\d+:\\d+: warning: \\S+ \\S+ \\((general|specialist|unspecified), L\\d+.*\\): .* vs reference .*"));
    assertThat(warnings).anySatisfy(l -> assertThat(l).contains("allman-101 101 (general, L6286): 1095 kr vs reference 970 kr, +125 kr (+12.9 %)"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo(DENTAL_2024 + ": 226 warnings: 226 rows deviate from the reference price "
        + "(225 above, 1 below; 12 of them utbytesåtgärder); largest among the other rows: allman-252 (+100.0 %), spec-861sl (+10330 kr)");
    Run quiet = run("validate", "--quiet", DENTAL_2024.toString(), Fixtures.RULEBOOK_2026.toString());
    assertThat(quiet.code()).isZero();
    assertThat(quiet.lines()).hasSize(3);
    assertThat(quiet.lines().get(2)).contains("2026.yaml: OK rjl-2026");
  }

  @Test
  void validateABrokenPriceListListsItsProblemsAndExits1() throws IOException {
    Path broken = tmp.resolve("dental-broken.yaml");
    Files.writeString(broken, Files.readString(DENTAL_2024).replaceFirst("referencePrice: 970", "referencePris: 970"));
    Run r = run("validate", broken.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURES);
    assertThat(r.out()).contains("unknown key 'referencePris'", "did you mean 'referencePrice'");
    assertThat(r.lines().get(r.lines().size() - 1)).matches(".*dental-broken\\.yaml: \\d+ problems?");
  }

  // ---------------------------------------------------------------- price-dental

  @Test
  void priceDentalByCodePrintsPriceReferenceAndSource() {
    Run r = run("price-dental", "--code", "101", "--area", "general", "--date", "2024-03-12");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Price list:       ftv-2024", "Row:              allman-101 · code 101 · general · external",
        "Price:            1095.00 SEK", "Reference price:  970.00 SEK (price − reference: +125.00 SEK, +12.9 %)",
        "Source:           000_660bf81ab5a4a909.txt L6286", "Why:");
    Run perMinute = run("price-dental", "--code", "9010", "--area", "general", "--date", "2024-03-12", "--quantity", "30");
    assertThat(perMinute.out()).contains("Unit price:       57.00 SEK per minute", "Quantity:         30", "Price:            1710.00 SEK",
        "Reference price:  none printed");
    Run byKey = run("price-dental", "--key", "allman-401-2", "--date", "2024-03-12");
    assertThat(byKey.code()).as(byKey.err()).isZero();
    assertThat(byKey.out()).contains("allman-401-2");
  }

  @Test
  void priceDentalTakesAJsonRequestAndWritesJson() throws Exception {
    String missed = "{\"kind\": \"missed-visit\", \"chargedBy\": \"treatment-price\", \"date\": \"2024-05-02\","
        + " \"birthDate\": \"1990-01-01\", \"bookedMinutes\": 45}";
    Run r = withStdin(missed, "price-dental");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Price:            700.00 SEK", "Fee rule:", "L7075–L7077");
    Path f = tmp.resolve("dental.json");
    Files.writeString(f, "{\"area\": \"specialist\", \"code\": \"103S\", \"date\": \"2024-03-12\"}");
    Run json = run("price-dental", "--json", f.toString());
    assertThat(json.code()).as(json.err()).isZero();
    var tree = JsonContract.mapper().readTree(json.out());
    assertThat(tree.at("/amount/amount").asText()).isEqualTo("600.00");
    assertThat(tree.at("/referencePrice/amount").asText()).isEqualTo("550.00");
    assertThat(tree.at("/difference/amount").asText()).isEqualTo("50.00");
    assertThat(tree.at("/row/key").asText()).isEqualTo("spec-103s");
    assertThat(tree.at("/row/area").asText()).isEqualTo("specialist");
    assertThat(tree.at("/sources/0").asText()).isEqualTo("000_660bf81ab5a4a909.txt L6288");
  }

  @Test
  void priceDentalErrorsAreOneLineAndExit2() {
    Run unknown = run("price-dental", "--code", "999", "--area", "general", "--date", "2024-03-12");
    assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).isEqualTo("error: --code: the price list has no code 999 in allmäntandvård (did you mean '929'?) [unknown-code]\n");
    Run area = run("price-dental", "--code", "103S", "--area", "general", "--date", "2024-03-12");
    assertThat(area.err()).startsWith("error: --area: code 103S is priced in specialisttandvård").contains("[wrong-area]");
    Run year = run("price-dental", "--code", "101", "--area", "general", "--date", "2026-03-12");
    assertThat(year.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(year.err()).contains("--date: no price list is in force on 2026-03-12; loaded: ftv-2024 (2024-01-01 – 2024-12-31)");
    assertThat(run("price-dental", "--code", "101", "--area", "gen", "--date", "2024-03-12").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run("price-dental", "--code", "101", "--area", "general", "--date", "12/3/2024").err())
        .contains("'12/3/2024' is not a date written YYYY-MM-DD");
    assertThat(run("price-dental", "--area", "general", "--date", "2024-03-12").err()).contains("give --code");
    Run json = withStdin("{\"kind\": \"visit\", \"date\": \"2024-05-02\", \"colour\": 1}", "price-dental");
    assertThat(json.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(json.err()).startsWith("error: colour: unknown field 'colour'");
    Run staff = withStdin("{\"kind\": \"visit\", \"date\": \"2024-05-02\"}", "price-dental");
    assertThat(staff.err()).isEqualTo("error: staff: required for this request [missing]\n");
    assertThat(staff.err()).doesNotContain("Exception");
  }

  // ---------------------------------------------------------------- the finance commands

  /** A copy of rulebooks/2026.yaml and its parts with the CD copy price changed from 300 to 350 kr. */
  Path modifiedCopy() throws IOException {
    Path dir = tmp.resolve("modified");
    Files.createDirectories(dir.resolve("2026"));
    Files.copy(Fixtures.RULEBOOK_2026, dir.resolve("2026.yaml"));
    try (var parts = Files.list(Fixtures.RULEBOOKS.resolve("2026"))) {
      for (Path p : parts.toList()) {
        String text = Files.readString(p);
        if (p.getFileName().toString().equals("certificates-and-copies.yaml")) {
          assertThat(text).contains("\n  cd: 300\n");
          text = text.replace("\n  cd: 300\n", "\n  cd: 350\n");
        }
        Files.writeString(dir.resolve("2026").resolve(p.getFileName()), text);
      }
    }
    return dir.resolve("2026.yaml");
  }

  @Test
  void diffListsTheChangeAndExits1() throws IOException {
    Path modified = modifiedCopy();
    Run r = run("diff", Fixtures.RULEBOOK_2026.toString(), modified.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.FAILURES);
    assertThat(r.out()).contains("1 difference: 1 changed, 0 added, 0 removed.", "CHANGED copies cd", "old: 300 kr", "new: 350 kr");
    Run same = run("diff", Fixtures.RULEBOOK_2026.toString(), Fixtures.RULEBOOK_2026.toString());
    assertThat(same.code()).isEqualTo(Main.OK);
    Run html = run("diff", "--quiet", "--html", tmp.resolve("diff.html").toString(), Fixtures.RULEBOOK_2026.toString(), modified.toString());
    assertThat(html.code()).isEqualTo(Main.FAILURES);
    assertThat(Files.readString(tmp.resolve("diff.html"))).contains("350");
    Run missing = run("diff", Fixtures.RULEBOOK_2026.toString(), tmp.resolve("nope.yaml").toString());
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).startsWith("error: no such file");
    Run usage = run("diff", Fixtures.RULEBOOK_2026.toString());
    assertThat(usage.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(usage.err()).startsWith("error: Missing required parameter").contains("fee-api diff --help");
  }

  @Test
  void generateVisitsThenRepriceUnderTwoBooks() throws IOException {
    Path visits = tmp.resolve("visits.csv");
    Run gen = run("generate-visits", "--seed", "1", "--patients", "20", "--out", visits.toString());
    assertThat(gen.code()).as(gen.err()).isEqualTo(Main.OK);
    assertThat(Files.readAllLines(visits).get(0)).startsWith("patientId,birthDate,residence");
    Run again = run("generate-visits", "--seed", "1", "--patients", "20");
    assertThat(again.out()).isEqualTo(Files.readString(visits));
    Path out = tmp.resolve("report");
    Run r = run("reprice", "--visits", visits.toString(), "--base", Fixtures.RULEBOOK_2026.toString(), "--proposed",
        modifiedCopy().toString(), "--out", out.toString(), "--progress-every", "0");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).containsPattern("rows read (\\d+) = priced \\1 \\+ rejected 0: every row priced");
    assertThat(out.resolve("report.html")).exists();
    assertThat(run("reprice", "--visits", visits.toString()).code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void newYearWritesADraftThatValidateRefusesUntilReviewed() {
    Path out = tmp.resolve("draft");
    Run r = run("new-year", Fixtures.RULEBOOK_2026.toString(), "--year", "2027", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(out.resolve("2027.yaml")).exists();
    Run v = run("validate", out.resolve("2027.yaml").toString());
    assertThat(v.code()).isEqualTo(Main.FAILURES);
    assertThat(v.out()).contains("is marked for review");
    Run twice = run("new-year", Fixtures.RULEBOOK_2026.toString(), "--year", "2027", "--out", out.toString());
    assertThat(twice.code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void theDebugOptionReachesTheFinanceCommands() throws IOException {
    Run r = run("diff", "--debug", Fixtures.RULEBOOK_2026.toString(), Fixtures.RULEBOOK_2026.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
  }
}
