package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled index lists every rulebook main file in rulebooks/ (a *.yaml file with a top-level
 * {@code rulebook:} key; price lists such as dental-2024.yaml are another format), and each loads.
 */
class BundledRulebooksTest {
  @Test
  void indexListsEveryRulebookMainFile() throws IOException {
    List<String> onDisk;
    try (Stream<Path> s = Files.list(Fixtures.RULEBOOKS)) {
      onDisk = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).filter(BundledRulebooksTest::isRulebookMainFile)
          .map(p -> "rulebooks/" + p.getFileName()).sorted().toList();
    }
    assertThat(onDisk).contains("rulebooks/2026.yaml");
    assertThat(PatientFees.bundledRulebookResources())
        .as("add new rulebooks/*.yaml main files to src/main/resources/" + PatientFees.BUNDLED_INDEX)
        .containsExactlyInAnyOrderElementsOf(onDisk);
  }

  static boolean isRulebookMainFile(Path p) {
    try (Stream<String> lines = Files.lines(p)) {
      return lines.anyMatch(l -> l.startsWith("rulebook:"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void priceListIndexListsEveryPriceListAndEachLoads() throws IOException {
    List<String> onDisk;
    try (Stream<Path> s = Files.list(Fixtures.RULEBOOKS)) {
      onDisk = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).filter(p -> startsALine(p, "priceList:"))
          .map(p -> "rulebooks/" + p.getFileName()).sorted().toList();
    }
    assertThat(onDisk).contains("rulebooks/dental-2024.yaml");
    List<String> listed;
    try (var in = getClass().getClassLoader().getResourceAsStream("se/rjl/patientfees/api/bundled-price-lists.txt")) {
      listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
    assertThat(listed).as("add new rulebooks/*.yaml price lists to src/main/resources/se/rjl/patientfees/api/bundled-price-lists.txt")
        .containsExactlyInAnyOrderElementsOf(onDisk);
    for (String resource : listed) {
      try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource + " on the class path").isNotNull();
        se.rjl.patientfees.dental.pricelist.PriceListLoader.read(resource, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  static boolean startsALine(Path p, String prefix) {
    try (Stream<String> lines = Files.lines(p)) {
      return lines.anyMatch(l -> l.startsWith(prefix));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void bundledLoadsEveryListedRulebookOnce() {
    assertThat(PatientFees.bundled()).isSameAs(PatientFees.bundled());
    assertThat(PatientFees.bundled().rulebooks()).hasSize(PatientFees.bundledRulebookResources().size());
  }
}
