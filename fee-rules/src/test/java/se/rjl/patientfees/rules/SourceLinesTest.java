package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Source;

/**
 * Every fee-code row's {@code source} is a range of lines that exists in seed 002, starts at the
 * row's printed code, and prints the row's amount — with a "*" exactly when the row is a full-price
 * row. The regelbok prints amounts as "250:-", "3 179:-*", "17.496:-*", "0:-" and once as a bare
 * "410" (decision R04).
 */
class SourceLinesTest {
  /** Rows whose amount is printed without ":-" (decision R04). */
  static final Set<String> BARE_AMOUNT = Set.of("610-distance-interpreter");

  /** Rows printed without a code (R03 frikort note, R02 late cancellation with interpreter). */
  static final Set<String> PRINTED_WITHOUT_CODE = Set.of("frikort-note", "614-adult-interpreter");

  static Rulebook book;
  static List<String> seed;

  @BeforeAll
  static void load() throws Exception {
    book = RulebookFiles.real().load();
    String text = Files.readString(RulebookFiles.seedsDir().resolve(RulebookFiles.SEED), StandardCharsets.UTF_8);
    seed = List.of(text.split("\n", -1)); // the line numbers count '\n' only
  }

  static String lines(Source s) {
    return String.join("\n", seed.subList(s.fromLine() - 1, s.toLine()));
  }

  /** The amount as the regelbok prints it: 250:- | 3 179:-* | 17.496:-* | 0: - ; group 1 is ":-", group 2 is "*". */
  static Pattern printed(long kronor) {
    String plain = Long.toString(kronor);
    List<String> forms = new ArrayList<>(List.of(Pattern.quote(plain)));
    if (kronor >= 1000) {
      String head = plain.substring(0, plain.length() - 3);
      String tail = plain.substring(plain.length() - 3);
      forms.add(Pattern.quote(head) + "[. \u00a0]" + Pattern.quote(tail));
    }
    return Pattern.compile("(?<![\\d.,])(?<!\\d[ \u00a0])(?:" + String.join("|", forms) + ")(:\\s?-)?(\\*)?(?=\\s|$)");
  }

  @Test
  void theAmountPatternReadsEveryPrintedForm() {
    assertThat(printed(250).matcher("100 Läkarbesök, primärvård 250:- ").find()).isTrue();
    assertThat(printed(3179).matcher("andra länder 3 179:-* ").find()).isTrue();
    assertThat(printed(3179).matcher("3.179:-").find()).isTrue();
    assertThat(printed(17496).matcher("700 Övrigt 17.496:-* ").find()).isTrue();
    assertThat(printed(0).matcher("Distanskontakt avgiftsfritt 0:- Se ovan.").find()).isTrue();
    assertThat(printed(410).matcher("med tolk 410 ").find()).isTrue();
    assertThat(printed(100).matcher("1 100:-").find()).as("100 is not found inside 1 100").isFalse();
    assertThat(printed(100).matcher("2.100:-").find()).isFalse();
    assertThat(printed(50).matcher("250:-").find()).isFalse();
    assertThat(printed(25).matcher("250:-").find()).isFalse();
  }

  @Test
  void everySourceRangeExistsInTheSeed() {
    int lastLine = seed.get(seed.size() - 1).isEmpty() ? seed.size() - 1 : seed.size();
    for (FeeCodeRow r : book.feeCodes()) {
      Source s = r.source();
      assertThat(s.document()).as(r.key()).isEqualTo(RulebookFiles.SEED);
      assertThat(s.hasLines()).as(r.key() + " cites lines").isTrue();
      assertThat(s.fromLine()).as(r.key()).isBetween(1, s.toLine());
      assertThat(s.toLine()).as(r.key()).isLessThanOrEqualTo(lastLine);
      // inside "Patientavgifter och avgiftskoder i Cosmic"
      assertThat(s.fromLine()).as(r.key()).isGreaterThanOrEqualTo(3343);
      assertThat(s.toLine()).as(r.key()).isLessThanOrEqualTo(4101);
    }
  }

  @Test
  void everyRangeStartsAtTheRowsPrintedCode() {
    for (FeeCodeRow r : book.feeCodes()) {
      String first = lines(r.source()).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
      if (PRINTED_WITHOUT_CODE.contains(r.key())) {
        assertThat(first).as(r.key() + " is printed without a code").doesNotMatch("^\\d{3}\\b.*");
      } else {
        assertThat(first).as(r.key() + ": first line of " + r.source().cite()).startsWith(r.code());
      }
    }
  }

  @Test
  void everyRangePrintsTheRowsProduct() {
    for (FeeCodeRow r : book.feeCodes()) {
      String flat = lines(r.source()).replaceAll("\\s+", " ");
      assertThat(flat).as(r.key() + " " + r.source().cite()).contains(r.product().replaceAll("\\s+", " "));
    }
  }

  @Test
  void everyRangePrintsTheRowsAmountWithAStarExactlyForFullPrice() {
    for (FeeCodeRow r : book.feeCodes()) {
      long kronor = r.amountOre() / 100;
      assertThat(r.amountOre() % 100).as(r.key()).isZero();
      Matcher m = printed(kronor).matcher(lines(r.source()));
      List<String> found = new ArrayList<>();
      boolean withSign = false;
      boolean star = false;
      while (m.find()) {
        found.add(m.group());
        if (m.group(1) != null) {
          withSign = true;
          star |= m.group(2) != null;
        }
      }
      String what = r.key() + " (" + kronor + " kr) in " + r.source().cite() + ", found " + found;
      if (BARE_AMOUNT.contains(r.key())) {
        assertThat(found).as(what).contains(Long.toString(kronor));
      } else {
        assertThat(withSign).as(what + ": printed as <amount>:-").isTrue();
        assertThat(star).as(what + ": '*' marks the full-price rows").isEqualTo(r.fullPrice());
      }
    }
  }
}
