package se.rjl.patientfees.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.opentest4j.TestAbortedException;
import se.rjl.patientfees.testkit.Choices.Trace;

/**
 * Runs a body over generated cases and shrinks the first failure. One {@code Engine} per run; all run
 * state is local to {@link #run}, so the runners that use it are thread-safe.
 *
 * @param <T> the type of generated values
 */
final class Engine<T> {

    private final Gen<T> gen;
    private final Consumer<? super T> body;

    Engine(Gen<T> gen, Consumer<? super T> body) {
        this.gen = gen;
        this.body = body;
    }

    /** A generated value, the draws it came from and how the body failed on it. */
    record Attempt<T>(Trace trace, T value, Throwable failure) {
    }

    /** The first failure, with the simplest failing case shrinking found. */
    record Failure<T>(int caseNumber, Attempt<T> original, Attempt<T> minimal, int shrinkSteps,
                      int shrinkAttempts) {
    }

    /** The result of a run: counts, and the failure if there was one. */
    record Outcome<T>(int passed, int discarded, Failure<T> failure) {
    }

    /**
     * Generates cases from {@code seed} until {@code cases} have passed or one fails; shrinks a failure
     * with at most {@code shrinkLimit} attempts.
     *
     * @throws GenerationException if a generator fails or too many cases are discarded
     */
    Outcome<T> run(String name, long seed, int cases, int shrinkLimit) {
        SplittableRandom master = new SplittableRandom(seed);
        long maxDiscards = Math.max(100L, 10L * cases);
        int passed = 0;
        int discarded = 0;
        int generated = 0;
        while (passed < cases) {
            Choices choices = Choices.random(master.split());
            generated++;
            T value;
            try {
                value = gen.generate(choices);
            } catch (RuntimeException e) {
                throw new GenerationException("Property '" + name + "' could not generate case " + generated
                        + " (seed " + seed + "): " + Show.failure(e) + "\nRe-run with: -D"
                        + Settings.SEED_PROPERTY + "=" + seed, e);
            }
            Throwable t = runCase(value);
            if (t == null) {
                passed++;
            } else if (t instanceof TestAbortedException) {
                discarded++;
                if (discarded > maxDiscards) {
                    throw new GenerationException("Property '" + name + "' gave up: " + discarded
                            + " cases discarded by assumptions, only " + passed + " passed (seed " + seed
                            + "). Generate valid cases directly instead of assuming.");
                }
            } else {
                Attempt<T> original = new Attempt<>(choices.trace(), value, t);
                Shrinker shrinker = new Shrinker(original, shrinkLimit);
                shrinker.shrink();
                return new Outcome<>(passed, discarded,
                        new Failure<>(generated, original, shrinker.best, shrinker.steps, shrinker.attempts));
            }
        }
        return new Outcome<>(passed, discarded, null);
    }

    /** Runs the body: null if it passed, else what it threw. */
    private Throwable runCase(T value) {
        try {
            body.accept(value);
            return null;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable t) {
            return t;
        }
    }

    /**
     * What counts as "the same failure" while shrinking: the exception class (for a stateful step
     * failure, the class of the step's exception). Shrinking keeps only candidates failing the same way,
     * so it does not slip from one bug to another.
     */
    static Class<?> kind(Throwable t) {
        if (t instanceof StatefulProperty.StepFailure && t.getCause() != null) {
            return t.getCause().getClass();
        }
        return t.getClass();
    }

    /** Replays {@code prefix}; the attempt if it still fails the same way, else null. */
    private Attempt<T> evaluate(long[] prefix, Class<?> kind) {
        Choices choices = Choices.replay(prefix);
        T value;
        try {
            value = gen.generate(choices);
        } catch (RuntimeException e) {
            return null; // not a valid case
        }
        Throwable t = runCase(value);
        if (t == null || t instanceof TestAbortedException || kind(t) != kind) {
            return null;
        }
        return new Attempt<>(choices.trace(), value, t);
    }

    /**
     * Integrated shrinking: edits the recorded draws and keeps any edit whose replay still fails the same
     * way and is simpler (shorter, then position by position nearer the targets). Each kept edit is a
     * step; each replay an attempt. Passes repeat until a round keeps nothing or the budget is spent.
     */
    private final class Shrinker {
        private final int limit;
        private final Class<?> kind;
        private final Set<Key> tried = new HashSet<>();
        private Attempt<T> best;
        private int attempts;
        private int steps;

        Shrinker(Attempt<T> original, int limit) {
            this.best = original;
            this.limit = limit;
            this.kind = kind(original.failure());
        }

