package se.rjl.patientfees.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * Stateful (model-based) testing: runs random command sequences against a fresh system under test and
 * a fresh reference model, and checks after every command that they agree.
 *
 * <pre>{@code
 * StatefulProperty.of(Gen.listOf(Gen.enums(Cmd.class), 0, 30), Counter::new, () -> 0,
 *         (cmd, counter, expected) -> {
 *             int next = cmd.applyTo(expected);   // the model
 *             cmd.applyTo(counter);               // the system
 *             assertEquals(next, counter.value());
 *             return next;
 *         })
 *     .cases(500).check();
 * }</pre>
 *
 * <p>A failing sequence is shrunk like any generated value (fewer, simpler commands) and reported with
 * the minimal sequence, the index of the failing step, and the seed. Seeds, case counts and the printed
 * summary line work as for {@link Property}. Instances are immutable and thread-safe, provided the
 * suppliers return fresh objects.
 *
 * @param <C> the command type
 * @param <S> the system-under-test type
 * @param <M> the model type
 */
public final class StatefulProperty<C, S, M> {

    private final Gen<List<C>> commands;
    private final Supplier<? extends S> system;
    private final Supplier<? extends M> model;
    private final Step<C, S, M> step;
    private final String name;
    private final Long seed;
    private final int cases;
    private final int shrinkLimit;

    private StatefulProperty(Gen<List<C>> commands, Supplier<? extends S> system, Supplier<? extends M> model,
                             Step<C, S, M> step, String name, Long seed, int cases, int shrinkLimit) {
        this.commands = commands;
        this.system = system;
        this.model = model;
        this.step = step;
        this.name = name;
        this.seed = seed;
        this.cases = cases;
        this.shrinkLimit = shrinkLimit;
    }

    /**
     * One command applied to the system and the model: apply {@code command} to both, assert that they
     * agree (throw if not), and return the model after the command (the same instance for a mutable
     * model, a new value for an immutable one).
     *
     * @param <C> the command type
     * @param <S> the system-under-test type
     * @param <M> the model type
     */
    @FunctionalInterface
    public interface Step<C, S, M> {
        /** Applies {@code command}, checks agreement and returns the next model. */
        M apply(C command, S system, M model);
    }

    /**
     * A stateful property over command sequences from {@code commands}; each sequence runs on a new
     * {@code system} and {@code model}. Named after the calling test until {@link #named named}.
     */
    public static <C, S, M> StatefulProperty<C, S, M> of(Gen<List<C>> commands, Supplier<? extends S> system,
                                                         Supplier<? extends M> model, Step<C, S, M> step) {
        return new StatefulProperty<>(Objects.requireNonNull(commands, "commands"),
                Objects.requireNonNull(system, "system"), Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(step, "step"), Settings.callerName(), null, Settings.DEFAULT_CASES,
                Settings.DEFAULT_SHRINK_LIMIT);
    }

    /** This property with a name for reports (and, without a seed, for the default seed). */
    public StatefulProperty<C, S, M> named(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new StatefulProperty<>(commands, system, model, step, newName, seed, cases, shrinkLimit);
    }

    /** This property with a fixed seed ({@code -Dpbt.seed} still overrides it). */
    public StatefulProperty<C, S, M> withSeed(long newSeed) {
        return new StatefulProperty<>(commands, system, model, step, name, newSeed, cases, shrinkLimit);
    }

