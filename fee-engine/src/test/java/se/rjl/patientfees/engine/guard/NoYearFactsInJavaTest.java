package se.rjl.patientfees.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new year is a new file, never new Java (issue 11): no seed line number, amount or age limit in
 * the main Java code of any module, neither in string literals nor in identifiers. Comments may
 * cite the regelbok. The wording and citations of explanations live in the rulebook's
 * {@code explanations} section.
 */
class NoYearFactsInJavaTest {
  /** A seed line citation: L3353, L5117–L5126. */
  static final Pattern CITATION = Pattern.compile("(?<![A-Za-z])L\\d{3,}");
  /** An amount, an age or a period in words: "250 kr", "under 20 år", "24 timmar", "3 hela vardagar". */
  static final Pattern FACT = Pattern.compile(
      "(?<![\\d,.])[1-9][\\d\u00a0 ]*\\s*(kr|kronor|år|års|timmar|dagar|vardagar|hela vardagar|minuter|månader)(?![\\p{L}])");
  /** An identifier naming a limit: FREE_UNDER_20, AGED_85_PLUS, fee250. */
  static final Pattern IDENTIFIER = Pattern.compile(
      "\\b[A-Za-z_]*(?:(?i:under|over|aged|from|until|upto)_?\\d+|_\\d+_?(?i:plus|kr|ore)|(?i:fee|kr)\\d{2,})[A-Za-z_0-9]*\\b");

  @Test
  void theGuardRecognisesWhatItLooksFor() {
    assertThat(findings("x.java", "String s = \"Nordisk konvention: 250 kr öppenvård\";")).hasSize(1);
    assertThat(findings("x.java", "why.add(\"age\", \"L5117–L5126\", \"text\");")).hasSize(1);
    assertThat(findings("x.java", "FREE_UNDER_20(false),")).hasSize(1);
    assertThat(findings("x.java", "String s = \"under 20 år\";")).hasSize(1);
    assertThat(findings("x.java", "// 250 kr per visit (L3055-L3057)\nint x = 1; /* L4512 */")).isEmpty();
    assertThat(findings("x.java", "String s = \"a comment marker // L1234 inside a string\";")).hasSize(1);
    assertThat(findings("x.java", "String s = \"between 1 and 1000, not \" + n;")).isEmpty();
    assertThat(findings("x.java", "String s = \"kvalificerande avgifter kostar 0 kr\";")).isEmpty();
  }

  @Test
  void noModuleHoldsSeedLinesAmountsOrAgeLimitsInJava() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.filter(p -> p.getFileName().toString().startsWith("fee-")).toList()) {
        Path main = m.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> files = Files.walk(main)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
          }
        }
      }
    }
    assertThat(sources).as("main sources of the fee-* modules").hasSizeGreaterThan(100);
    List<String> found = new ArrayList<>();
    for (Path f : sources) {
      found.addAll(findings(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
    }
    assertThat(found).as("year facts in Java: move them into the rulebook (explanations, constants)").isEmpty();
  }

  /** What the guard finds in one file: {@code file:line: text}. */
  static List<String> findings(String file, String java) {
    List<String> out = new ArrayList<>();
    Lexed l = lex(java);
    Matcher m = IDENTIFIER.matcher(l.code());
    while (m.find()) {
      out.add(file + ":" + l.line(m.start()) + ": identifier " + m.group());
    }
    for (int i = 0; i < l.strings().size(); i++) {
      String s = l.strings().get(i);
      if (CITATION.matcher(s).find() || FACT.matcher(s).find()) {
        out.add(file + ":" + l.line(l.stringStarts().get(i)) + ": \"" + s + "\"");
      }
    }
    return out;
  }

  /** Java split into code (strings and comments blanked) and its string literals. */
  record Lexed(String code, List<String> strings, List<Integer> stringStarts, String original) {
    int line(int offset) {
      int n = 1;
      for (int i = 0; i < offset && i < original.length(); i++) {
        if (original.charAt(i) == '\n') {
          n++;
        }
      }
      return n;
    }
  }

  static Lexed lex(String s) {
    StringBuilder code = new StringBuilder(s.length());
    List<String> strings = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i < s.length() && s.charAt(i) != '\n') {
          code.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        for (; i < end; i++) {
          code.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else if (c == '"' && s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
        starts.add(i);
        strings.add(s.substring(i + 3, Math.max(i + 3, end - 3)));
        for (; i < end; i++) {
          code.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        StringBuilder lit = new StringBuilder();
        while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
          if (s.charAt(j) == '\\' && j + 1 < s.length()) {
            lit.append(s.charAt(j + 1));
            j += 2;
          } else {
            lit.append(s.charAt(j++));
          }
        }
        if (c == '"') {
          starts.add(i);
          strings.add(lit.toString());
        }
        for (; i <= j && i < s.length(); i++) {
          code.append(' ');
        }
      } else {
        code.append(c);
        i++;
      }
    }
    return new Lexed(code.toString(), strings, starts, s);
  }
}
