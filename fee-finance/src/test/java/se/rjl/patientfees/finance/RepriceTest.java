package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.finance.generate.VisitGenerator;
import se.rjl.patientfees.finance.newyear.NewYearDraft;
import se.rjl.patientfees.finance.reprice.FrikortPatient;
import se.rjl.patientfees.finance.reprice.Reject;
import se.rjl.patientfees.finance.reprice.RepriceReport;
import se.rjl.patientfees.finance.reprice.RepriceResult;
import se.rjl.patientfees.finance.reprice.Repricer;
import se.rjl.patientfees.finance.reprice.Tally;
import se.rjl.patientfees.finance.reprice.VisitSource;
import se.rjl.patientfees.rules.load.RulebookLoader;

class RepriceTest {
  @TempDir static Path dir;
  static CompiledRulebook base;
  /** 2026 with the visit fee at 275 kr. */
  static CompiledRulebook proposed2026;
  /** A 2027 book: the 2026 book moved to 2027 (new-year draft, marks cleared) with the visit fee at 275 kr. */
  static CompiledRulebook proposed2027;
  static Path generated;

  static final String HEADER = "patientId,birthDate,residence,at,careUnit,kind,profession,urgency,event";

  /** Known visits: one adult visit, a patient who reaches frikort, a child, and rows that cannot be priced. */
  static final List<String> KNOWN = List.of(
      HEADER,
      "A,1970-04-12,county-resident,2026-03-10T10:00,primary-care,physical-visit,doctor,planned,attended",
      "B,1960-01-01,county-resident,2026-02-02T09:00,primary-care,physical-visit,doctor,,",
      "B,1960-01-01,county-resident,2026-02-03T09:00,primary-care,physical-visit,doctor,,",
      "B,1960-01-01,county-resident,2026-02-04T09:00,primary-care,physical-visit,doctor,,",
      "",
      "B,1960-01-01,county-resident,2026-02-05T09:00,primary-care,physical-visit,doctor,,",
      "B,1960-01-01,county-resident,2026-02-06T09:00,primary-care,physical-visit,doctor,,",
      "B,1960-01-01,county-resident,2026-02-10T09:00,primary-care,physical-visit,doctor,,",
      "B,1960-01-01,county-resident,2026-02-09T09:00,primary-care,physical-visit,doctor,,",
      "C,2015-06-01,county-resident,2026-05-05T10:00,primary-care,physical-visit,doctor,,",
      "D,1970-13-01,county-resident,2026-05-05T10:00,primary-care,physical-visit,doctor,,",
      "D,1970-01-01,county-resdent,2026-05-05T10:00,primary-care,physical-visit,doctor,,",
      "D,1970-01-01,county-resident,2026-05-05T10:00,primary-care,physical-visit,,,",
      "D,1970-01-01,county-resident,2025-12-30T10:00,primary-care,physical-visit,doctor,,",
      "D,1970-01-01,county-resident,\"2026-05-06T10:00,primary-care,physical-visit,doctor,,",
      "D,1970-01-01,county-resident,2026-05-07T10:00,primary-care",
      ",1970-01-01,county-resident,2026-05-07T10:00,primary-care,physical-visit,doctor,,");

  @BeforeAll
  static void books() throws Exception {
    base = CompiledRulebook.of(RulebookLoader.load(TestFiles.rulebook2026()));
    Path same = TestFiles.copy2026(dir.resolve("p2026"));
    TestFiles.raiseVisitFee(same, 275);
    proposed2026 = CompiledRulebook.of(RulebookLoader.load(same));
    NewYearDraft.Result draft = NewYearDraft.write(TestFiles.rulebook2026(), 2027, dir.resolve("p2027"), false);
    for (Path f : draft.files()) {
      TestFiles.write(f, NewYearDraft.withoutReviewMarks(TestFiles.read(f)));
    }
    TestFiles.raiseVisitFee(draft.mainFile(), 275);
    proposed2027 = CompiledRulebook.of(RulebookLoader.load(draft.mainFile()));
    generated = dir.resolve("generated.csv");
    try (BufferedWriter w = Files.newBufferedWriter(generated, StandardCharsets.UTF_8)) {
      new VisitGenerator(3, 2500, 2026).write(w, VisitGenerator.Format.CSV, n -> {});
    }
  }

