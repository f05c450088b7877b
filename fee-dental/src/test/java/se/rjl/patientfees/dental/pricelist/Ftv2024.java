package se.rjl.patientfees.dental.pricelist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import se.rjl.patientfees.rules.model.Source;

/** What the price-list tests share: the real file, loaded once, and the seed text it cites. */
final class Ftv2024 {
  static final String SEED = "000_660bf81ab5a4a909.txt";
  static final String FILE = "dental-2024.yaml";

  private static PriceList list;
  private static List<String> seedLines;

  private Ftv2024() {}

  /** The folder holding dental-2024.yaml: {@code rulebooks.dir}, else ../rulebooks from the module. */
  static Path rulebooksDir() {
    return firstExisting(FILE, System.getProperty("rulebooks.dir", "../rulebooks"), "../rulebooks", "rulebooks");
  }

  static Path sharedDir() {
    return firstExisting("seeds/" + SEED, System.getProperty("shared.dir", "../../shared"), "../../shared", "../shared");
  }

  private static Path firstExisting(String file, String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isRegularFile(p.resolve(file))) {
        return p;
      }
    }
    throw new IllegalStateException("none of " + Arrays.toString(candidates) + " holds " + file);
  }

  static Path file() {
    return rulebooksDir().resolve(FILE);
  }

  static synchronized PriceList list() {
    if (list == null) {
      list = PriceListLoader.load(file());
    }
    return list;
  }

  /** The seed's lines; index 0 is line 1. */
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

  static String line(int n) {
    return seed().get(n - 1);
  }

  /** Lines {@code from}..{@code to} with every run of whitespace (NBSP and line breaks too) as one space. */
  static String flat(int from, int to) {
    return String.join(" ", seed().subList(from - 1, to)).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  static String flat(Source s) {
    return flat(s.fromLine(), s.toLine());
  }

  /** How the seed prints whole kronor: "1 095" with a non-breaking space; "1135" once without (L6552). */
  static List<String> printedForms(long ore) {
    if (ore % 100 != 0) {
      throw new AssertionError("not whole kronor: " + ore);
    }
    String plain = Long.toString(ore / 100);
    if (plain.length() <= 3) {
      return List.of(plain);
    }
    String head = plain.substring(0, plain.length() - 3);
    String tail = plain.substring(plain.length() - 3);
    return List.of(head + "\u00a0" + tail, plain);
  }


  static String readFile() {
    try {
      return Files.readString(file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
