package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * A rulebook as texts in memory (main file and parts), edited one string at a time and loaded with
 * {@link RulebookLoader#load(String, String, RulebookLoader.PartSource, java.util.function.UnaryOperator)}.
 * Part names are the ones the main file lists ({@code 2026/fee-codes.yaml}); problems name files the
 * same way. Immutable: every edit returns a new instance.
 */
public final class RulebookFiles {
  /** The seed document the 2026 rulebook cites. */
  public static final String SEED = "002_2ec2799c06c93718.txt";

  /** The minimal rulebook's files under src/test/resources/minimal/. */
  public static final List<String> MINIMAL_FILES =
      List.of("rulebook.yaml", "parts/fee-codes.yaml", "parts/sections.yaml", "parts/explanations.yaml");

  private final String main;
  private final Map<String, String> texts;

  private RulebookFiles(String main, Map<String, String> texts) {
    this.main = main;
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /** The folder holding 2026.yaml: {@code -Drulebooks.dir}, else ../rulebooks from the module. */
  public static Path rulebooksDir() {
    return firstExisting("2026.yaml", System.getProperty("rulebooks.dir", "../rulebooks"), "../rulebooks", "rulebooks");
  }

  /** The seeds folder: {@code -Dshared.dir}/seeds, else ../../shared/seeds from the module. */
  public static Path seedsDir() {
    return firstExisting(SEED, System.getProperty("shared.dir", "../../shared") + "/seeds", "../../shared/seeds", "../shared/seeds")
        .toAbsolutePath().normalize();
  }

  /** The scenarios folder: {@code -Dscenarios.dir}, else ../scenarios from the module. */
  public static Path scenariosDir() {
    return firstExisting(".", System.getProperty("scenarios.dir", "../scenarios"), "../scenarios", "scenarios");
  }

  private static Path firstExisting(String file, String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.exists(p.resolve(file))) {
        return p;
      }
    }
    throw new IllegalStateException("none of " + Arrays.toString(candidates) + " holds " + file);
  }

  /** The real 2026 rulebook: 2026.yaml and every file in 2026/. */
  public static RulebookFiles real() {
    Path dir = rulebooksDir();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("2026.yaml", read(dir.resolve("2026.yaml")));
    try (Stream<Path> parts = Files.list(dir.resolve("2026"))) {
      parts.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .forEach(p -> texts.put("2026/" + p.getFileName(), read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RulebookFiles("2026.yaml", texts);
  }

  /** The minimal valid rulebook of the test resources. */
  public static RulebookFiles minimal() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String f : MINIMAL_FILES) {
      texts.put(f, resource("minimal/" + f));
    }
    return new RulebookFiles("rulebook.yaml", texts);
  }

  static String resource(String name) {
    try (InputStream in = RulebookFiles.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("test resource " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String main() {
    return main;
  }

  /** Every file's name, the main file first. */
  public List<String> names() {
    return List.copyOf(texts.keySet());
  }

  public String text(String file) {
    String t = texts.get(file);
    if (t == null) {
      throw new IllegalArgumentException("no file " + file + " among " + texts.keySet());
    }
    return t;
  }

  /** This rulebook with {@code file}'s text replaced (or added). */
  public RulebookFiles with(String file, String text) {
    Map<String, String> m = new LinkedHashMap<>(texts);
    m.put(file, text);
    return new RulebookFiles(main, m);
  }

  /** This rulebook without {@code file}. */
  public RulebookFiles without(String file) {
    Map<String, String> m = new LinkedHashMap<>(texts);
    m.remove(file);
    return new RulebookFiles(main, m);
  }

  /** This rulebook with the one occurrence of {@code old} in {@code file} replaced. */
  public RulebookFiles replace(String file, String old, String replacement) {
    String t = text(file);
    int at = t.indexOf(old);
    assertThat(at).as("'" + old + "' in " + file).isNotNegative();
    assertThat(t.indexOf(old, at + 1)).as("'" + old + "' occurs once in " + file).isNegative();
    return with(file, t.substring(0, at) + replacement + t.substring(at + old.length()));
  }

  /** Loads the rulebook; throws {@link RulebookException} when it does not load. */
  public Rulebook load() {
    return RulebookLoader.load(main, texts.get(main), name -> Optional.ofNullable(texts.get(name)), name -> name);
  }

  /** The problems of a rulebook that must not load (and does not: no Rulebook is returned). */
  public List<Problem> problems() {
    RulebookException e = catchThrowableOfType(RulebookException.class, this::load);
    assertThat(e).as("the rulebook must not load").isNotNull();
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.getMessage()).startsWith(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
    return e.problems();
  }

  /** Where the one occurrence of {@code needle} in {@code file} starts (1-based line and column). */
  public Location at(String file, String needle) {
    String t = text(file);
    int i = t.indexOf(needle);
    assertThat(i).as("'" + needle + "' in " + file).isNotNegative();
    assertThat(t.indexOf(needle, i + 1)).as("'" + needle + "' occurs once in " + file).isNegative();
    return locationOfIndex(file, t, i);
  }

  static Location locationOfIndex(String file, String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int k = 0; k < index; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return new Location(file, line, text.codePointCount(lineStart, index) + 1);
  }

  /** Shorthand for an expected problem. */
  public static Problem problem(Location at, String kind, String message) {
    return new Problem(at, kind, message);
  }
}
