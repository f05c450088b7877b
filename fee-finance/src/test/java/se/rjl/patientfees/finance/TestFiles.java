package se.rjl.patientfees.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's rulebooks, and editable copies of them for the tests. */
public final class TestFiles {
  private TestFiles() {}

  public static Path rulebooks() {
    return Path.of(System.getProperty("rulebooks.dir", "../rulebooks"));
  }

  public static Path rulebook2026() {
    return rulebooks().resolve("2026.yaml");
  }

  /** Copies 2026.yaml and 2026/ into {@code dir}; returns the copy's main file. */
  public static Path copy2026(Path dir) {
    try {
      Files.createDirectories(dir.resolve("2026"));
      Files.copy(rulebook2026(), dir.resolve("2026.yaml"));
      try (Stream<Path> parts = Files.list(rulebooks().resolve("2026"))) {
        for (Path p : parts.toList()) {
          Files.copy(p, dir.resolve("2026").resolve(p.getFileName()));
        }
      }
      return dir.resolve("2026.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Path p, String text) {
    try {
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Raises the visit fee in the rulebook at {@code main} (a copy): the constant {@code visit-fee}, every
   * fee-code row whose formula is {@code visit-fee}, and the rows derived from those ({@code row:X +
   * interpreter-fee}), so that the book still validates. Returns the changed rows' keys and new amounts.
   */
  public static Map<String, Long> raiseVisitFee(Path main, long newFeeKr) {
    String mainText = read(main);
    Matcher c = Pattern.compile("(?m)^(  visit-fee:\\n    amount: )(\\d+)").matcher(mainText);
    if (!c.find()) {
      throw new IllegalStateException("no visit-fee constant in " + main);
    }
    long oldFee = Long.parseLong(c.group(2));
    write(main, c.replaceFirst("$1" + newFeeKr));
    Path feeCodes = main.resolveSibling(main.getFileName().toString().replace(".yaml", "")).resolve("fee-codes.yaml");
    String text = read(feeCodes);
    String[] blocks = text.split("(?m)(?=^  - key: )");
    Map<String, Long> amounts = new HashMap<>();
    Map<String, String> formulas = new HashMap<>();
    Pattern key = Pattern.compile("^  - key: \"?([^\"\\n]+)\"?");
    Pattern amount = Pattern.compile("(?m)^    amount: (\\d+)");
    Pattern formula = Pattern.compile("(?m)^    formula: \"([^\"]+)\"");
    String[] keys = new String[blocks.length];
    for (int i = 0; i < blocks.length; i++) {
      Matcher k = key.matcher(blocks[i]);
      if (!k.find()) {
        continue;
      }
      keys[i] = k.group(1);
      Matcher a = amount.matcher(blocks[i]);
      if (a.find()) {
        amounts.put(keys[i], Long.parseLong(a.group(1)));
      }
      Matcher f = formula.matcher(blocks[i]);
      if (f.find()) {
        formulas.put(keys[i], f.group(1));
      }
    }
    Map<String, Long> changed = new LinkedHashMap<>();
    boolean again = true;
    while (again) {
      again = false;
      for (Map.Entry<String, String> f : formulas.entrySet()) {
        Long value = null;
        if (f.getValue().equals("visit-fee")) {
          value = newFeeKr;
        } else {
          Matcher m = Pattern.compile("row:(\\S+) \\+ interpreter-fee").matcher(f.getValue());
          if (m.matches() && changed.containsKey(m.group(1))) {
            value = changed.get(m.group(1)) + 310;
          }
        }
        if (value != null && !value.equals(changed.get(f.getKey()))) {
          changed.put(f.getKey(), value);
          again = true;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < blocks.length; i++) {
      String b = blocks[i];
      if (keys[i] != null && changed.containsKey(keys[i])) {
        b = amount.matcher(b).replaceFirst("    amount: " + changed.get(keys[i]));
      }
      out.append(b);
    }
    write(feeCodes, out.toString());
    if (oldFee == newFeeKr) {
      throw new IllegalStateException("the visit fee is already " + newFeeKr);
    }
    return changed;
  }
}