        void shrink() {
            while (budgetLeft()) {
                int before = steps;
                deleteSpans();
                deleteChunks();
                zeroChunks();
                minimizeEach();
                minimizeDuplicates();
                redistribute();
                sortGroups();
                if (steps == before) {
                    return;
                }
            }
        }

        private boolean budgetLeft() {
            return attempts < limit;
        }

        private Trace trace() {
            return best.trace();
        }

        /** Tries a candidate recording; keeps it if it still fails and is simpler. */
        private boolean consider(long[] candidate) {
            if (!budgetLeft() || !plausiblySimpler(candidate) || !tried.add(new Key(candidate))) {
                return false;
            }
            attempts++;
            Attempt<T> a = evaluate(candidate, kind);
            if (a != null && Trace.compare(a.trace(), trace()) < 0) {
                best = a;
                steps++;
                return true;
            }
            return false;
        }

        /** Cheap pre-check so we do not spend attempts on candidates that cannot be simpler. */
        private boolean plausiblySimpler(long[] candidate) {
            Trace b = trace();
            if (candidate.length != b.size()) {
                return candidate.length < b.size();
            }
            for (int i = 0; i < candidate.length; i++) {
                int c = Long.compareUnsigned(Trace.distance(candidate[i], b.target(i)), b.distance(i));
                if (c != 0) {
                    return c < 0;
                }
            }
            return false;
        }

        private long[] without(Trace b, int from, int count) {
            long[] v = b.values();
            long[] cand = new long[v.length - count];
            System.arraycopy(v, 0, cand, 0, from);
            System.arraycopy(v, from + count, cand, from, v.length - from - count);
            return cand;
        }

        /** Deletes large spans (half, quarter, ... down to 16 draws) to cut big cases down quickly. */
        private void deleteSpans() {
            for (int span = trace().size() / 2; span >= 16 && budgetLeft(); span /= 2) {
                int i = trace().size() - span;
                while (i >= 0 && budgetLeft()) {
                    consider(without(trace(), i, span));
                    i = Math.min(i - span, trace().size() - span);
                }
            }
        }

        /**
         * Deletes runs of 8 down to 1 draws, from the end (removes list elements, shortens values). If a
         * deletion alone does not fail, also tries it with the draw before the run moved one step towards
         * its target: that draw is often a size or count that the deleted draws depended on.
         */
        private void deleteChunks() {
            for (int k = 8; k >= 1; k--) {
                int i = trace().size() - k;
                while (i >= 0 && budgetLeft()) {
                    Trace b = trace();
                    long[] cand = without(b, i, k);
                    boolean kept = consider(cand);
                    if (!kept && i > 0 && wide(b, i - 1) && b.distance(i - 1) != 0) {
                        long prev = b.value(i - 1);
                        cand[i - 1] = prev > b.target(i - 1) ? prev - 1 : prev + 1;
                        kept = consider(cand);
                    }
                    if (kept) {
                        i = Math.min(i, trace().size() - k);
                    } else {
                        i--;
                    }
                }
            }
        }

        /** Sets aligned runs of 8, 4 and 2 draws to their simplest values at once. */
        private void zeroChunks() {
            for (int k = 8; k >= 2; k /= 2) {
                for (int i = 0; i + k <= trace().size() && budgetLeft(); i += k) {
                    long[] v = trace().values();
                    boolean changed = false;
                    for (int j = i; j < i + k; j++) {
                        long t = trace().target(j);
                        changed |= v[j] != t;
                        v[j] = t;
                    }
                    if (changed) {
                        consider(v);
                    }
                }
            }
        }

        /** Moves each draw to its simplest value, or binary-searches the simplest value that still fails. */
        private void minimizeEach() {
            for (int i = 0; i < trace().size() && budgetLeft(); i++) {
                minimizeTogether(new int[] {i});
            }
        }

