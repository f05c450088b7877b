package se.rjl.patientfees.dental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.RulebookException;

/** Runs every case in scenarios-dental/ against rulebooks/dental-2024.yaml. */
class DentalScenariosTest {
  /** The dental part of the seed: the decision trail and the price list. */
  private static final int FIRST_LINE = 6060;
  private static final int LAST_LINE = 7154;

  private final DentalPricer pricer = new DentalPricer(DentalFixtures.list());

  static List<DentalScenario> all() throws IOException {
    List<DentalScenario> out = new ArrayList<>();
    for (Path f : DentalScenarios.files(DentalFixtures.scenariosDir())) {
      out.addAll(DentalScenarios.read(f));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    return all().stream().map(s -> DynamicTest.dynamicTest(s.location() + " " + s.name(), () -> {
      Optional<String> failure = s.check(pricer);
      assertThat(failure).as(s.location().toString()).isEmpty();
    }));
  }

  @Test
  void atLeastFortyCasesInEveryFileCitingTheDentalLines() throws IOException {
    List<DentalScenario> cases = all();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    for (DentalScenario s : cases) {
      assertThat(s.sources()).as(s.name()).isNotEmpty();
      for (Source src : s.sources()) {
        assertThat(src.fromLine()).as(s.name()).isBetween(FIRST_LINE, LAST_LINE);
        assertThat(src.toLine()).as(s.name()).isBetween(FIRST_LINE, LAST_LINE);
      }
    }
  }

  /** A case cites the row charged, and one of its cited ranges ends with the row's price (and reference price). */
  @Test
  void everyExpectedPriceIsPrintedOnTheCitedLines() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (DentalScenario s : all()) {
      if (s.expect().expectsError()) {
        continue;
      }
      DentalPrice price = pricer.price(s.request());
      long unitKr = price.unitPriceOre() / 100;
      Long refKr = price.referencePriceOre() == null ? null : price.referencePriceOre() / 100;
      boolean printed = s.sources().stream().anyMatch(src -> DentalFixtures.lineEndsWithPrices(src.toLine(), unitKr, refKr));
      Source row = price.source();
      boolean coversRow = s.sources().stream().anyMatch(src -> src.fromLine() <= row.toLine() && src.toLine() >= row.fromLine());
      if (!printed || !coversRow) {
        wrong.add(s.location() + " " + s.name() + ": printed=" + printed + ", covers row " + row.cite() + "=" + coversRow);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Every decision a case names has a record, and every record E20–E2x is pinned by a case in
   * scenarios-dental/; the cases themselves are run and checked by the scenario tests.
   */
  @Test
  void decisionsArePinned() throws IOException {
    Set<String> named = new TreeSet<>();
    all().forEach(s -> named.addAll(s.decisions()));
    Set<String> records = new TreeSet<>();
    try (Stream<Path> files = Files.list(DentalFixtures.decisionsDir())) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.matches("E2\\d-.*\\.md"))
          .forEach(n -> records.add(n.substring(0, 3)));
    }
    assertThat(records).containsAll(named);
    assertThat(named).as("pins E20, E21, E22, E23, E24, E25, E26, E27: each dental record is named by a dental case")
        .containsAll(records);
  }

  @Test
  void scenarioFilesAreReadStrictly() {
    String ok = """
        priceList: ftv-2024
        cases:
          - name: x
            source: L6286
            request: {kind: treatment, area: general, code: "101", date: 2024-03-12}
            expect: {amount: 1095}
        """;
    assertThat(DentalScenarios.read("t.yaml", ok)).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DentalScenarios.read("t.yaml", ok.replace("amount:", "amout:")))
        .isInstanceOf(RulebookException.class).hasMessageContaining("did you mean 'amount'?");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DentalScenarios.read("t.yaml", ok.replace("    source: L6286\n", "")))
        .isInstanceOf(RulebookException.class).hasMessageContaining("needs the key 'source'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DentalScenarios.read("t.yaml", ok.replace("kind: treatment", "kind: treatmnt")))
        .isInstanceOf(RulebookException.class).hasMessageContaining("did you mean 'treatment'?");
    // a case that expects the wrong amount fails with what differs
    DentalScenario wrong = DentalScenarios.read("t.yaml", ok.replace("amount: 1095", "amount: 1096")).get(0);
    assertThat(wrong.check(pricer)).hasValueSatisfying(m -> assertThat(m).contains("amount: expected 1\u00a0096 kr, got 1\u00a0095 kr"));
  }
}
