package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an embedder's legal and build people look for (issue 13): the licence (pins E63), a
 * changelog entry for the version built, module names for the library's jars, and a word on
 * thread-safety on every public type of the API.
 */
class ReleaseHygieneTest {
  static final Path ROOT = Path.of(System.getProperty("rulebooks.dir")).getParent();

  @Test
  void theLicenceIsApache2AndThePomSaysSo() throws Exception {
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).as("pins E63: Apache-2.0 licence text").contains("Apache License", "Version 2.0, January 2004");
    assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<name>Apache-2.0</name>");
  }

  @Test
  void theChangelogHasAnEntryForTheVersionBuilt() throws Exception {
    Matcher v = Pattern.compile("<artifactId>patientfees-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(v.find()).isTrue();
    String version = v.group(1);
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(Files.readString(ROOT.resolve("CHANGELOG.md"))).contains("## " + version.replace("-SNAPSHOT", ""));
  }

  @Test
  void theLibraryJarsHaveModuleNames() throws Exception {
    for (String[] m : new String[][] {{"fee-rules", "se.rjl.patientfees.rules"}, {"fee-engine", "se.rjl.patientfees.engine"},
        {"fee-api", "se.rjl.patientfees.api"}}) {
      assertThat(Files.readString(ROOT.resolve(m[0]).resolve("pom.xml")))
          .contains("<Automatic-Module-Name>" + m[1] + "</Automatic-Module-Name>");
    }
  }

  @Test
  void everyPublicTypeOfTheApiStatesItsThreadSafety() throws Exception {
    Pattern publicType = Pattern.compile("^public (?:final |abstract |sealed )*(?:class|record|enum|interface) ", Pattern.MULTILINE);
    Pattern stated = Pattern.compile("thread-safe|stateless", Pattern.CASE_INSENSITIVE);
    List<String> silent;
    int types;
    try (Stream<Path> files = Files.walk(ROOT.resolve("fee-api/src/main/java"))) {
      List<Path> sources = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList();
      List<Path> publicTypes = sources.stream().filter(f -> publicType.matcher(read(f)).find()).toList();
      types = publicTypes.size();
      silent = publicTypes.stream().filter(f -> !stated.matcher(read(f)).find()).map(f -> f.getFileName().toString()).toList();
    }
    assertThat(types).isGreaterThan(50);
    assertThat(silent).as("public API types whose javadoc does not say whether they are thread-safe").isEmpty();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
