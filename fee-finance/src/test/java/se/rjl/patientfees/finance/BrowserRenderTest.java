package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.finance.diff.RulebookDiff;
import se.rjl.patientfees.finance.generate.VisitGenerator;
import se.rjl.patientfees.finance.reprice.RepriceReport;
import se.rjl.patientfees.finance.reprice.RepriceResult;
import se.rjl.patientfees.finance.reprice.Repricer;
import se.rjl.patientfees.finance.reprice.VisitSource;
import se.rjl.patientfees.rules.load.RulebookLoader;

/**
 * Opens the HTML reports in headless Chromium (Debian's {@code chromium}; .ci/run installs it) and
 * checks that the tables and SVG charts were laid out: the pages' inline self-check records how many
 * tables and sized chart bars there are after the load event, and a screenshot is written.
 */
class BrowserRenderTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir static Path dir;
  static Path diffHtml;
  static Path reportHtml;

  @BeforeAll
  static void reports() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium (apt-get install chromium; .ci/run does)");
    Path modified = TestFiles.copy2026(dir.resolve("book"));
    TestFiles.raiseVisitFee(modified, 275);
    diffHtml = dir.resolve("diff.html");
    Files.writeString(diffHtml, RulebookDiff.compare(TestFiles.rulebook2026(), modified).toHtml(), StandardCharsets.UTF_8);

    Path visits = dir.resolve("visits.csv");
    try (BufferedWriter w = Files.newBufferedWriter(visits, StandardCharsets.UTF_8)) {
      new VisitGenerator(5, 800, 2026).write(w, VisitGenerator.Format.CSV, n -> {});
    }
    CompiledRulebook base = CompiledRulebook.of(RulebookLoader.load(TestFiles.rulebook2026()));
    CompiledRulebook proposed = CompiledRulebook.of(RulebookLoader.load(modified));
    RepriceResult r = new Repricer(base, proposed, new Repricer.Options(2, null, 0)).run(visits, VisitSource.Format.CSV, x -> {});
    RepriceReport.write(r, dir.resolve("report"));
    reportHtml = dir.resolve("report/report.html");
  }

  @Test
  void theDiffPageRendersItsTables() throws Exception {
    String dom = chromium(diffHtml, "--dump-dom");
    int[] rendered = rendered(dom);
    assertThat(rendered[0]).as("tables").isEqualTo(2);
    assertThat(dom).contains("<tr class=\"changed\">", "visit-fee", "275 kr");
    // Swedish words for kinds, sections and the summary (was: 'changed', 'feeCodes', '2 differences: …').
    String text = visibleText(dom);
    assertThat(text).contains("ändrad", "Avgiftskoder", "skillnader:");
    assertThat(text).doesNotContainPattern("\\b(changed|added|removed|differences?|feeCodes|constants)\\b");
    Path png = screenshot(diffHtml);
    assertThat(Files.size(png)).isGreaterThan(1000);
  }

  @Test
  void theRepricePageRendersTablesAndSvgBarCharts() throws Exception {
    String dom = chromium(reportHtml, "--dump-dom");
    int[] rendered = rendered(dom);
    assertThat(rendered[0]).as("tables").isGreaterThanOrEqualTo(6);
    assertThat(rendered[1]).as("chart bars laid out with a size").isGreaterThan(20);
    assertThat(dom).contains("<svg class=\"chart\"", "<rect class=\"base\"", "<rect class=\"proposed\"", "Per avgiftskod");
    assertThat(Pattern.compile("<figure>").matcher(dom).results().count()).isEqualTo(4);
    assertThat(dom).contains("class=\"sortable", "input class=\"filter\"", "@page", "counter(page)");
    Path png = screenshot(reportHtml);
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void clickingAColumnHeadingSortsTheRows() throws Exception {
    // The report sorts on a click; a link '#sort=TABLE:COLUMN' runs the same code on load.
    List<String> before = column(chromium(reportHtml, "--dump-dom"), "by-fee-code", 2);
    String sorted = chromium(reportHtml, "#sort=by-fee-code:2", "--dump-dom");
    List<String> after = column(sorted, "by-fee-code", 2);
    assertThat(after).hasSameSizeAs(before).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(before);
    List<Long> counts = after.stream().map(c -> Long.parseLong(c.replaceAll("[^0-9]", ""))).toList();
    assertThat(counts).isSorted(); // numbers as numbers ("1 234" after "987")
    assertThat(sorted).containsPattern("<th[^>]*aria-sort=\"ascending\"[^>]*>Kontakter bas");
    List<String> desc = column(chromium(reportHtml, "#sort=by-fee-code:2:desc", "--dump-dom"), "by-fee-code", 2);
    List<Long> descCounts = desc.stream().map(c -> -Long.parseLong(c.replaceAll("[^0-9]", ""))).toList();
    assertThat(descCounts).isSorted();
  }

  @Test
  void theReportPrintsToA4PdfInTheExpectedNumberOfPages() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    se.rjl.patientfees.finance.report.Pdf.write(CHROMIUM, reportHtml, pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    long pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw).results().count();
    // Title, header and totals; four charts; the tables (fee codes, groups, ages, group × age, frikort): 5–14 A4 pages.
    assertThat(pages).as("pages").isBetween(5L, 14L);
    assertThat(raw).containsPattern("/MediaBox\\s*\\[\\s*0 0 59[45](\\.\\d+)? 841(\\.\\d+)?\\s*\\]"); // A4 in points
  }

  @Test
  void theSwedishReportShowsNoEnglishKey() throws Exception {
    String text = visibleText(chromium(reportHtml, "--dump-dom"));
    assertThat(text).contains("Folkbokförd i Jönköpings län", "Intäkt per patientgrupp", "Sida", "SHA-256");
    List<String> keys = new ArrayList<>();
    for (var r : se.rjl.patientfees.engine.input.Residence.values()) {
      keys.add(se.rjl.patientfees.rules.yaml.YamlValue.kebab(r));
    }
    keys.addAll(List.of("(card)", "(no card)", "revenue", "gross before cap", "frikort patients", "rows read", "invalid-value",
        "wrong-type", "changed", "differences"));
    for (String k : keys) {
      assertThat(text).as("English key '%s' in the report text", k)
          .doesNotContainPattern("(?<![\\p{L}-])" + Pattern.quote(k) + "(?![\\p{L}-])");
    }
  }

  /** The text a reader sees: the DOM without script, style and tags (the print stylesheet's page numbers added). */
  private static String visibleText(String dom) {
    String body = dom.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<title>.*?</title>", " ").replaceAll("<[^>]+>", " ").replace("&nbsp;", " ");
    return body + (dom.contains("counter(page)") ? " Sida" : "");
  }

  /** The text of one column of a table's body, in row order. */
  private static List<String> column(String dom, String table, int col) {
    Matcher t = Pattern.compile("(?s)<table id=\"" + table + "\".*?<tbody>(.*?)</tbody>").matcher(dom);
    assertThat(t.find()).as("table " + table).isTrue();
    List<String> out = new ArrayList<>();
    Matcher row = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(t.group(1));
    while (row.find()) {
      List<String> cells = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(row.group(1)).results().map(m -> m.group(1)).toList();
      out.add(cells.get(col));
    }
    return out;
  }

  /** {tables, bars} from the page's self-check attribute. */
  private static int[] rendered(String dom) {
    Matcher m = Pattern.compile("data-rendered=\"tables:(\\d+) bars:(\\d+)\"").matcher(dom);
    assertThat(m.find()).as("the page's load handler ran and measured the layout").isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  private static Path screenshot(Path html) throws Exception {
    Path png = dir.resolve(html.getFileName() + ".png");
    chromium(html, "--screenshot=" + png, "--window-size=1280,2400");
    assertThat(png).exists();
    byte[] head = new byte[8];
    try (var in = Files.newInputStream(png)) {
      assertThat(in.read(head)).isEqualTo(8);
    }
    assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    return png;
  }

  private static String chromium(Path html, String... mode) throws Exception {
    if (mode.length > 0 && mode[0].startsWith("#")) {
      return chromium(html.toUri() + mode[0], java.util.Arrays.copyOfRange(mode, 1, mode.length));
    }
    return chromium(html.toUri().toString(), mode);
  }

  private static String chromium(String url, String... mode) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(mode));
    cmd.add(url);
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    boolean done = p.waitFor(90, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("chromium finished within 90 s").isTrue();
    assertThat(p.exitValue()).as("chromium's exit code").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
