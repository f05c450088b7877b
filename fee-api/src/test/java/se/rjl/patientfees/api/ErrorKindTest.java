package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The error kinds are one closed, documented list: every kind the code can raise is an {@link ErrorKind} (pins E60). */
class ErrorKindTest {
  /** A kind given as a string literal where an error is raised (the engine keeps strings; the API maps them). */
  static final Pattern RAISED = Pattern.compile(
      "(?:new (?:InvalidInputException|FeeInputException)|errors\\.add|new Problem\\.FieldError)\\(\\s*[^;]*?,\\s*\"([a-z0-9]+(?:-[a-z0-9]+)*)\"\\s*,",
      Pattern.DOTALL);

  @Test
  void codesAreTheConstantNamesInKebabCase() {
    for (ErrorKind k : ErrorKind.values()) {
      assertThat(k.code()).isEqualTo(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      assertThat(ErrorKind.ofCode(k.code())).isSameAs(k);
    }
    assertThat(ErrorKind.ofCode("no-such-kind")).isNull();
  }

  @Test
  void everyKindRaisedInTheSourceIsInTheEnum() throws IOException {
    Path root = Path.of(System.getProperty("rulebooks.dir")).getParent();
    Set<String> raised = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/") && !p.toString().contains("/target/"))
          .forEach(files::add);
    }
    for (Path f : files) {
      Matcher m = RAISED.matcher(Files.readString(f));
      while (m.find()) {
        raised.add(m.group(1));
      }
    }
    assertThat(raised).as("kinds raised in the source").hasSizeGreaterThan(20);
    assertThat(raised).allSatisfy(code -> assertThat(ErrorKind.ofCode(code)).as("pins E60: ErrorKind for '%s'", code).isNotNull());
  }
}
