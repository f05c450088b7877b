package se.rjl.patientfees.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.rjl.patientfees.dental.pricelist.PriceList;
import se.rjl.patientfees.dental.pricelist.PriceListLoader;

/** {@code --price-list FILE}: price with these dental price lists instead of the bundled ones. */
final class PriceListOptions {
  /** The class-path resource that lists the bundled price lists, one a line. */
  static final String BUNDLED_INDEX = "se/rjl/patientfees/api/bundled-price-lists.txt";

  @Option(names = {"-l", "--price-list"}, paramLabel = "FILE",
      description = "A dental price list to price with (repeatable); default: the price lists bundled in the jar "
          + "(rulebooks/dental-2024.yaml).")
  List<Path> files;

  /** The price lists, loaded (a broken one is a RulebookException listing its problems). */
  List<PriceList> load() {
    List<PriceList> out = new ArrayList<>();
    if (files == null || files.isEmpty()) {
      ClassLoader loader = PriceListOptions.class.getClassLoader();
      for (String resource : bundled()) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("the bundled price list " + resource + " is missing from the class path");
          }
          out.add(PriceListLoader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return out;
    }
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        throw new CliException("no such price list file: " + p);
      }
      out.add(PriceListLoader.load(p));
    }
    return out;
  }

  /** The list in force on {@code date}; the first one when no date is given (the pricer then names it). */
  static PriceList forDate(List<PriceList> lists, LocalDate date, String dateField) {
    if (date == null) {
      return lists.get(0);
    }
    for (PriceList l : lists) {
      if (l.info().validOn(date)) {
        return l;
      }
    }
    String loaded = String.join(", ", lists.stream()
        .map(l -> l.info().id() + " (" + l.info().validFrom() + " – " + l.info().validTo() + ")").toList());
    throw new CliException(dateField + ": no price list is in force on " + date + "; loaded: " + loaded + " [outside-validity]");
  }

  /** The resources listed in {@value #BUNDLED_INDEX}, e.g. {@code rulebooks/dental-2024.yaml}. */
  static List<String> bundled() {
    try (InputStream in = PriceListOptions.class.getClassLoader().getResourceAsStream(BUNDLED_INDEX)) {
      if (in == null) {
        throw new IllegalStateException("the bundled price-list index " + BUNDLED_INDEX + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
