package se.rjl.patientfees.rules.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Source;

/**
 * What the content tests share: the real 2026 rulebook, loaded once, and the seed text it cites
 * (seed 002, the 2026 regelbok and aids table).
 */
final class Regelbok {
  static final String SEED = "002_2ec2799c06c93718.txt";

  /** The part files these content tests cover. */
  static final List<String> PARTS =
      List.of(
          "2026/outpatient-rules.yaml",
          "2026/inpatient-and-missed-visits.yaml",
          "2026/certificates-and-copies.yaml",
          "2026/patient-groups.yaml",
          "2026/aids.yaml",
          "2026/explanations.yaml");

  private static Rulebook book;
  private static List<String> seedLines;

  private Regelbok() {}

  /** The folder holding 2026.yaml: {@code rulebooks.dir}, else ../rulebooks from the module. */
  static Path rulebooksDir() {
    return firstExisting(
        "2026.yaml", System.getProperty("rulebooks.dir", "../rulebooks"), "../rulebooks", "rulebooks");
  }

  /** The shared folder: {@code shared.dir}, else ../../shared from the module. */
  static Path sharedDir() {
    return firstExisting(
        "seeds/" + SEED, System.getProperty("shared.dir", "../../shared"), "../../shared", "../shared");
  }

  /**
   * The first candidate folder that holds {@code file}. Surefire passes the folders derived from
   * {@code maven.multiModuleProjectDirectory}, which is the module's own folder when Maven runs
   * inside fee-rules; the relative fallbacks cover that case.
   */
  private static Path firstExisting(String file, String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isRegularFile(p.resolve(file))) {
        return p;
      }
    }
    throw new IllegalStateException("none of " + Arrays.toString(candidates) + " holds " + file);
  }

  static synchronized Rulebook book() {
    if (book == null) {
      book = RulebookLoader.load(rulebooksDir().resolve("2026.yaml"));
    }
    return book;
  }

  /** The seed's lines; index 0 is line 1. Split on '\n' only, as the line numbers are counted. */
  static synchronized List<String> seed() {
    if (seedLines == null) {
      try {
        String text = Files.readString(sharedDir().resolve("seeds").resolve(SEED), StandardCharsets.UTF_8);
        seedLines = List.of(text.split("\n", -1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seedLines;
  }

  /** The number of lines in the seed (a final newline does not start a line). */
  static int seedLineCount() {
    List<String> s = seed();
    return s.get(s.size() - 1).isEmpty() ? s.size() - 1 : s.size();
  }

  /** Lines {@code from}..{@code to} (1-based, inclusive), joined with '\n'. */
  static String lines(int from, int to) {
    return String.join("\n", seed().subList(from - 1, to));
  }

  /** Lines {@code from}..{@code to} with every run of whitespace (line breaks too) as one space. */
  static String flat(int from, int to) {
    return lines(from, to).replaceAll("\\s+", " ");
  }

  static String line(int n) {
    return lines(n, n);
  }

  static String lines(Source s) {
    return lines(s.fromLine(), s.toLine());
  }

  /** The text of a part file. */
  static List<String> partLines(String part) {
    try {
      return Files.readAllLines(rulebooksDir().resolve(part), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long kr(long ore) {
    if (ore % 100 != 0) {
      throw new AssertionError("not whole kronor: " + ore + " öre");
    }
    return ore / 100;
  }

  /**
   * Whether {@code text} prints {@code kronor} as an amount, in any of the regelbok's formats:
   * "1.224:-", "1 224:-", "750: -", "100 kr", "2600 kr/uttag", "800kr/par", "1 300 kronor", "0: -".
   * The number must stand alone (100 is not found in "1 100 kr" or "2.100:-") and be followed by
   * ":-", ": -" or "kr".
   */
  static boolean printsAmount(String text, long kronor) {
    return amountPattern(kronor).matcher(text).find();
  }

  static Pattern amountPattern(long kronor) {
    String plain = Long.toString(kronor);
    List<String> forms = new ArrayList<>();
    forms.add(plain);
    if (kronor >= 1000) {
      String head = plain.substring(0, plain.length() - 3);
      String tail = plain.substring(plain.length() - 3);
      for (String sep : List.of(".", " ", "\u00a0")) {
        forms.add(head + sep + tail);
      }
    }
    String alternatives = forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\d.,])(?<!\\d[ \u00a0])(?:" + alternatives + ")\\s*(?::\\s*-|kr)");
  }

  /** Whether {@code text} prints "50%" or "50 %". */
  static boolean printsPercent(String text, int percent) {
    return Pattern.compile("(?<![\\d.,])" + percent + "\\s*%").matcher(text).find();
  }
}
