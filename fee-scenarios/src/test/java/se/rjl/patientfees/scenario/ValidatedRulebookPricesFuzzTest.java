package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.RulebookException;
import se.rjl.patientfees.testkit.Property;

/**
 * A rulebook that validates, prices (issue 16 part 4): seeded edits of the real 2026 rulebook
 * ({@link RulebookMutations}); every edited book the loader accepts runs every scenario case, and
 * each case ends as passed, as a typed input error, or as an expectation that differs — never as an
 * internal exception. A book the loader refuses is counted and skipped (its problems are the loader
 * fuzz's business, fee-rules' RulebookFuzzTest).
 *
 * <p>{@link #CASES} cases with the fixed seed {@link #SEED}; {@code -Dpbt.cases=N} runs N, {@code
 * -Dpbt.seed=S} replays a reported failure (the harness prints the seed and the shrunk edits).
 */
class ValidatedRulebookPricesFuzzTest {
  static final long SEED = 0x2026_1604L;
  static final int CASES = 60;

  static RulebookMutations.Files real;
  static List<String> ageBands;
  static List<ScenarioCase> scenarios;

  static final AtomicLong loaded = new AtomicLong();
  static final AtomicLong refused = new AtomicLong();
  static final AtomicLong casesRun = new AtomicLong();
  static final AtomicLong casesFailed = new AtomicLong();
  static final Map<String, Long> refusedBy = new java.util.concurrent.ConcurrentSkipListMap<>();

  @BeforeAll
  static void read() throws IOException {
    Path dir = Path.of(System.getProperty("rulebooks.dir", "../rulebooks"));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("2026.yaml", Files.readString(dir.resolve("2026.yaml"), StandardCharsets.UTF_8));
    try (Stream<Path> parts = Files.list(dir.resolve("2026"))) {
      for (Path p : parts.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        texts.put("2026/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    real = new RulebookMutations.Files("2026.yaml", texts);
    Rulebook book = real.load();
    ageBands = book.ageBands().keySet().stream().sorted().toList();
    scenarios = new ArrayList<>();
    for (Path f : ScenarioReader.files(List.of(Path.of(System.getProperty("scenarios.dir", "../scenarios"))))) {
      scenarios.addAll(ScenarioReader.read(f));
    }
    assertThat(scenarios).isNotEmpty();
  }

  static void check(List<RulebookMutations.Mutation> mutations) {
    RulebookMutations.Files files = real;
    for (RulebookMutations.Mutation m : mutations) {
      files = RulebookMutations.apply(files, m, ageBands);
    }
    Rulebook book;
    try {
      book = files.load();
    } catch (RulebookException e) {
      refused.incrementAndGet();
      refusedBy.merge(e.problems().get(0).kind(), 1L, Long::sum);
      return;
    }
    loaded.incrementAndGet();
    RulebookSet set = RulebookSet.of(book);
    ScenarioRunner runner = new ScenarioRunner(set);
    for (ScenarioCase c : scenarios) {
      ScenarioRunner.Outcome o;
      try {
        o = runner.run(c); // typed input errors and differing expectations come back as failures
      } catch (RuntimeException e) {
        throw new AssertionError("internal error pricing " + c.location() + " " + c.name() + " with a book the loader accepts: " + e, e);
      }
      casesRun.incrementAndGet();
      if (!o.passed()) {
        casesFailed.incrementAndGet();
      }
    }
  }

  @Test
  void everyRulebookTheLoaderAcceptsPricesEveryScenarioWithoutAnInternalError() {
    long start = System.nanoTime();
    Property.Summary s = Property.forAll(RulebookMutations.MUTATIONS).named("ValidatedRulebookPricesFuzzTest")
        .withSeed(SEED).cases(CASES).shrinkLimit(200).check(ValidatedRulebookPricesFuzzTest::check);
    System.out.printf("validated-book fuzz: seed %d, %d cases: %d loaded, %d refused, 0 internal errors;"
            + " %d scenario cases run on loaded books (%d of them refused with a typed input error or priced otherwise, as expected of a mutated book) in %d s%n",
        s.seed(), s.cases(), loaded.get(), refused.get(), casesRun.get(), casesFailed.get(),
        (System.nanoTime() - start) / 1_000_000_000);
    System.out.println("validated-book fuzz: refused by first problem kind: " + refusedBy);
    assertThat(loaded.get()).as("edited books the loader accepts").isPositive();
  }
}