  static RepriceResult run(CompiledRulebook proposed, Path file, VisitSource.Format format, List<Reject> rejects)
      throws Exception {
    List<String> progress = new ArrayList<>();
    RepriceResult r = new Repricer(base, proposed, new Repricer.Options(2, progress::add, 5000)).run(file, format, rejects::add);
    assertThat(progress).last().asString().contains("done");
    return r;
  }

  static Path known() throws Exception {
    Path f = dir.resolve("known.csv");
    Files.write(f, KNOWN, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void knownVisitsCostTheRegelboksAmountsAndEveryRowIsAccountedFor() throws Exception {
    // Empty ledgers, both-or-neither rows, groups and age bands, row rejects with lines.
    List<Reject> rejects = new ArrayList<>();
    RepriceResult r = run(base, known(), VisitSource.Format.CSV, rejects);

    assertThat(r.rowsRead()).isEqualTo(KNOWN.size() - 2); // not the header, not the blank line
    assertThat(r.priced()).isEqualTo(9);
    assertThat(r.rejected()).isEqualTo(7);
    assertThat(r.reconciles()).isTrue();
    assertThat(r.reconciliation()).as("pins E31, E35, E36: every row read is priced or rejected with its line")
        .isEqualTo("rows read 16 = priced 9 + rejected 7: OK");

    // An adult county resident's primary-care doctor visit: 250 kr on code 100 (A); 7 visits reach 1 450 (B).
    assertThat(r.base().byRow().get("100")[Tally.CONTACTS]).isEqualTo(8);
    assertThat(r.base().revenueOre()).isEqualTo(250_00 + 1450_00);
    assertThat(r.base().frikortPatients()).isEqualTo(1);
    FrikortPatient b = r.frikortPatients().get(0);
    assertThat(b.patientId()).isEqualTo("B");
    assertThat(b.paidBaseOre()).isEqualTo(1450_00);
    assertThat(b.frikortBase()).isEqualTo(LocalDate.of(2026, 2, 9)); // the 6th visit in time order pays 200 kr
    assertThat(r.base().byGroup().get("county-resident")[Tally.CONTACTS]).isEqualTo(9);
    assertThat(r.base().byAge()[0][Tally.CONTACTS]).isEqualTo(1); // the child, free
    assertThat(r.base().byRow().get("300")[Tally.REVENUE]).isZero();

    assertThat(rejects).extracting(x -> x.line() + " " + x.book() + " " + x.field() + " " + x.kind())
        .containsExactly(
            "12 input birthDate wrong-type",
            "13 input residence unknown-value",
            "14 both contact.profession missing",
            "15 both contact.at outside-validity",
            "16 input (row) syntax",
            "17 input (row) syntax",
            "18 input patientId missing");
    assertThat(rejects.get(1).message()).contains("did you mean 'county-resident'");
  }

  @Test
  void aProposedVisitFeeIsPricedAndCompared() throws Exception {
    RepriceResult r = run(proposed2026, known(), VisitSource.Format.CSV, new ArrayList<>());
    assertThat(r.yearShift()).isZero();
    assertThat(r.proposed().revenueOre()).isEqualTo(275_00 + 1450_00);
    assertThat(r.proposed().byRow().get("100")[Tally.REVENUE]).isEqualTo(275_00 + 1450_00);
    FrikortPatient b = r.frikortPatients().get(0);
    assertThat(b.paidProposedOre()).isEqualTo(1450_00);
    assertThat(b.frikortProposed()).isEqualTo(LocalDate.of(2026, 2, 9));
  }

  @Test
  void aProposedBookForTheNextYearPricesTheVisitsMovedIntoItsYear() throws Exception {
    // Visit and birth dates move by whole years into the proposed book's year.
    RepriceResult r = run(proposed2027, known(), VisitSource.Format.CSV, new ArrayList<>());
    assertThat(r.yearShift()).as("pins E30: dates move by whole years into the proposed book's year").isEqualTo(1);
    assertThat(r.reconciles()).isTrue();
    assertThat(r.rejected()).isEqualTo(7);
    assertThat(r.proposedId()).isEqualTo("rjl-2027");
    assertThat(r.proposed().revenueOre()).isEqualTo(275_00 + 1450_00);
    FrikortPatient b = r.frikortPatients().get(0);
    assertThat(b.frikortProposed()).isEqualTo(LocalDate.of(2027, 2, 9));
    // 2026-02-06 was a Friday; 2027-02-06 is a Saturday: out of hours, code 110 (decision E30).
    assertThat(r.proposed().byRow().get("110")[Tally.CONTACTS]).isEqualTo(1);
  }

  @Test
  void aGeneratedYearReconcilesAndPricesAlikeUnderTheSameBook() throws Exception {
    List<Reject> rejects = new ArrayList<>();
    RepriceResult same = new Repricer(base, base, new Repricer.Options(2, null, 0))
        .run(generated, VisitSource.Format.CSV, rejects::add);
    assertThat(same.reconciles()).isTrue();
    assertThat(rejects).isEmpty();
    assertThat(same.priced()).isEqualTo(same.rowsRead()).isGreaterThan(15_000);
    assertThat(same.grouped()).isTrue();
    assertThat(same.proposed().revenueOre()).isEqualTo(same.base().revenueOre()).isPositive();
    assertThat(same.base().frikortPatients()).isPositive();
    assertThat(same.patientsByGroup().keySet()).contains("county-resident", "asylum-seeker");

    RepriceResult higher = run(proposed2026, generated, VisitSource.Format.CSV, rejects);
    assertThat(higher.base().revenueOre()).isEqualTo(same.base().revenueOre());
    assertThat(higher.proposed().revenueOre()).isGreaterThan(higher.base().revenueOre());
    // Frikort is reached sooner with a higher fee: never by fewer patients.
    assertThat(higher.proposed().frikortPatients()).isGreaterThanOrEqualTo(higher.base().frikortPatients());

    Path out = dir.resolve("report");
    RepriceReport.write(higher, out);
    for (String f : RepriceReport.FILES) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    assertThat(TestFiles.read(out.resolve("totals.csv"))).startsWith("metric,base,proposed,difference\nrevenue,");
    assertThat(TestFiles.read(out.resolve("report.html"))).contains("<svg class=\"chart\"", "Per avgiftskod")
        .doesNotContain("http://", "https://", "<link", " src=");
  }

  @Test
  void jsonLinesAndAnUnsortedFileGiveTheSameResult() throws Exception {
    RepriceResult csv = new Repricer(base, proposed2026, new Repricer.Options(1, null, 0))
        .run(generated, VisitSource.Format.CSV, x -> {});

    Path jsonl = dir.resolve("generated.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      new VisitGenerator(3, 2500, 2026).write(w, VisitGenerator.Format.JSONL, n -> {});
    }
    RepriceResult json = new Repricer(base, proposed2026, new Repricer.Options(2, null, 0))
        .run(jsonl, VisitSource.Format.JSONL, x -> {});

    List<String> lines = new ArrayList<>(Files.readAllLines(generated, StandardCharsets.UTF_8));
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(body, new Random(5));
    body.add(0, lines.get(0));
    Path shuffled = dir.resolve("shuffled.csv");
    Files.write(shuffled, body, StandardCharsets.UTF_8);
    RepriceResult unsorted = new Repricer(base, proposed2026, new Repricer.Options(2, null, 0))
        .run(shuffled, VisitSource.Format.CSV, x -> {});
    assertThat(unsorted.grouped()).isFalse();

    for (RepriceResult r : List.of(json, unsorted)) {
      assertThat(r.rowsRead()).isEqualTo(csv.rowsRead());
      assertThat(r.priced()).isEqualTo(csv.priced());
      assertThat(r.base().revenueOre()).isEqualTo(csv.base().revenueOre());
      assertThat(r.proposed().revenueOre()).isEqualTo(csv.proposed().revenueOre());
      assertThat(r.proposed().frikortPatients()).isEqualTo(csv.proposed().frikortPatients());
      assertThat(r.frikortPatients()).isEqualTo(csv.frikortPatients());
    }
  }
}