        /**
         * Moves draws with equal values from the same range together (e.g. the two equal elements of a
         * list that must not contain duplicates).
         */
        private void minimizeDuplicates() {
            Trace b = trace();
            Map<List<Long>, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < b.size(); i++) {
                if (wide(b, i) && b.distance(i) != 0) {
                    groups.computeIfAbsent(List.of(b.min(i), b.max(i), b.value(i)), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> positions : groups.values()) {
                if (positions.size() >= 2 && budgetLeft()) {
                    minimizeTogether(positions.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }

        /**
         * Draws at {@code positions} hold one value from one range: tries their target, then binary-searches
         * the smallest distance from it that still fails.
         */
        private void minimizeTogether(int[] positions) {
            Trace b = trace();
            int first = positions[0];
            if (positions[positions.length - 1] >= b.size()) {
                return;
            }
            long v = b.value(first);
            long t = b.target(first);
            for (int p : positions) {
                if (b.value(p) != v || b.target(p) != t) {
                    return; // the recording changed shape since the positions were chosen
                }
            }
            if (v == t || consider(withAll(positions, t))) {
                return;
            }
            boolean up = v > t;
            long lo = 0; // distance known not to fail
            long hi = Trace.distance(v, t); // distance known to fail
            while (Long.compareUnsigned(hi - lo, 1) > 0 && budgetLeft()) {
                long mid = lo + ((hi - lo) >>> 1);
                long candidate = up ? t + mid : t - mid;
                if (consider(withAll(positions, candidate))) {
                    hi = mid;
                    Trace now = trace();
                    for (int p : positions) {
                        if (p >= now.size() || now.value(p) != candidate || now.target(p) != t) {
                            return; // the recording changed shape; move on
                        }
                    }
                } else {
                    lo = mid;
                }
            }
        }

        /**
         * Moves distance from a draw to later draws of the same range, as much as their ranges allow: first
         * spread over all of them, else into one of the next few (so a sum spread over list elements
         * gathers in fewer of them, and the emptied elements can then be deleted).
         */
        private void redistribute() {
            for (int i = 0; i < trace().size() && budgetLeft(); i++) {
                Trace b = trace();
                if (b.distance(i) <= 0 || !wide(b, i)) {
                    continue; // nothing to move (or a distance of 2^63 or more: left to minimizeEach)
                }
                List<Integer> later = new ArrayList<>();
                for (int j = i + 1; j < b.size(); j++) {
                    if (b.min(j) == b.min(i) && b.max(j) == b.max(i)) {
                        later.add(j);
                    }
                }
                if (later.isEmpty() || moveInto(b, i, later)) {
                    continue;
                }
                for (int k = 0; k < Math.min(later.size(), 8) && later.size() > 1; k++) {
                    if (moveInto(b, i, List.of(later.get(k)))) {
                        break;
                    }
                }
            }
        }

        /** Moves as much of draw {@code i}'s distance as fits into the draws at {@code into}, in order. */
        private boolean moveInto(Trace b, int i, List<Integer> into) {
            long d = b.distance(i);
            long vi = b.value(i);
            boolean up = vi > b.target(i);
            long[] cand = b.values();
            long moved = 0;
            for (int j : into) {
                if (moved == d) {
                    break;
                }
                long room = up ? b.max(j) - b.value(j) : b.value(j) - b.min(j); // unsigned
                long take = Long.compareUnsigned(room, d - moved) < 0 ? room : d - moved;
                cand[j] = up ? cand[j] + take : cand[j] - take;
                moved += take;
            }
            if (moved == 0) {
                return false;
            }
            cand[i] = up ? vi - moved : vi + moved;
            return consider(cand);
        }

        /** Sorts the draws of each range (that is not a flag) by simplicity, e.g. [5, 3] becomes [3, 5]. */
        private void sortGroups() {
            Trace b = trace();
            Map<List<Long>, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < b.size(); i++) {
                if (wide(b, i)) {
                    groups.computeIfAbsent(List.of(b.min(i), b.max(i)), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> positions : groups.values()) {
                if (positions.size() < 2 || !budgetLeft()) {
                    continue;
                }
                if (trace() != b) {
                    return; // shape may have changed; the next round regroups
                }
                Long[] vs = new Long[positions.size()];
                for (int k = 0; k < vs.length; k++) {
                    vs[k] = b.value(positions.get(k));
                }
                long t = b.target(positions.get(0));
                Arrays.sort(vs, (x, y) -> {
                    int c = Long.compareUnsigned(Trace.distance(x, t), Trace.distance(y, t));
                    return c != 0 ? c : Long.compare(x, y);
                });
                long[] cand = b.values();
                for (int k = 0; k < vs.length; k++) {
                    cand[positions.get(k)] = vs[k];
                }
                consider(cand);
            }
        }

        private long[] withAll(int[] positions, long value) {
            long[] v = trace().values();
            for (int p : positions) {
                v[p] = value;
            }
            return v;
        }

        /** True if draw {@code i} is from a range of more than two values (not a flag). */
        private boolean wide(Trace b, int i) {
            return Long.compareUnsigned(b.max(i) - b.min(i), 1) > 0;
        }
    }

    /** Content equality for recordings already tried. */
    private static final class Key {
        private final long[] values;
        private final int hash;

        Key(long[] values) {
            this.values = values.clone();
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Arrays.equals(values, ((Key) o).values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
