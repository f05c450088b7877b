package se.rjl.patientfees.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenTest {

    @Test
    void intsAndLongsStayInRangeAndHitTheBounds() {
        List<Integer> xs = Gen.ints(-3, 7).samples(1, 2000);
        assertThat(xs).allMatch(x -> x >= -3 && x <= 7).contains(-3, 0, 7);
        List<Long> big = Gen.longs(Long.MAX_VALUE - 2, Long.MAX_VALUE).samples(2, 200);
        assertThat(big).allMatch(x -> x >= Long.MAX_VALUE - 2).contains(Long.MAX_VALUE);
        List<Long> all = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).samples(3, 2000);
        assertThat(all).contains(Long.MIN_VALUE, Long.MAX_VALUE, 0L);
        assertThat(all.stream().filter(x -> x > 0).count()).isBetween(700L, 1300L);
        assertThat(Gen.ints(5, 5).samples(4, 10)).containsOnly(5);
        assertThrows(IllegalArgumentException.class, () -> Gen.ints(2, 1));
    }

    @Test
    void elementsAreUniformAndCoverEveryValue() {
        Map<String, Long> counts = Gen.oneOf("a", "b", "c", "d").samples(5, 4000).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).containsOnlyKeys("a", "b", "c", "d");
        assertThat(counts.values()).allMatch(n -> n > 850 && n < 1150);
        assertThat(Gen.enums(Month.class).samples(6, 500)).containsAll(List.of(Month.values()));
        assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
    }

    @Test
    void frequencyFollowsTheWeights() {
        List<String> xs = Gen.frequency(Gen.weighted(1, Gen.constant("rare")), Gen.weighted(9, Gen.constant("common")))
                .samples(7, 10_000);
        long rare = xs.stream().filter("rare"::equals).count();
        assertThat(rare).isBetween(850L, 1150L);
        assertThrows(IllegalArgumentException.class, () -> Gen.weighted(0, Gen.constant(1)));
    }

    @Test
    void chooseUsesEveryGenerator() {
        List<Object> xs = Gen.<Object>choose(Gen.constant("s"), Gen.ints(10, 20), Gen.booleans()).samples(8, 300);
        assertThat(xs).anyMatch(String.class::isInstance).anyMatch(Integer.class::isInstance)
                .anyMatch(Boolean.class::isInstance);
    }

    @Test
    void listsRespectTheirSizeBounds() {
        List<List<Integer>> ls = Gen.listOf(Gen.ints(0, 9), 2, 40).samples(9, 3000);
        assertThat(ls).allMatch(l -> l.size() >= 2 && l.size() <= 40);
        assertThat(ls).anyMatch(l -> l.size() == 2).anyMatch(l -> l.size() > 34);
        assertThat(Gen.listOf(Gen.ints(0, 9), 3, 3).samples(10, 50)).allMatch(l -> l.size() == 3);
        assertThat(Gen.listOf(Gen.ints(0, 9), 0, 0).samples(10, 5)).allMatch(List::isEmpty);
        List<Integer> one = ls.get(0);
        assertThrows(UnsupportedOperationException.class, () -> one.add(1));
        assertThrows(IllegalArgumentException.class, () -> Gen.listOf(Gen.ints(0, 1), 3, 2));
    }

    @Test
    void datesStayInRangeIncludingBothEnds() {
        LocalDate from = LocalDate.of(2026, 2, 27);
        LocalDate to = LocalDate.of(2026, 3, 2);
        List<LocalDate> ds = Gen.localDates(from, to).samples(11, 500);
        assertThat(ds).allMatch(d -> !d.isBefore(from) && !d.isAfter(to)).contains(from, to);
        assertThrows(IllegalArgumentException.class, () -> Gen.localDates(to, from));
    }

    @Test
    void ofDrawsThroughChoices() {
        Gen<int[]> pair = Gen.of(c -> new int[] {c.drawInt(0, 3), c.draw(Gen.ints(10, 13))});
        assertThat(pair.samples(12, 200)).allMatch(p -> p[0] >= 0 && p[0] <= 3 && p[1] >= 10 && p[1] <= 13);
        Gen<Boolean> mostlyTrue = Gen.of(c -> c.drawBoolean(0.9));
        assertThat(mostlyTrue.samples(13, 1000).stream().filter(b -> b).count()).isBetween(850L, 950L);
    }

    @Test
    void combineFourGenerators() {
        Gen<String> g = Gen.combine(Gen.constant("a"), Gen.ints(1, 1), Gen.constant('c'), Gen.booleans(),
                (a, b, c, d) -> a + b + c + d);
        assertThat(g.samples(14, 50)).allMatch(s -> s.equals("a1ctrue") || s.equals("a1cfalse"));
    }

    @Test
    void replayClampsAndFillsWithSimplestValues() {
        Choices c = Choices.replay(new long[] {50, -3});
        assertThat(c.drawInt(0, 10)).isEqualTo(10);   // clamped
        assertThat(c.drawInt(-5, 5)).isEqualTo(-3);   // as recorded
        assertThat(c.drawInt(3, 9)).isEqualTo(3);     // past the end: simplest value
        assertThat(c.drawLong(-9, -2)).isEqualTo(-2);
        assertThat(c.drawBoolean()).isFalse();
        assertThat(c.trace().size()).isEqualTo(5);
    }
}
