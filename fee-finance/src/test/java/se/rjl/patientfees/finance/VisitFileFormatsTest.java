package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.input.ContactField;
import se.rjl.patientfees.finance.generate.VisitGenerator;
import se.rjl.patientfees.finance.reprice.Column;
import se.rjl.patientfees.finance.reprice.InputFormatException;
import se.rjl.patientfees.finance.reprice.Reject;
import se.rjl.patientfees.finance.reprice.RepriceReport;
import se.rjl.patientfees.finance.reprice.RepriceResult;
import se.rjl.patientfees.finance.reprice.Repricer;
import se.rjl.patientfees.finance.reprice.VisitSource;
import se.rjl.patientfees.rules.load.RulebookLoader;

/**
 * Visit files as finance staff have them (issue 14): a CSV saved by Swedish Excel, an .xlsx
 * workbook, a file with a stray Latin-1 byte; and rows that {@code price} refuses, refused here
 * with the same words (issue 16 part 5).
 */
class VisitFileFormatsTest {
  @TempDir static Path dir;
  static CompiledRulebook base;
  static CompiledRulebook proposed;
  static Path international;
  static RepriceResult reference;

  @BeforeAll
  static void files() throws Exception {
    base = CompiledRulebook.of(RulebookLoader.load(TestFiles.rulebook2026()));
    Path p = TestFiles.copy2026(dir.resolve("p2026"));
    TestFiles.raiseVisitFee(p, 275);
    proposed = CompiledRulebook.of(RulebookLoader.load(p));
    international = dir.resolve("visits.csv");
    try (BufferedWriter w = Files.newBufferedWriter(international, StandardCharsets.UTF_8)) {
      new VisitGenerator(11, 600, 2026).write(w, VisitGenerator.Format.CSV, n -> {});
    }
    // Vaccine prices with öre, so that the decimal separator matters.
    Files.writeString(international, Files.readString(international).replace(",influenza,200,", ",influenza,212.50,"));
    reference = run(international, null, new ArrayList<>());
    assertThat(reference.rejected()).isZero();
    assertThat(reference.base().vaccineOre()).as("the file has vaccine prices with decimals").isPositive();
  }

  static RepriceResult run(Path file, Charset cs, List<Reject> rejects) throws Exception {
    return new Repricer(base, proposed, new Repricer.Options(2, null, 0)).run(file, VisitSource.Format.of(file), cs, rejects::add);
  }

  static void assertSameTotals(RepriceResult r) {
    assertThat(r.rejected()).isZero();
    assertThat(r.rowsRead()).isEqualTo(reference.rowsRead());
    assertThat(r.base().revenueOre()).isEqualTo(reference.base().revenueOre());
    assertThat(r.proposed().revenueOre()).isEqualTo(reference.proposed().revenueOre());
    assertThat(r.base().vaccineOre()).isEqualTo(reference.base().vaccineOre());
    assertThat(r.proposed().frikortPatients()).isEqualTo(reference.proposed().frikortPatients());
    assertThat(r.frikortPatients()).isEqualTo(reference.frikortPatients());
  }

