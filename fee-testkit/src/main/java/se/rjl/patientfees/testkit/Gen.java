package se.rjl.patientfees.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable generator of values of type {@code T}, with integrated shrinking.
 *
 * <p>A generator is a function of a {@link Choices} source: it builds its value from integers drawn
 * from that source. The runners record the draws and shrink a failing case by simplifying the
 * recording and generating again, so every generator, including those made with {@link #map},
 * {@link #flatMap} and {@link #filter}, shrinks without extra code. Integers shrink towards 0 (or the
 * bound nearest to it), booleans towards {@code false}, choices towards the first alternative, dates
 * towards the start of their range and lists towards shorter lists of simpler elements.
 *
 * <p>Generator functions must be deterministic functions of the draws (no clocks, no own
 * {@code Random}, no shared mutable state); a {@code Gen} may then be shared between threads.
 *
 * @param <T> the type of generated values
 */
public final class Gen<T> {

    /** Consecutive rejections after which {@link #filter(Predicate)} gives up. */
    public static final int DEFAULT_FILTER_TRIES = 100;

    private final Function<Choices, ? extends T> function;

    private Gen(Function<Choices, ? extends T> function) {
        this.function = function;
    }

    /**
     * A generator from a function of a {@link Choices} source, e.g.
     * {@code Gen.of(c -> new Visit(c.draw(dates), c.drawInt(0, 3)))}.
     */
    public static <T> Gen<T> of(Function<Choices, ? extends T> function) {
        return new Gen<>(Objects.requireNonNull(function, "function"));
    }

    /** Generates one value, drawing from {@code choices}. */
    T generate(Choices choices) {
        return function.apply(choices);
    }

    /**
     * The first {@code n} values this generator produces for {@code seed}: the same values, in the same
     * order, as the first {@code n} cases of a {@link Property} run with that seed.
     */
    public List<T> samples(long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        SplittableRandom master = new SplittableRandom(seed);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(generate(Choices.random(master.split())));
        }
        return Collections.unmodifiableList(out);
    }

    // ---------------------------------------------------------------- primitives

    /** Longs in {@code [min, max]}, shrinking towards the value nearest to 0. */
    public static Gen<Long> longs(long min, long max) {
        checkRange(min, max);
        return new Gen<>(c -> c.drawLong(min, max));
    }

    /** Ints in {@code [min, max]}, shrinking towards the value nearest to 0. */
    public static Gen<Integer> ints(int min, int max) {
        checkRange(min, max);
        return new Gen<>(c -> c.drawInt(min, max));
    }

    /** Fair booleans, shrinking towards {@code false}. */
    public static Gen<Boolean> booleans() {
        return new Gen<>(Choices::drawBoolean);
    }

    /** Always {@code value}; draws nothing. */
    public static <T> Gen<T> constant(T value) {
        return new Gen<>(c -> value);
    }

    /** One of {@code values}, uniformly; shrinks towards the first. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T v : values) {
            list.add(v);
        }
        return elements(list);
    }

    /** One of {@code values} (copied), uniformly; shrinks towards the first. */
    public static <T> Gen<T> elements(List<? extends T> values) {
        List<T> copy = Collections.unmodifiableList(new ArrayList<>(values));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        int last = copy.size() - 1;
        return new Gen<>(c -> copy.get((int) c.draw(0, last, r -> r.nextInt(last + 1))));
    }

    /** One of the constants of {@code enumType}, in declaration order; shrinks towards the first. */
    public static <E extends Enum<E>> Gen<E> enums(Class<E> enumType) {
        return elements(Arrays.asList(enumType.getEnumConstants()));
    }

    /** A value from one of {@code gens}, picked uniformly; shrinks towards the first generator. */
    @SafeVarargs
    public static <T> Gen<T> choose(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = new ArrayList<>(gens.length);
        for (Gen<? extends T> g : gens) {
            list.add(Objects.requireNonNull(g, "gen"));
        }
        List<Gen<? extends T>> copy = List.copyOf(list);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no generators to choose from");
        }
        int last = copy.size() - 1;
        return new Gen<>(c -> copy.get((int) c.draw(0, last, r -> r.nextInt(last + 1))).generate(c));
    }

    /**
     * A generator paired with a positive weight, for {@link #frequency(Weighted[])}.
     *
     * @param weight relative weight, at least 1
     * @param gen    the generator
     * @param <T>    the type of generated values
     */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {
        /** Validates the weight and generator. */
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be >= 1, got " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /** Shorthand for {@code new Weighted<>(weight, gen)}. */
    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A value from one of the generators, picked in proportion to the weights; shrinks towards the first. */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<? extends T>... gens) {
        List<Weighted<? extends T>> list = new ArrayList<>(gens.length);
        for (Weighted<? extends T> w : gens) {
            list.add(w);
        }
        return frequency(list);
    }

    /** A value from one of the generators, picked in proportion to the weights; shrinks towards the first. */
    public static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> gens) {
        List<Weighted<? extends T>> copy = List.copyOf(gens);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no generators to choose from");
        }
        long total = 0;
        for (Weighted<? extends T> w : copy) {
            total += w.weight();
        }
        long sum = total;
        int last = copy.size() - 1;
        return new Gen<>(c -> {
            int index = (int) c.draw(0, last, r -> {
                long x = r.nextLong(sum);
                int i = 0;
                while (x >= copy.get(i).weight()) {
                    x -= copy.get(i).weight();
                    i++;
                }
                return i;
            });
            return copy.get(index).gen().generate(c);
        });
    }

    // ---------------------------------------------------------------- combinators

    /** Applies {@code f} to each value; shrinks as this generator does. */
    public <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(c -> f.apply(generate(c)));
    }

    /** Generates a value, then a value of the generator {@code f} picks for it; both parts shrink. */
    public <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(c -> f.apply(generate(c)).generate(c));
    }

    /**
     * Only values satisfying {@code predicate}, retrying up to {@value #DEFAULT_FILTER_TRIES} times in a
     * row before failing with a {@link GenerationException}. Prefer generating valid values directly
     * when most values would be rejected.
     */
    public Gen<T> filter(Predicate<? super T> predicate) {
        return filter(predicate, DEFAULT_FILTER_TRIES);
    }

    /** Like {@link #filter(Predicate)}, giving up after {@code maxTries} rejections in a row. */
    public Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
        Objects.requireNonNull(predicate, "predicate");
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be >= 1, got " + maxTries);
        }
        return new Gen<>(c -> {
            T last = null;
            for (int i = 0; i < maxTries; i++) {
                last = generate(c);
                if (predicate.test(last)) {
                    return last;
                }
            }
            throw new GenerationException("Gen.filter: the predicate rejected " + maxTries
                    + " generated values in a row (last rejected: " + Show.show(last) + "). Generate valid"
                    + " values directly (map/flatMap) or loosen the predicate.");
        });
    }

    /**
     * Lists of {@code minSize} to {@code maxSize} elements from {@code element}; shrinks by dropping
     * elements and simplifying the rest. Sizes are mostly small (up to {@code minSize + 32}), with an
     * occasional size anywhere in the range. The lists are unmodifiable and may contain nulls.
     */
    public static <T> Gen<List<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("need 0 <= minSize <= maxSize, got " + minSize + ", " + maxSize);
        }
        return new Gen<>(c -> {
            int planned = c.isRandom() ? plannedSize(c.randomSource(), minSize, maxSize) : -1;
            List<T> out = new ArrayList<>();
            for (int i = 0; i < minSize; i++) {
                out.add(element.generate(c));
            }
            // Each further element is preceded by a "more" flag, so deleting a flag and its element
            // from the recording deletes the element from the list.
            while (out.size() < maxSize) {
                int next = out.size();
                if (c.draw(0, 1, r -> next < planned ? 1 : 0) == 0) {
                    break;
                }
                out.add(element.generate(c));
            }
            return Collections.unmodifiableList(out);
        });
    }

    private static int plannedSize(SplittableRandom r, int minSize, int maxSize) {
        long span = (long) maxSize - minSize;
        if (span == 0) {
            return minSize;
        }
        if (r.nextInt(8) == 0) {
            return (int) (minSize + r.nextLong(span + 1));
        }
        return (int) (minSize + r.nextLong(Math.min(span, 32) + 1));
    }

    /** Dates in {@code [from, to]}, shrinking towards {@code from}. */
    public static Gen<LocalDate> localDates(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return new Gen<>(c -> from.plusDays(c.drawLong(0, days)));
    }

    /** Combines values of two generators with {@code f}; each part shrinks. */
    public static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(c -> {
            A va = a.generate(c);
            B vb = b.generate(c);
            return f.apply(va, vb);
        });
    }

    /** Combines values of three generators with {@code f}; each part shrinks. */
    public static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c,
                                              Fn3<? super A, ? super B, ? super C, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(ch -> {
            A va = a.generate(ch);
            B vb = b.generate(ch);
            C vc = c.generate(ch);
            return f.apply(va, vb, vc);
        });
    }

    /** Combines values of four generators with {@code f}; each part shrinks. */
    public static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
                                                 Fn4<? super A, ? super B, ? super C, ? super D, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(ch -> {
            A va = a.generate(ch);
            B vb = b.generate(ch);
            C vc = c.generate(ch);
            D vd = d.generate(ch);
            return f.apply(va, vb, vc, vd);
        });
    }

    /** A function of three arguments, for {@link #combine(Gen, Gen, Gen, Fn3)}. */
    @FunctionalInterface
    public interface Fn3<A, B, C, R> {
        /** Applies the function. */
        R apply(A a, B b, C c);
    }

    /** A function of four arguments, for {@link #combine(Gen, Gen, Gen, Gen, Fn4)}. */
    @FunctionalInterface
    public interface Fn4<A, B, C, D, R> {
        /** Applies the function. */
        R apply(A a, B b, C c, D d);
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: min " + min + " > max " + max);
        }
    }
}
