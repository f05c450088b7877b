package se.rjl.patientfees.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.testkit.Failures.failureOf;
import static se.rjl.patientfees.testkit.Failures.minimal;
import static se.rjl.patientfees.testkit.Failures.original;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkingTest {

    @Test
    void intsBelowThousandShrinksTo1000() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.ints(0, 1_000_000)).cases(1000)
                .checkThat(x -> x < 1000));
        assertThat(minimal(e)).isEqualTo("1000");
        assertThat(Integer.parseInt(original(e))).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void fullRangeIntsShrinkTo1000() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))
                .cases(1000).checkThat(x -> x < 1000));
        assertThat(minimal(e)).isEqualTo("1000");
    }

    @Test
    void negativeCounterexampleShrinksTowardsZero() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE))
                .cases(1000).checkThat(x -> x > -1000));
        assertThat(minimal(e)).isEqualTo("-1000");
    }

    @Test
    void rangeAwayFromZeroShrinksTowardsNearestBound() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.ints(500, 5000)).cases(1000)
                .checkThat(x -> x % 7 != 3));
        assertThat(minimal(e)).isEqualTo("500"); // 500 % 7 == 3
    }

    @Test
    void listWithElementAboveTenShrinksToSingleEleven() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.listOf(Gen.ints(0, 100), 0, 50)).cases(1000)
                .checkThat(xs -> xs.stream().allMatch(x -> x <= 10)));
        assertThat(minimal(e)).isEqualTo("[11]");
    }

    @Test
    void listSumShrinksToShortList() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.listOf(Gen.ints(0, 400), 0, 100)).cases(1000)
                .checkThat(xs -> xs.stream().mapToInt(Integer::intValue).sum() < 1000));
        List<Integer> min = parseInts(minimal(e));
        assertThat(min.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        // the simplest failing list: as short as possible (3 elements of at most 400), then smallest first
        assertThat(min).containsExactly(200, 400, 400);
        assertThat(parseInts(original(e)).size()).isGreaterThanOrEqualTo(min.size());
    }

    @Test
    void shrinksThroughFlatMap() {
        // a size, then a list of exactly that size: fails if any element is >= 5
        Gen<List<Integer>> gen = Gen.ints(0, 20).flatMap(n -> Gen.listOf(Gen.ints(0, 9), n, n));
        AssertionError e = failureOf(() -> Property.forAll(gen).cases(1000)
                .checkThat(xs -> xs.stream().allMatch(x -> x < 5)));
        assertThat(minimal(e)).isEqualTo("[5]");
    }

    @Test
    void shrinksThroughFilterAndMap() {
        Gen<Integer> evens = Gen.ints(0, 100_000).filter(x -> x % 2 == 0).map(x -> x + 1);
        AssertionError e = failureOf(() -> Property.forAll(evens).cases(1000).checkThat(x -> x < 100));
        assertThat(minimal(e)).isEqualTo("101");
    }

    @Test
    void shrinksCombinedValuesIndependently() {
        Gen<String> gen = Gen.combine(Gen.oneOf("x", "y", "z"), Gen.ints(0, 1000), Gen.booleans(),
                (s, n, b) -> s + ":" + n + ":" + b);
        AssertionError e = failureOf(() -> Property.forAll(gen).cases(1000)
                .checkThat(s -> Integer.parseInt(s.split(":")[1]) <= 5));
        assertThat(minimal(e)).isEqualTo("\"x:6:false\"");
    }

    @Test
    void datesShrinkTowardsStartOfRange() {
        Gen<LocalDate> dates = Gen.localDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        AssertionError e = failureOf(() -> Property.forAll(dates).cases(1000)
                .checkThat(d -> d.isBefore(LocalDate.of(2026, 7, 1))));
        assertThat(minimal(e)).isEqualTo("2026-07-01");
    }

    @Test
    void choicesShrinkTowardsFirstAlternative() {
        Gen<Object> gen = Gen.frequency(Gen.weighted(1, Gen.constant("first")),
                Gen.weighted(50, Gen.ints(0, 1000)));
        AssertionError e = failureOf(() -> Property.forAll(gen).cases(1000).check(v -> {
            throw new IllegalStateException("always fails");
        }));
        assertThat(minimal(e)).isEqualTo("\"first\"");
    }

    @Test
    void shrinkingDoesNotSlipToADifferentFailure() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.ints(0, 10_000)).withSeed(42).cases(1000)
                .check(x -> {
                    if (x > 5000) {
                        throw new IllegalStateException("big " + x);
                    }
                    if (x > 100) {
                        throw new AssertionError("medium " + x);
                    }
                }));
        if (e.getCause() instanceof IllegalStateException) {
            assertThat(minimal(e)).isEqualTo("5001");
        } else {
            assertThat(minimal(e)).isEqualTo("101");
        }
    }

    @Test
    void shrinkLimitZeroReportsTheOriginalValue() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.ints(0, 1_000_000)).shrinkLimit(0)
                .checkThat(x -> x < 1000));
        assertThat(minimal(e)).isEqualTo(original(e));
        assertThat(e.getMessage()).contains("Shrunk in 0 steps (0 attempts)");
    }

    @Test
    void shrinkingIsBoundedByTheLimit() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.listOf(Gen.longs(0, Long.MAX_VALUE), 0, 100))
                .shrinkLimit(25).checkThat(xs -> xs.stream().mapToLong(Long::longValue).sum() < 1000));
        String steps = Failures.line(e, "Shrunk in");
        int attempts = Integer.parseInt(steps.substring(steps.indexOf('(') + 1, steps.indexOf(" attempts")));
        assertThat(attempts).isLessThanOrEqualTo(25);
    }

    @Test
    void reportNamesEverythingNeededToReproduce() {
        AssertionError e = failureOf(() -> Property.forAll(Gen.ints(0, 1_000_000)).named("fee below cap")
                .withSeed(1234).cases(1000).check(x -> {
                    if (x >= 1000) {
                        throw new IllegalArgumentException("fee " + x + " above cap");
                    }
                }));
        long seed = System.getProperty("pbt.seed") == null ? 1234 : Long.parseLong(System.getProperty("pbt.seed"));
        assertThat(e.getMessage())
                .contains("Property 'fee below cap' failed on case ")
                .contains("(seed " + seed + ")")
                .containsPattern("Shrunk in \\d+ steps")
                .contains("Original value: ")
                .contains("Minimal value:  1000")
                .contains("java.lang.IllegalArgumentException: fee 1000 above cap")
                .contains("Re-run with: -Dpbt.seed=" + seed);
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("fee 1000 above cap");
        int caseNumber = Integer.parseInt(Failures.line(e, "Property 'fee below cap' failed on case ").split(" ")[0]);
        assertThat(caseNumber).isBetween(1, 1000);
    }

    @Test
    void samePropertyFailsIdenticallyOnRerun() {
        Property<List<Integer>> p = Property.forAll(Gen.listOf(Gen.ints(-50, 50), 0, 20)).withSeed(7).cases(1000);
        AssertionError first = failureOf(() -> p.checkThat(xs -> xs.stream().mapToInt(Integer::intValue).sum() < 60));
        AssertionError second = failureOf(() -> p.checkThat(xs -> xs.stream().mapToInt(Integer::intValue).sum() < 60));
        assertThat(second.getMessage()).isEqualTo(first.getMessage());
    }

    private static List<Integer> parseInts(String list) {
        String inner = list.substring(1, list.length() - 1).trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(inner.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