  /** The generated file as Swedish Excel saves it: BOM, ';', decimal comma, CRLF. */
  static Path swedishExcel() throws Exception {
    List<String> lines = Files.readAllLines(international, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder("\uFEFF");
    int price = Column.headers().indexOf("vaccinePrice");
    List<String> header = List.of(lines.get(0).split(",", -1));
    int priceAt = header.indexOf("vaccinePrice");
    assertThat(price).isPositive();
    for (String l : lines) {
      String[] f = l.split(",", -1);
      if (priceAt >= 0 && f.length > priceAt) {
        f[priceAt] = f[priceAt].replace('.', ',');
      }
      b.append(String.join(";", f)).append("\r\n");
    }
    Path sv = dir.resolve("visits-sv.csv");
    Files.writeString(sv, b.toString(), StandardCharsets.UTF_8);
    assertThat(Files.readString(sv)).contains(";influenza;212,50;");
    return sv;
  }

  @Test
  void aSwedishExcelCsvGivesTheSameTotalsAndSaysWhichDialectWasRead() throws Exception {
    // pins E40: the dialect is found from the header; a decimal comma in the Swedish dialect.
    RepriceResult sv = run(swedishExcel(), null, new ArrayList<>());
    assertSameTotals(sv);
    assertThat(sv.inputDescription()).as("pins E40: the Swedish dialect is found from the header").isEqualTo(
        "CSV, Swedish Excel (';' between fields, decimal comma), UTF-8 with a byte-order mark");
    assertThat(reference.inputDescription()).isEqualTo("CSV, international (',' between fields, decimal point), UTF-8");
    assertThat(sv.inputDescriptionSv()).contains("svensk Excel", "decimalkomma");
  }

  @Test
  void anXlsxWorkbookWithDateAndNumberCellsGivesTheSameTotals() throws Exception {
    List<String> lines = Files.readAllLines(international, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    Path xlsx = dir.resolve("visits.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Besök");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      for (int r = 1; r < lines.size(); r++) {
        String[] f = lines.get(r).split(",", -1);
        for (int c = 0; c < f.length; c++) {
          if (f[c].isEmpty()) {
            continue;
          }
          ContactField field = Column.byHeader(header[c]).field();
          ContactField.Type type = field == null ? ContactField.Type.TEXT : field.type();
          // As Excel keeps them once typed: real dates and times, numbers, TRUE/FALSE.
          switch (type) {
            case DATE -> ws.value(r, c, LocalDate.parse(f[c]));
            case DATE_TIME -> ws.value(r, c, LocalDateTime.parse(f[c]));
            case AMOUNT -> ws.value(r, c, new BigDecimal(f[c]));
            case BOOLEAN -> ws.value(r, c, Boolean.parseBoolean(f[c]));
            default -> ws.value(r, c, f[c]);
          }
          if (type == ContactField.Type.DATE) {
            ws.style(r, c).format("yyyy-mm-dd").set();
          } else if (type == ContactField.Type.DATE_TIME) {
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
          }
        }
      }
      wb.finish();
    }
    RepriceResult x = run(xlsx, null, new ArrayList<>());
    assertSameTotals(x);
    assertThat(x.inputDescription()).isEqualTo(".xlsx workbook, first sheet");
  }

  @Test
  void aLineThatIsNotUtf8IsThatLinesRejectionOrReadWithTheEncodingNamed() throws Exception {
    byte[] text = Files.readAllBytes(international);
    String s = new String(text, StandardCharsets.UTF_8);
    String header = s.substring(0, s.indexOf('\n') + 1);
    String row = "Z1,1970-01-01,county-resident,,,,2026-03-10T10:00,primary-care,physical-visit,doctor,planned,,,"
        + "Kl\u00e4mdag,attended,,,,,,,,\n"; // a free reason with a Latin-1 'ä'
    Path latin = dir.resolve("latin1.csv");
    try (OutputStream out = Files.newOutputStream(latin)) {
      out.write(text);
      out.write(row.getBytes(StandardCharsets.ISO_8859_1));
    }
    List<Reject> rejects = new ArrayList<>();
    RepriceResult r = run(latin, null, rejects);
    assertThat(r.rowsRead()).isEqualTo(reference.rowsRead() + 1);
    assertThat(r.priced()).isEqualTo(reference.priced()); // nothing else lost
    assertThat(rejects).singleElement().satisfies(x -> {
      assertThat(x.line()).isEqualTo(reference.rowsRead() + 2);
      assertThat(x.kind()).isEqualTo("encoding");
      assertThat(x.message()).startsWith("the line is not valid UTF-8; save the file as 'CSV UTF-8', or name its encoding "
          + "with --encoding windows-1252 (at byte ");
    });
    assertThat(header).startsWith("patientId,");

    List<Reject> named = new ArrayList<>();
    RepriceResult w = run(latin, Charset.forName("windows-1252"), named);
    assertThat(w.rowsRead()).isEqualTo(reference.rowsRead() + 1);
    assertThat(named).singleElement().satisfies(x -> assertThat(x.message()).contains("'Klämdag'")); // read, then refused by the books
  }

  @Test
  void rowsThatPriceRefusesAreRefusedWithTheJsonContractsWords() throws Exception {
    // pins E41: one contact reader, the JSON contract's grammar, bounds and words.
    String header = "patientId,birthDate,residence,at,careUnit,kind,vaccine,vaccinePrice,waitingMinutes,referralFirstVisit\n";
    Path f = dir.resolve("refused.csv");
    Files.writeString(f, header
        + "A,1970-01-01,county-resident,2026-03-10 10:00,primary-care,physical-visit,,,,\n"
        + "B,1970-01-01,county-resident,2026-03-10T10:00,PRIMARY_CARE,physical-visit,,,,\n"
        + "C,1970-01-01,county-resident,2026-03-10T10:00,primary-care,vaccination,influenza,99999999999,,\n"
        + "D,1970-01-01,county-resident,2026-03-10T10:00,primary-care,vaccination,influenza,1e3,,\n"
        + "E,1970-01-01,county-resident,2026-03-10T10:00,primary-care,physical-visit,,,15x,\n"
        + "F,1970-01-01,county-resident,2026-03-10T10:00,primary-care,physical-visit,,,,true\n"
        + "G,1970-01-01,county-resident,2026-03-10T10:00,primary-care,vaccination,influenza,,,\n", StandardCharsets.UTF_8);
    List<Reject> rejects = new ArrayList<>();
    RepriceResult r = run(f, null, rejects);
    assertThat(r.priced()).isZero();
    assertThat(rejects).extracting(x -> x.patientId() + " " + x.field() + " " + x.kind() + ": " + x.message())
        .as("pins E41: the visit file refuses what price refuses, in the contract's words").containsExactly(
        "A at invalid-value: must be a local date and time written YYYY-MM-DDTHH:MM (Stockholm time, no offset), not '2026-03-10 10:00'",
        "B careUnit invalid-value: 'PRIMARY_CARE' is not one of primary-care, specialist-care, emergency-department, narakut, "
            + "eye-care, dental-general, dental-specialist (did you mean 'primary-care'?)",
        "C vaccinePrice invalid-amount: '99999999999' is not an amount: kronor with at most two decimals and a point, e.g. \"250.00\"",
        "D vaccinePrice invalid-amount: '1e3' is not an amount: kronor with at most two decimals and a point, e.g. \"250.00\"",
        "E waitingMinutes wrong-type: must be a whole number, not '15x'",
        "F referralSource missing: give who referred, e.g. primary-care",
        "G vaccinePrice missing: give the vaccine's price in kronor");
  }

  @Test
  void jsonLinesRefuseDuplicateKeysAndNumbersForAmounts() throws Exception {
    Path f = dir.resolve("dup.jsonl");
    Files.writeString(f, "{\"patientId\":\"A\",\"birthDate\":\"1970-01-01\",\"residence\":\"county-resident\",\"at\":\"2026-03-10T10:00\","
        + "\"at\":\"2026-03-11T10:00\",\"careUnit\":\"primary-care\",\"kind\":\"physical-visit\"}\n"
        + "{\"patientId\":\"B\",\"birthDate\":\"1970-01-01\",\"residence\":\"county-resident\",\"at\":\"2026-03-10T10:00\","
        + "\"careUnit\":\"primary-care\",\"kind\":\"vaccination\",\"vaccine\":\"influenza\",\"vaccinePrice\":312.5}\n",
        StandardCharsets.UTF_8);
    List<Reject> rejects = new ArrayList<>();
    run(f, null, rejects);
    assertThat(rejects).extracting(x -> x.kind() + ": " + x.message()).containsExactly(
        "syntax: not valid JSON: Duplicate field 'at'",
        "wrong-type: must be a string, not 312.5");
  }

  @Test
  void aFileSavedAsUtf16OrAWorkbookWithoutHeaderIsRefusedWithAHint() throws Exception {
    Path u16 = dir.resolve("u16.csv");
    Files.write(u16, ("\uFEFFpatientId,birthDate\n").getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> run(u16, null, new ArrayList<>())).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("UTF-16").hasMessageContaining("CSV UTF-8");
    Path semicolonsAsText = dir.resolve("tab.csv");
    Files.writeString(semicolonsAsText, "patientId\tbirthDate\tresidence\n");
    assertThatThrownBy(() -> run(semicolonsAsText, null, new ArrayList<>())).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("unknown column 'patientId\tbirthDate\tresidence'");
  }

  @Test
  void everyTableIsWrittenAsAWorkbookSheetWithNumberCellsAndAsCsvInEitherDialect() throws Exception {
    Path out = dir.resolve("report");
    RepriceReport.write(reference, out, new RepriceReport.Options(se.rjl.patientfees.finance.report.CsvDialect.INTERNATIONAL, null));
    assertThat(TestFiles.read(out.resolve("totals.csv"))).startsWith("metric,label,base,proposed,difference,changePercent\nrevenue,");
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("report.xlsx").toFile())) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList()).contains("Totalt", "Per avgiftskod", "Per patientgrupp", "Frikort");
      List<Row> rows = wb.findSheet("Totalt").orElseThrow().read();
      assertThat(rows.get(0).getCell(1).asString()).isEqualTo("Mått");
      Row revenue = rows.get(1);
      assertThat(revenue.getCell(0).asString()).isEqualTo("revenue");
      assertThat(revenue.getCell(2).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
      assertThat(revenue.getCell(2).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(reference.base().revenueOre(), 2));
    }
  }
}
