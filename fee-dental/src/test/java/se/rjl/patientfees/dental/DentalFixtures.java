package se.rjl.patientfees.dental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import se.rjl.patientfees.dental.pricelist.PriceList;
import se.rjl.patientfees.dental.pricelist.PriceListLoader;

/** The real price list, its scenario files and the seed, for the dental tests. */
final class DentalFixtures {
  static final String SEED = "000_660bf81ab5a4a909.txt";
  private static PriceList list;
  private static List<String> seed;

  private DentalFixtures() {}

  static Path rulebooksDir() {
    return firstExisting("dental-2024.yaml", System.getProperty("rulebooks.dir", "../rulebooks"), "../rulebooks", "rulebooks");
  }

  /** scenarios-dental/ beside rulebooks/. */
  static Path scenariosDir() {
    Path p = rulebooksDir().toAbsolutePath().getParent().resolve("scenarios-dental");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("no scenarios-dental folder at " + p);
    }
    return p;
  }

  static Path decisionsDir() {
    return rulebooksDir().toAbsolutePath().getParent().resolve("docs/decisions");
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

  static synchronized PriceList list() {
    if (list == null) {
      list = PriceListLoader.load(rulebooksDir().resolve("dental-2024.yaml"));
    }
    return list;
  }

  static synchronized List<String> seed() {
    if (seed == null) {
      try {
        seed = List.of(Files.readString(sharedDir().resolve("seeds").resolve(SEED), StandardCharsets.UTF_8).split("\n", -1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seed;
  }

  /** Lines from..to, NBSP and line breaks as single spaces. */
  static String flat(int from, int to) {
    return String.join(" ", seed().subList(from - 1, to)).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** "1 095" (with a space for the seed's non-breaking one) and "1095": the ways the seed prints kronor. */
  static List<String> forms(long kronor) {
    String plain = Long.toString(kronor);
    return plain.length() > 3 ? List.of(plain.substring(0, plain.length() - 3) + " " + plain.substring(plain.length() - 3), plain) : List.of(plain);
  }

  /** Whether line {@code n} ends with the price, and the reference price when there is one. */
  static boolean lineEndsWithPrices(int n, long priceKr, Long referenceKr) {
    String line = " " + flat(n, n);
    for (String p : forms(priceKr)) {
      if (referenceKr == null) {
        if (line.endsWith(" " + p)) {
          return true;
        }
      } else {
        for (String r : forms(referenceKr)) {
          if (line.endsWith(" " + p + " " + r)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
