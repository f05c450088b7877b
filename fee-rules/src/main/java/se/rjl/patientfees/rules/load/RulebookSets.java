package se.rjl.patientfees.rules.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.RulebookInfo;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * A set of yearly rulebooks, each chosen for the dates it is valid on (issue 11): given as main
 * files or as folders holding them. A set loads whole or not at all: every book must load, and their
 * validity must follow each other without overlap and without a gap.
 */
public final class RulebookSets {
  private RulebookSets() {}

  /**
   * One loaded book of a set: the rulebook, its main file, and the SHA-256 of every file read (the
   * main file first, then its parts), by the name the loader gives it.
   */
  public record Loaded(Rulebook rulebook, Path mainFile, Map<String, String> sha256) {}

  /** Loads the books named by {@code paths} (main files, or folders of main files), earliest first. */
  public static List<Loaded> load(List<Path> paths) {
    List<Path> mains = mainFiles(paths);
    List<Loaded> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path main : mains) {
      try {
        out.add(loadOne(main));
      } catch (RulebookException e) {
        problems.addAll(e.problems());
      }
    }
    if (problems.isEmpty()) {
      out.sort(Comparator.comparing(l -> l.rulebook().info().validFrom()));
      problems.addAll(continuity(out.stream().map(Loaded::rulebook).toList()));
    }
    if (!problems.isEmpty()) {
      throw new RulebookException(problems);
    }
    return List.copyOf(out);
  }

  /**
   * The main files: a file as given; in a folder, every {@code *.yaml} directly inside whose text
   * has a top-level {@code rulebook:} (parts live in subfolders; price lists and schemas are not
   * rulebooks), in name order.
   */
  public static List<Path> mainFiles(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
              .filter(RulebookSets::isRulebookMainFile).sorted().toList();
          if (found.isEmpty()) {
            problems.add(new Problem(Location.ofFile(p.toString()), "no-rulebook", "the folder holds no rulebook main file"));
          }
          out.addAll(found);
        } catch (IOException e) {
          problems.add(new Problem(Location.ofFile(p.toString()), "unreadable-file", "cannot list the folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        problems.add(new Problem(Location.ofFile(p.toString()), "missing-file", "no such rulebook file or folder"));
      }
    }
    if (out.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(Location.ofFile("(rulebook set)"), "no-rulebook", "give at least one rulebook"));
    }
    if (!problems.isEmpty()) {
      throw new RulebookException(problems);
    }
    return out;
  }

  static boolean isRulebookMainFile(Path f) {
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("rulebook:")) {
          return true;
        }
      }
      return false;
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Loads one main file with its parts, recording each file's checksum. */
  public static Loaded loadOne(Path file) {
    Map<String, String> sums = new LinkedHashMap<>();
    Path dir = file.toAbsolutePath().getParent();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulebookException(List.of(new Problem(Location.ofFile(file.toString()), "unreadable-file",
          "cannot read the file as UTF-8 text: " + e)));
    }
    sums.put(file.getFileName().toString(), sha256(text));
    Rulebook book = RulebookLoader.load(file.toString(), text, name -> {
      Path p = dir.resolve(name).normalize();
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      String part = Files.readString(p, StandardCharsets.UTF_8);
      sums.put(name, sha256(part));
      return Optional.of(part);
    }, name -> file.getParent() == null ? name : file.getParent().resolve(name).toString());
    return new Loaded(book, file, Map.copyOf(sums));
  }

  /** Loads a main file and its parts from the class path (a bundled rulebook), recording each file's checksum. */
  public static Loaded loadResource(ClassLoader loader, String resource) {
    Map<String, String> sums = new LinkedHashMap<>();
    String base = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
    String text = readResource(loader, resource).orElseThrow(() -> new RulebookException(List.of(new Problem(
        Location.ofFile(resource), "missing-file", "no such rulebook on the class path"))));
    sums.put(resource.substring(base.length()), sha256(text));
    Rulebook book = RulebookLoader.load(resource, text, name -> {
      Optional<String> part = readResource(loader, base + name);
      part.ifPresent(t -> sums.put(name, sha256(t)));
      return part;
    }, name -> base + name);
    return new Loaded(book, Path.of(resource), Map.copyOf(sums));
  }

  private static Optional<String> readResource(ClassLoader loader, String name) {
    try (var in = loader.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Overlaps and gaps between books sorted by their first day: the set must cover one continuous
   * period, each day by exactly one book.
   */
  public static List<Problem> continuity(List<Rulebook> books) {
    List<Rulebook> sorted = new ArrayList<>(books);
    sorted.sort(Comparator.comparing(b -> b.info().validFrom()));
    List<Problem> out = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      RulebookInfo prev = sorted.get(i - 1).info();
      RulebookInfo next = sorted.get(i).info();
      Location at = Location.ofFile("rulebook " + next.id());
      if (!next.validFrom().isAfter(prev.validTo())) {
        out.add(new Problem(at, "overlapping-rulebooks", "rulebooks " + prev.id() + " (" + prev.validFrom() + " – " + prev.validTo()
            + ") and " + next.id() + " (" + next.validFrom() + " – " + next.validTo() + ") are both valid on " + next.validFrom()));
      } else if (!next.validFrom().equals(prev.validTo().plusDays(1))) {
        out.add(new Problem(at, "gap-between-rulebooks", "no rulebook of the set is valid from " + prev.validTo().plusDays(1)
            + " to " + next.validFrom().minusDays(1) + " (between " + prev.id() + " and " + next.id() + ")"));
      }
    }
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
