package se.rjl.patientfees.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.rjl.patientfees.testkit.Failures.failureOf;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExhaustiveTest {

    private static final List<Integer> DIGITS = IntStream.range(0, 10).boxed().toList();

    @Test
    void checksEveryCombination() {
        AtomicInteger calls = new AtomicInteger();
        long n = Exhaustive.forAll(DIGITS, List.of("a", "b"), List.of(true, false), (d, s, b) -> calls.incrementAndGet());
        assertThat(n).isEqualTo(40);
        assertThat(calls.get()).isEqualTo(40);
        assertThat(Exhaustive.forAll(DIGITS, d -> assertThat(d).isBetween(0, 9))).isEqualTo(10);
    }

    @Test
    void collectsAllFailures() {
        AssertionError e = failureOf(() -> Exhaustive.named("digit pairs").check(DIGITS, DIGITS,
                (a, b) -> assertEquals(false, a + b == 9, "sum is nine")));
        assertThat(e.getMessage()).startsWith("Exhaustive 'digit pairs': 10 of 100 cases failed:");
        for (int a = 0; a <= 9; a++) {
            assertThat(e.getMessage()).contains("(" + a + ", " + (9 - a) + ") -> ");
        }
        assertThat(e.getMessage()).contains("sum is nine");
        assertThat(e.getCause()).isInstanceOf(AssertionError.class);
        assertThat(e.getSuppressed()).hasSize(9);
    }

    @Test
    void capsTheListedFailuresButCountsThemAll() {
        AssertionError e = failureOf(() -> Exhaustive.named("odd").maxReportedFailures(3).check(DIGITS,
                d -> {
                    if (d % 2 == 1) {
                        throw new IllegalStateException("odd " + d);
                    }
                }));
        assertThat(e.getMessage()).startsWith("Exhaustive 'odd': 5 of 10 cases failed (first 3 listed):");
        assertThat(e.getMessage().lines().count()).isEqualTo(4);
        assertThat(e.getMessage()).contains("1 -> java.lang.IllegalStateException: odd 1")
                .doesNotContain("odd 7");
    }

    @Test
    void skipsInputsRejectedByAssumptions() {
        long n = Exhaustive.forAll(DIGITS, d -> assumeTrue(d < 4));
        assertThat(n).isEqualTo(4);
    }
}
