package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.content.Regelbok.book;
import static se.rjl.patientfees.rules.content.Regelbok.kr;
import static se.rjl.patientfees.rules.content.Regelbok.lines;
import static se.rjl.patientfees.rules.content.Regelbok.printsAmount;
import static se.rjl.patientfees.rules.content.Regelbok.printsPercent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.Source;

/**
 * Every {@code source:} in the five part files (and in the aids age bands of the main file) cites
 * lines that exist in seed 002; every certificate and aid amount is printed in the lines it cites.
 */
class SourceLinesContentTest {
  private static final Pattern SOURCE_KEY = Pattern.compile("^\\s*(?:-\\s+)?source:\\s*(.+?)\\s*$");
  private static final Pattern LINES = Pattern.compile("^[\"']?L(\\d+)(?:\\s*[-–]\\s*L?(\\d+))?[\"']?$");

  /** A cited range with where it is cited. */
  record Cited(String where, int from, int to) {}

  private static List<Cited> citedIn(String part, List<String> fileLines) {
    List<Cited> out = new ArrayList<>();
    for (int i = 0; i < fileLines.size(); i++) {
      Matcher m = SOURCE_KEY.matcher(fileLines.get(i));
      if (!m.matches()) {
        continue;
      }
      String value = m.group(1);
      Matcher l = LINES.matcher(value);
      assertThat(l.matches()).as(part + ":" + (i + 1) + ": '" + value + "' is a line range of seed 002").isTrue();
      int from = Integer.parseInt(l.group(1));
      int to = l.group(2) == null ? from : Integer.parseInt(l.group(2));
      out.add(new Cited(part + ":" + (i + 1), from, to));
    }
    return out;
  }

  private static List<Cited> allCited() {
    List<Cited> all = new ArrayList<>();
    for (String part : Regelbok.PARTS) {
      List<String> text = Regelbok.partLines(part);
      assertThat(text.get(0)).as(part + " line 1").isEqualTo("# yaml-language-server: $schema=../schema/rulebook.schema.json");
      List<Cited> cited = citedIn(part, text);
      assertThat(cited).as(part + " cites sources").isNotEmpty();
      all.addAll(cited);
    }
    // The aids age bands added to the main file, between their two marker comments.
    List<String> main = Regelbok.partLines("2026.yaml");
    int start = indexOfPrefix(main, "  # --- Aids age bands");
    int end = indexOfPrefix(main, "  # --- end of aids age bands");
    assertThat(start).as("aids age-band block in 2026.yaml").isNotNegative();
    assertThat(end).isGreaterThan(start);
    List<String> block = new ArrayList<>(main.subList(0, end));
    for (int i = 0; i < start; i++) {
      block.set(i, ""); // keep line numbers, drop the other sections
    }
    List<Cited> bands = citedIn("2026.yaml", block);
    assertThat(bands).hasSize(9);
    all.addAll(bands);
    return all;
  }

