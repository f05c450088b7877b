package se.rjl.patientfees.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PropertyRunnerTest {

    /** The case count a run asks for, unless -Dpbt.cases overrides it for the whole build. */
    private static int expectedCases(int requested) {
        String s = System.getProperty("pbt.cases");
        return s == null ? requested : Integer.parseInt(s.trim());
    }

    private static final Gen<List<Object>> MIXED = Gen.combine(
            Gen.listOf(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 0, 10),
            Gen.localDates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
            Gen.frequency(Gen.weighted(3, Gen.constant("a")), Gen.weighted(1, Gen.booleans())),
            Gen.ints(-5, 5).flatMap(n -> Gen.listOf(Gen.oneOf('x', 'y'), 0, Math.abs(n))),
            List::of);

    @Test
    void sameSeedGivesSameValues() {
        assertThat(MIXED.samples(99, 200)).isEqualTo(MIXED.samples(99, 200));
        assertThat(MIXED.samples(99, 200)).isNotEqualTo(MIXED.samples(100, 200));
    }

    @Test
    void propertySeesTheSampleSequenceOfItsSeed() {
        assumeTrue(System.getProperty("pbt.seed") == null, "-Dpbt.seed overrides withSeed");
        List<List<Object>> seen = Collections.synchronizedList(new ArrayList<>());
        Property.Summary summary = Property.forAll(MIXED).withSeed(-5).cases(300).check(seen::add);
        assertThat(summary.seed()).isEqualTo(-5);
        assertThat(seen).isEqualTo(MIXED.samples(-5, expectedCases(300)));
    }

    @Test
    void passingPropertyRunsExactlyTheRequestedCases() {
        AtomicInteger calls = new AtomicInteger();
        Property.Summary summary = Property.forAll(Gen.ints(0, 10)).named("counting").cases(250)
                .check(x -> calls.incrementAndGet());
        assertThat(calls.get()).isEqualTo(expectedCases(250));
        assertThat(summary.cases()).isEqualTo(expectedCases(250));
        assertThat(summary.discarded()).isZero();
        assertThat(summary.name()).isEqualTo("counting");
        assertThat(summary.line()).isEqualTo("property counting: " + expectedCases(250)
                + " cases passed (seed " + summary.seed() + ")");
    }

    @Test
    void defaultCaseCountIsOneHundred() {
        AtomicInteger calls = new AtomicInteger();
        Property.forAll(Gen.booleans()).check(b -> calls.incrementAndGet());
        assertThat(calls.get()).isEqualTo(expectedCases(100));
    }

    @Test
    void defaultSeedIsFixedAndDerivedFromTheName() {
        assumeTrue(System.getProperty("pbt.seed") == null, "-Dpbt.seed overrides the default seed");
        Property.Summary a = Property.forAll(Gen.ints(0, 5)).named("fixed").check(x -> { });
        Property.Summary b = Property.forAll(Gen.ints(0, 5)).named("fixed").check(x -> { });
        Property.Summary c = Property.forAll(Gen.ints(0, 5)).named("other").check(x -> { });
        assertThat(a.seed()).isEqualTo(b.seed()).isEqualTo(Settings.seedFor("fixed"));
        assertThat(c.seed()).isNotEqualTo(a.seed());
        // the FNV-1a/SplitMix64 derivation is part of the contract: seeds must not change between releases
        assertThat(Settings.seedFor("fixed")).isEqualTo(Settings.seedFor(new String("fixed")));
    }

    @Test
    void defaultNameIsTheCallingTest() {
        assertThat(Property.forAll(Gen.booleans()).name()).isEqualTo("PropertyRunnerTest.defaultNameIsTheCallingTest");
        Runnable inLambda = () -> assertThat(Property.forAll(Gen.booleans()).name())
                .isEqualTo("PropertyRunnerTest.defaultNameIsTheCallingTest");
        inLambda.run();
    }

    @Test
    void seedSystemPropertyOverridesAndBadValuesAreRejected() {
        String old = System.getProperty("pbt.seed");
        try {
            System.setProperty("pbt.seed", "777");
            assertThat(Property.forAll(Gen.booleans()).withSeed(1).cases(3).check(b -> { }).seed()).isEqualTo(777);
            System.setProperty("pbt.seed", "not-a-number");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Property.forAll(Gen.booleans()).check(b -> { }));
            assertThat(e).hasMessageContaining("pbt.seed");
        } finally {
            if (old == null) {
                System.clearProperty("pbt.seed");
            } else {
                System.setProperty("pbt.seed", old);
            }
        }
    }

    @Test
    void failedAssumptionsDiscardCasesWithoutCountingThem() {
        AtomicInteger passed = new AtomicInteger();
        Property.Summary s = Property.forAll(Gen.ints(0, 1000)).cases(200).check(x -> {
            assumeTrue(x % 2 == 0);
            passed.incrementAndGet();
        });
        assertThat(passed.get()).isEqualTo(expectedCases(200));
        assertThat(s.cases()).isEqualTo(expectedCases(200));
        assertThat(s.discarded()).isPositive();
    }

    @Test
    void impossibleAssumptionsGiveUpClearly() {
        GenerationException e = assertThrows(GenerationException.class,
                () -> Property.forAll(Gen.ints(0, 10)).named("never").cases(10).check(x -> assumeTrue(false)));
        assertThat(e).hasMessageContaining("'never' gave up").hasMessageContaining("discarded");
    }

    @Test
    void filterExhaustionGivesAClearError() {
        Gen<Integer> impossible = Gen.ints(0, 1000).filter(x -> x > 5000);
        GenerationException e = assertThrows(GenerationException.class,
                () -> Property.forAll(impossible).named("impossible filter").withSeed(3).check(x -> { }));
        assertThat(e.getMessage())
                .contains("Property 'impossible filter' could not generate case 1")
                .contains("Gen.filter: the predicate rejected 100 generated values in a row")
                .contains("Re-run with: -Dpbt.seed=");
        assertThat(e.getCause()).isInstanceOf(GenerationException.class);

        GenerationException direct = assertThrows(GenerationException.class,
                () -> Gen.ints(0, 3).filter(x -> x > 3, 7).samples(1, 1));
        assertThat(direct).hasMessageContaining("rejected 7 generated values");
    }

    @Test
    void runnersAreThreadSafe() throws Exception {
        Property<List<Object>> p = Property.forAll(MIXED).named("threads").withSeed(11).cases(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    List<List<Object>> seen = new ArrayList<>();
                    try {
                        p.check(v -> {
                            seen.add(v);
                            if (seen.size() == 150) {
                                throw new AssertionError("stop");
                            }
                        });
                    } catch (AssertionError e) {
                        return e.getMessage() + seen.subList(0, 150);
                    }
                    return "passed";
                }));
            }
            String first = results.get(0).get();
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
