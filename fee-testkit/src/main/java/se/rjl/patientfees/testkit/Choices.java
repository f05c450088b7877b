package se.rjl.patientfees.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

/**
 * The source of randomness a {@link Gen} draws from, for one generated value.
 *
 * <p>Every draw is an integer in a range and is recorded. A fresh source draws at random from a seeded
 * {@link SplittableRandom}; when shrinking, a source replays an edited recording instead (values that
 * are missing at the end replay as the simplest value of their range, out-of-range values are clamped).
 * Because every generator is built from these draws, simplifying the recording simplifies the value,
 * whatever {@code map}, {@code flatMap} or {@code filter} did with it.
 *
 * <p>The simplest value of a range is the value nearest to 0 in it; shrinking moves draws towards it.
 * A {@code Choices} belongs to a single generation on a single thread and is not thread-safe.
 */
public final class Choices {

    /** Upper bound on draws for one value, so that a runaway generator fails instead of hanging. */
    static final int MAX_DRAWS = 1_000_000;

    private final SplittableRandom random; // null when replaying
    private final long[] prefix;           // null when drawing at random
    private long[] values = new long[16];
    private long[] mins = new long[16];
    private long[] maxs = new long[16];
    private int size;

    private Choices(SplittableRandom random, long[] prefix) {
        this.random = random;
        this.prefix = prefix;
    }

    /** A source drawing at random from {@code random} (which it then owns). */
    static Choices random(SplittableRandom random) {
        return new Choices(Objects.requireNonNull(random), null);
    }

    /** A source replaying {@code prefix}, then the simplest value of each further draw. */
    static Choices replay(long[] prefix) {
        return new Choices(null, prefix.clone());
    }

    /**
     * Draws a long in {@code [min, max]}; shrinks towards the value nearest to 0. At random, values are
     * uniform, with extra weight on the bounds and on the simplest value and its neighbours.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public long drawLong(long min, long max) {
        return draw(min, max, r -> biased(r, min, max));
    }

    /**
     * Draws an int in {@code [min, max]}; see {@link #drawLong(long, long)}.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public int drawInt(int min, int max) {
        return (int) drawLong(min, max);
    }

    /** Draws a fair boolean; shrinks towards {@code false}. */
    public boolean drawBoolean() {
        return draw(0, 1, r -> r.nextInt(2)) == 1;
    }

    /**
     * Draws a boolean that is {@code true} with probability {@code probabilityOfTrue} at random;
     * shrinks towards {@code false}.
     */
    public boolean drawBoolean(double probabilityOfTrue) {
        if (!(probabilityOfTrue >= 0.0 && probabilityOfTrue <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + probabilityOfTrue);
        }
        return draw(0, 1, r -> r.nextDouble() < probabilityOfTrue ? 1 : 0) == 1;
    }

    /** Draws a value from {@code gen}, recording its draws in this source (for use in {@link Gen#of}). */
    public <T> T draw(Gen<T> gen) {
        return gen.generate(this);
    }

    /**
     * The primitive draw: at random, {@code strategy} picks the value (clamped into range); when
     * replaying, the recording does. Either way the value is recorded with its range.
     */
    long draw(long min, long max, ToLongFunction<SplittableRandom> strategy) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: min " + min + " > max " + max);
        }
        if (size >= MAX_DRAWS) {
            throw new GenerationException("a generator made more than " + MAX_DRAWS
                    + " draws for one value; is a recursive or filtered generator running away?");
        }
        long v;
        if (random != null) {
            v = strategy.applyAsLong(random);
        } else if (size < prefix.length) {
            v = prefix[size];
        } else {
            v = target(min, max);
        }
        v = Math.max(min, Math.min(max, v));
        record(v, min, max);
        return v;
    }

    /** True while drawing at random (generators may then pick sizes or weights freely). */
    boolean isRandom() {
        return random != null;
    }

    /** The random source, or null when replaying. */
    SplittableRandom randomSource() {
        return random;
    }

    /** The draws made so far. */
    Trace trace() {
        return new Trace(Arrays.copyOf(values, size), Arrays.copyOf(mins, size), Arrays.copyOf(maxs, size));
    }

    private void record(long v, long min, long max) {
        if (size == values.length) {
            int n = size * 2;
            values = Arrays.copyOf(values, n);
            mins = Arrays.copyOf(mins, n);
            maxs = Arrays.copyOf(maxs, n);
        }
        values[size] = v;
        mins[size] = min;
        maxs[size] = max;
        size++;
    }

    /** The simplest value of {@code [min, max]}: the one nearest to 0. */
    static long target(long min, long max) {
        return Math.max(min, Math.min(max, 0L));
    }

    static long uniform(SplittableRandom r, long min, long max) {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            return r.nextLong();
        }
        if (max == Long.MAX_VALUE) {
            return r.nextLong(min - 1, max) + 1;
        }
        return r.nextLong(min, max + 1);
    }

    private static long biased(SplittableRandom r, long min, long max) {
        long t = target(min, max);
        switch (r.nextInt(24)) {
            case 0: return min;
            case 1: return max;
            case 2: return t;
            case 3: return t == max ? t : t + 1;
            case 4: return t == min ? t : t - 1;
            default: return uniform(r, min, max);
        }
    }

    /**
     * An immutable recording of draws: values with the range each was drawn from.
     * Ordered "shortlex": shorter is simpler, then position by position the value nearer its target.
     */
    static final class Trace {
        private final long[] values;
        private final long[] mins;
        private final long[] maxs;

        Trace(long[] values, long[] mins, long[] maxs) {
            this.values = values;
            this.mins = mins;
            this.maxs = maxs;
        }

        int size() {
            return values.length;
        }

        long value(int i) {
            return values[i];
        }

        long min(int i) {
            return mins[i];
        }

        long max(int i) {
            return maxs[i];
        }

        long target(int i) {
            return Choices.target(mins[i], maxs[i]);
        }

        /** Unsigned distance of draw {@code i} from its target. */
        long distance(int i) {
            return distance(values[i], target(i));
        }

        long[] values() {
            return values.clone();
        }

        /** Unsigned distance between {@code v} and {@code t} (never overflows for a draw and its target). */
        static long distance(long v, long t) {
            return v >= t ? v - t : t - v;
        }

        /** Negative if {@code a} is simpler than {@code b}. */
        static int compare(Trace a, Trace b) {
            if (a.size() != b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            for (int i = 0; i < a.size(); i++) {
                int c = Long.compareUnsigned(a.distance(i), b.distance(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}