    /** This property run for {@code n} passing sequences ({@code -Dpbt.cases} still overrides it). */
    public StatefulProperty<C, S, M> cases(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("cases must be >= 1, got " + n);
        }
        return new StatefulProperty<>(commands, system, model, step, name, seed, n, shrinkLimit);
    }

    /** This property with at most {@code maxAttempts} shrink attempts (default 2000; 0 disables shrinking). */
    public StatefulProperty<C, S, M> shrinkLimit(int maxAttempts) {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("shrinkLimit must be >= 0, got " + maxAttempts);
        }
        return new StatefulProperty<>(commands, system, model, step, name, seed, cases, maxAttempts);
    }

    /**
     * Runs the command sequences.
     *
     * @return the summary of a passing run
     * @throws AssertionError      with the minimal failing sequence and step if the system and model disagree
     * @throws GenerationException if the command generator cannot produce sequences
     */
    public Property.Summary check() {
        long s = Settings.seed(seed, name);
        int n = Settings.cases(cases);
        Engine.Outcome<List<C>> outcome = new Engine<>(commands, this::runSequence).run(name, s, n, shrinkLimit);
        if (outcome.failure() != null) {
            Engine.Failure<List<C>> f = outcome.failure();
            System.out.println("property " + name + ": falsified on case " + f.caseNumber() + " (seed " + s
                    + "); minimal sequence: " + Property.oneLine(Show.show(f.minimal().value())));
            throw failure(f, s, n);
        }
        Property.Summary summary = new Property.Summary(name, s, outcome.passed(), outcome.discarded());
        System.out.println(summary.line());
        return summary;
    }

    private void runSequence(List<C> sequence) {
        S sys = system.get();
        M mod = model.get();
        for (int i = 0; i < sequence.size(); i++) {
            C command = sequence.get(i);
            try {
                mod = step.apply(command, sys, mod);
            } catch (TestAbortedException e) {
                throw e;
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable t) {
                throw new StepFailure(i, t);
            }
        }
    }

    private AssertionError failure(Engine.Failure<List<C>> f, long s, int n) {
        Engine.Attempt<List<C>> original = f.original();
        Engine.Attempt<List<C>> minimal = f.minimal();
        List<C> seq = minimal.value();
        int failedAt = stepIndex(minimal.failure());
        StringBuilder m = new StringBuilder()
                .append("Stateful property '").append(name).append("' failed on case ").append(f.caseNumber())
                .append(" of ").append(n).append(" (seed ").append(s).append(").\n")
                .append("Shrunk in ").append(f.shrinkSteps()).append(" steps (")
                .append(f.shrinkAttempts()).append(" attempts).\n")
                .append("Minimal failing sequence (").append(seq.size()).append(" commands), ")
                .append(failedAt < 0 ? "failed before the first command" : "failed at step index " + failedAt)
                .append(":\n");
        int shown = Math.min(seq.size(), 100);
        for (int i = 0; i < shown; i++) {
            m.append("  [").append(i).append("] ").append(Property.oneLine(Show.show(seq.get(i))))
                    .append(i == failedAt ? "   <-- failed here" : "").append('\n');
        }
        if (shown < seq.size()) {
            m.append("  ... ").append(seq.size() - shown).append(" more\n");
        }
        m.append("Original failing sequence (").append(original.value().size()).append(" commands, failed at step index ")
                .append(stepIndex(original.failure())).append("): ").append(Show.show(original.value())).append('\n')
                .append("Failure: ").append(Show.failure(cause(minimal.failure()))).append('\n');
        if (!Show.failure(cause(original.failure())).equals(Show.failure(cause(minimal.failure())))) {
            m.append("Original failure: ").append(Show.failure(cause(original.failure()))).append('\n');
        }
        m.append("Re-run with: -D").append(Settings.SEED_PROPERTY).append('=').append(s);
        AssertionError error = new AssertionError(m.toString(), cause(minimal.failure()));
        if (original.failure() != minimal.failure()) {
            error.addSuppressed(cause(original.failure()));
        }
        return error;
    }

    private static int stepIndex(Throwable t) {
        return t instanceof StepFailure ? ((StepFailure) t).index : -1;
    }

    private static Throwable cause(Throwable t) {
        return t instanceof StepFailure && t.getCause() != null ? t.getCause() : t;
    }

    /** Internal: a step's failure, tagged with the step index. */
    static final class StepFailure extends AssertionError {
        private static final long serialVersionUID = 1L;
        final int index;

        StepFailure(int index, Throwable cause) {
            super("step " + index + " failed: " + Show.failure(cause), cause);
            this.index = index;
        }
    }
}