  private static int indexOfPrefix(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyCitedLineRangeExistsInTheSeed() {
    int count = Regelbok.seedLineCount();
    assertThat(count).as("seed 002 line count (the last line is a single space)").isEqualTo(26078);
    List<Cited> all = allCited();
    assertThat(all.size()).as("sources in the five parts and the aids age bands").isGreaterThan(150);
    for (Cited c : all) {
      assertThat(c.from()).as(c.where()).isBetween(1, count);
      assertThat(c.to()).as(c.where()).isBetween(c.from(), count);
      // The regelbok is L3032-L5857 and the aids table L2667-L3031; HPV is the 2026 budget, L2370-L2372.
      assertThat(c.from() >= 2370 && c.to() <= 5857).as(c.where() + ": L" + c.from() + "-L" + c.to() + " inside L2370-L5857").isTrue();
      assertThat(lines(c.from(), c.to()).isBlank()).as(c.where() + ": the cited lines hold text").isFalse();
    }
  }

  @Test
  void everySourceOfTheModelNamesTheSeed() {
    List<Source> sources = new ArrayList<>();
    sources.add(book().outpatient().source());
    sources.add(book().missedVisits().source());
    sources.add(book().inpatient().source());
    book().inpatient().dayBands().forEach(b -> sources.add(b.source()));
    book().inpatient().exemptGroups().forEach(e -> sources.add(e.source()));
    sources.add(book().inpatient().foreignPerDay().source());
    sources.add(book().inpatient().swedeAbroadPlannedPerDay().source());
    sources.add(book().copies().source());
    book().certificates().forEach(c -> sources.add(c.source()));
    book().vaccinations().forEach(v -> sources.add(v.source()));
    book().freeReasons().forEach(r -> sources.add(r.source()));
    book().patientGroups().forEach(g -> sources.add(g.source()));
    book().aids().forEach(a -> sources.add(a.source()));
    for (Source s : sources) {
      assertThat(s.document()).as(s.toString()).isEqualTo(Regelbok.SEED);
      assertThat(s.hasLines()).as(s.toString()).isTrue();
      assertThat(s.toLine()).as(s.toString()).isLessThanOrEqualTo(Regelbok.seedLineCount());
    }
  }

  @Test
  void everyCertificateAmountIsPrintedInItsLines() {
    for (CertificateTariff c : book().certificates()) {
      String text = lines(c.source());
      long net = kr(c.netOre());
      long gross = kr(c.grossOre());
      assertThat(printsAmount(text, net)).as(c.key() + ": net " + net + " printed in " + c.source().cite()).isTrue();
      if (gross != net) {
        assertThat(printsAmount(text, gross)).as(c.key() + ": gross " + gross + " printed in " + c.source().cite()).isTrue();
      }
    }
  }

  @Test
  void everyAidAmountIsPrintedInItsLines() {
    for (AidItem a : book().aids()) {
      String text = lines(a.source());
      boolean hasAmount = a.kind() == AidItem.AidKind.FEE || a.kind() == AidItem.AidKind.GRANT
          || a.kind() == AidItem.AidKind.PERCENT_OF_PRICE;
      if (hasAmount) {
        long amount = kr(a.amountOre());
        assertThat(printsAmount(text, amount)).as(a.key() + ": " + amount + " kr printed in " + a.source().cite()).isTrue();
      } else {
        assertThat(a.amountOre()).as(a.key() + ": no amount for " + a.kind()).isZero();
      }
      if (a.percent() > 0) {
        assertThat(printsPercent(text, a.percent())).as(a.key() + ": " + a.percent() + "% printed in " + a.source().cite()).isTrue();
      }
      if (a.kind() == AidItem.AidKind.OWN_RESPONSIBILITY) {
        assertThat(text).as(a.key() + ": own responsibility or no grant in " + a.source().cite())
            .containsAnyOf("Eget ansvar", "egenansvar", " -");
      }
    }
  }

  @Test
  void amountMatcherReadsTheRegelboksFormats() {
    assertThat(printsAmount("1.224:- 1.530:-", 1224)).isTrue();
    assertThat(printsAmount("1.224:- 1.530:-", 1530)).isTrue();
    assertThat(printsAmount("3 200:-", 3200)).isTrue();
    assertThat(printsAmount("750: - 938: -", 938)).isTrue();
    assertThat(printsAmount("2600 kr/uttag (1) > 16 år", 2600)).isTrue();
    assertThat(printsAmount("800kr/par Alla åldrar", 800)).isTrue();
    assertThat(printsAmount("max 8 000 kr inkl.", 8000)).isTrue();
    assertThat(printsAmount("kostnaden är 1 300\nkronor/vårddygn", 1300)).isTrue();
    assertThat(printsAmount("Hörapparat 0 kr < 20 år", 0)).isTrue();
    assertThat(printsAmount("0: -", 0)).isTrue();
    assertThat(printsAmount("100:-", 0)).isFalse();
    assertThat(printsAmount("max 1100 kr", 100)).isFalse();
    assertThat(printsAmount("1 100 kr", 100)).isFalse();
    assertThat(printsAmount("2.175** kronor", 175)).isFalse();
    assertThat(printsAmount("under 20 år", 20)).isFalse();
    assertThat(printsPercent("50% av totalpris", 50)).isTrue();
    assertThat(printsPercent("150% av", 50)).isFalse();
  }
}
