package se.rjl.patientfees.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A property checked over many generated values, inside an ordinary JUnit test:
 *
 * <pre>{@code
 * Property.forAll(Gen.ints(0, 10_000)).cases(1000).check(x -> {
 *     assertThat(fee(x)).isLessThanOrEqualTo(CAP);
 * });
 * }</pre>
 *
 * <p>Each case draws from a {@link java.util.SplittableRandom} split off one seeded root, so a run is a
 * pure function of its seed. The seed is {@code -Dpbt.seed} if set, else {@link #withSeed(long)}, else
 * a fixed seed derived from the property name (never the clock). The number of cases is
 * {@code -Dpbt.cases} if set, else {@link #cases(int)}, else 100. A passing run prints one line,
 * {@code property <name>: <n> cases passed (seed <seed>)}. The first failing case is shrunk to a
 * minimal one and reported in an {@link AssertionError} with the seed to re-run it.
 *
 * <p>A case whose body throws JUnit's {@code TestAbortedException} (a failed assumption) is discarded
 * and does not count. Instances are immutable; {@code check} keeps all run state local, so a property
 * may be checked from several threads at once.
 *
 * @param <T> the type of generated values
 */
public final class Property<T> {

    private final Gen<T> gen;
    private final String name;
    private final Long seed;
    private final int cases;
    private final int shrinkLimit;

    private Property(Gen<T> gen, String name, Long seed, int cases, int shrinkLimit) {
        this.gen = gen;
        this.name = name;
        this.seed = seed;
        this.cases = cases;
        this.shrinkLimit = shrinkLimit;
    }

    /**
     * A property over values of {@code gen}, named after the calling test ({@code Class.method}) until
     * {@link #named(String) named} otherwise.
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(Objects.requireNonNull(gen, "gen"), Settings.callerName(), null,
                Settings.DEFAULT_CASES, Settings.DEFAULT_SHRINK_LIMIT);
    }

    /** This property with a name for reports (and, without a seed, for the default seed). */
    public Property<T> named(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new Property<>(gen, newName, seed, cases, shrinkLimit);
    }

    /** This property with a fixed seed ({@code -Dpbt.seed} still overrides it). */
    public Property<T> withSeed(long newSeed) {
        return new Property<>(gen, name, newSeed, cases, shrinkLimit);
    }

    /** This property run for {@code n} passing cases ({@code -Dpbt.cases} still overrides it). */
    public Property<T> cases(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("cases must be >= 1, got " + n);
        }
        return new Property<>(gen, name, seed, n, shrinkLimit);
    }

    /** This property with at most {@code maxAttempts} shrink attempts (default 2000; 0 disables shrinking). */
    public Property<T> shrinkLimit(int maxAttempts) {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("shrinkLimit must be >= 0, got " + maxAttempts);
        }
        return new Property<>(gen, name, seed, cases, maxAttempts);
    }

    /** The name used in reports and for the default seed. */
    public String name() {
        return name;
    }

    /**
     * Runs {@code property} on each case; a case fails if it throws. Use a block lambda
     * ({@code x -> { ... }}) or a method reference for the body.
     *
     * @return the summary of a passing run
     * @throws AssertionError      describing the shrunk counterexample if a case fails
     * @throws GenerationException if the generator cannot produce cases
     */
    public Summary check(Consumer<? super T> property) {
        Objects.requireNonNull(property, "property");
        long s = Settings.seed(seed, name);
        int n = Settings.cases(cases);
        Engine.Outcome<T> outcome = new Engine<>(gen, property).run(name, s, n, shrinkLimit);
        if (outcome.failure() != null) {
            Engine.Failure<T> f = outcome.failure();
            System.out.println("property " + name + ": falsified on case " + f.caseNumber() + " (seed " + s
                    + "); minimal value: " + oneLine(Show.show(f.minimal().value())));
            throw failure(f, s, n);
        }
        Summary summary = new Summary(name, s, outcome.passed(), outcome.discarded());
        System.out.println(summary.line());
        return summary;
    }

    /**
     * Runs {@code property} on each case; a case fails if it returns false or throws. (Named apart from
     * {@link #check(Consumer)} because Java cannot tell the two lambda shapes apart.)
     *
     * @return the summary of a passing run
     * @throws AssertionError      describing the shrunk counterexample if a case fails
     * @throws GenerationException if the generator cannot produce cases
     */
    public Summary checkThat(Predicate<? super T> property) {
        Objects.requireNonNull(property, "property");
        return check(v -> {
            if (!property.test(v)) {
                throw new AssertionError("property returned false");
            }
        });
    }

    private AssertionError failure(Engine.Failure<T> f, long s, int n) {
        Engine.Attempt<T> original = f.original();
        Engine.Attempt<T> minimal = f.minimal();
        StringBuilder m = new StringBuilder()
                .append("Property '").append(name).append("' failed on case ").append(f.caseNumber())
                .append(" of ").append(n).append(" (seed ").append(s).append(").\n")
                .append("Shrunk in ").append(f.shrinkSteps()).append(" steps (")
                .append(f.shrinkAttempts()).append(" attempts).\n")
                .append("Original value: ").append(Show.show(original.value())).append('\n')
                .append("Minimal value:  ").append(Show.show(minimal.value())).append('\n')
                .append("Failure:        ").append(Show.failure(minimal.failure())).append('\n');
        if (!Show.failure(original.failure()).equals(Show.failure(minimal.failure()))) {
            m.append("Original failure: ").append(Show.failure(original.failure())).append('\n');
        }
        m.append("Re-run with: -D").append(Settings.SEED_PROPERTY).append('=').append(s);
        AssertionError error = new AssertionError(m.toString(), minimal.failure());
        if (original.failure() != minimal.failure()) {
            error.addSuppressed(original.failure());
        }
        return error;
    }

    static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    /**
     * The result of a passing run.
     *
     * @param name      the property name
     * @param seed      the seed the run used
     * @param cases     the number of cases that passed
     * @param discarded the number of cases discarded by assumptions
     */
    public record Summary(String name, long seed, int cases, int discarded) {
        /** The line printed for the run: {@code property <name>: <n> cases passed (seed <seed>)}. */
        public String line() {
            return "property " + name + ": " + cases + " cases passed"
                    + (discarded > 0 ? ", " + discarded + " discarded" : "") + " (seed " + seed + ")";
        }
    }
}
