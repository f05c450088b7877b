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
    Path png = screenshot(reportHtml);
    assertThat(Files.size(png)).isGreaterThan(10_000);
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
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(mode));
    cmd.add(html.toUri().toString());
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
