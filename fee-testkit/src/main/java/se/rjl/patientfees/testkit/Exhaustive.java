package se.rjl.patientfees.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.opentest4j.TestAbortedException;

/**
 * Checks every element (or every combination of elements) of small finite domains, and reports all
 * failures at once instead of stopping at the first:
 *
 * <pre>{@code
 * Exhaustive.forAll(List.of(VisitType.values()), ages, (type, age) -> {
 *     assertThat(fee(type, age)).isNotNegative();
 * });
 * }</pre>
 *
 * <p>The check runs on every input; the first {@link #maxReportedFailures(int) 50} failures are listed
 * in one {@link AssertionError} (the first as its cause, the others suppressed), together with the
 * total count. A passing run prints {@code exhaustive <name>: <n> cases passed}. Inputs whose check
 * throws JUnit's {@code TestAbortedException} (a failed assumption) are skipped. Instances are
 * immutable and thread-safe.
 */
public final class Exhaustive {

    /** Failures listed in the report when not set otherwise. */
    public static final int DEFAULT_MAX_REPORTED_FAILURES = 50;

    private final String name;
    private final int maxReported;

    private Exhaustive(String name, int maxReported) {
        this.name = name;
        this.maxReported = maxReported;
    }

    /** A check of three arguments, for {@link #forAll(List, List, List, Check3)}. */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        /** Checks one combination; throws if it fails. */
        void accept(A a, B b, C c);
    }

    /** An exhaustive checker with a name for its reports. */
    public static Exhaustive named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new Exhaustive(name, DEFAULT_MAX_REPORTED_FAILURES);
    }

    /** This checker listing at most {@code max} failures in its report (all are still counted). */
    public Exhaustive maxReportedFailures(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        return new Exhaustive(name, max);
    }

    /** Checks every element of {@code as}, named after the calling test; returns the number checked. */
    public static <A> long forAll(List<A> as, Consumer<? super A> check) {
        return new Exhaustive(Settings.callerName(), DEFAULT_MAX_REPORTED_FAILURES).check(as, check);
    }

    /** Checks every pair from {@code as} × {@code bs}, named after the calling test; returns the number checked. */
    public static <A, B> long forAll(List<A> as, List<B> bs, BiConsumer<? super A, ? super B> check) {
        return new Exhaustive(Settings.callerName(), DEFAULT_MAX_REPORTED_FAILURES).check(as, bs, check);
    }

    /** Checks every triple from {@code as} × {@code bs} × {@code cs}, named after the calling test. */
    public static <A, B, C> long forAll(List<A> as, List<B> bs, List<C> cs,
                                        Check3<? super A, ? super B, ? super C> check) {
        return new Exhaustive(Settings.callerName(), DEFAULT_MAX_REPORTED_FAILURES).check(as, bs, cs, check);
    }

    /** Checks every element of {@code as}; returns the number checked. */
    public <A> long check(List<A> as, Consumer<? super A> check) {
        Objects.requireNonNull(check, "check");
        return check(as, List.of(""), List.of(""), (a, b, c) -> check.accept(a), 1);
    }

    /** Checks every pair from {@code as} × {@code bs}; returns the number checked. */
    public <A, B> long check(List<A> as, List<B> bs, BiConsumer<? super A, ? super B> check) {
        Objects.requireNonNull(check, "check");
        return check(as, bs, List.of(""), (a, b, c) -> check.accept(a, b), 2);
    }

    /** Checks every triple from {@code as} × {@code bs} × {@code cs}; returns the number checked. */
    public <A, B, C> long check(List<A> as, List<B> bs, List<C> cs, Check3<? super A, ? super B, ? super C> check) {
        Objects.requireNonNull(check, "check");
        return check(as, bs, cs, check, 3);
    }

    private <A, B, C> long check(List<A> as, List<B> bs, List<C> cs,
                                 Check3<? super A, ? super B, ? super C> check, int arity) {
        Objects.requireNonNull(as, "domain");
        Objects.requireNonNull(bs, "domain");
        Objects.requireNonNull(cs, "domain");
        long checked = 0;
        long skipped = 0;
        long failed = 0;
        List<String> reported = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        for (A a : as) {
            for (B b : bs) {
                for (C c : cs) {
                    checked++;
                    try {
                        check.accept(a, b, c);
                    } catch (TestAbortedException e) {
                        skipped++;
                    } catch (OutOfMemoryError e) {
                        throw e;
                    } catch (Throwable t) {
                        failed++;
                        if (reported.size() < maxReported) {
                            reported.add(input(arity, a, b, c) + " -> " + Property.oneLine(Show.failure(t)));
                            causes.add(t);
                        }
                    }
                }
            }
        }
        if (failed > 0) {
            StringBuilder m = new StringBuilder()
                    .append("Exhaustive '").append(name).append("': ").append(failed).append(" of ")
                    .append(checked).append(" cases failed");
            if (failed > reported.size()) {
                m.append(" (first ").append(reported.size()).append(" listed)");
            }
            m.append(':');
            for (String r : reported) {
                m.append("\n  ").append(r);
            }
            System.out.println("exhaustive " + name + ": falsified by " + failed + " of " + checked + " cases");
            AssertionError error = new AssertionError(m.toString(), causes.get(0));
            for (int i = 1; i < causes.size(); i++) {
                error.addSuppressed(causes.get(i));
            }
            throw error;
        }
        System.out.println("exhaustive " + name + ": " + (checked - skipped) + " cases passed"
                + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        return checked - skipped;
    }

    private static String input(int arity, Object a, Object b, Object c) {
        switch (arity) {
            case 1: return Property.oneLine(Show.show(a));
            case 2: return "(" + Property.oneLine(Show.show(a)) + ", " + Property.oneLine(Show.show(b)) + ")";
            default: return "(" + Property.oneLine(Show.show(a)) + ", " + Property.oneLine(Show.show(b)) + ", "
                    + Property.oneLine(Show.show(c)) + ")";
        }
    }
}
