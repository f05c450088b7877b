package se.rjl.patientfees.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rjl.patientfees.testkit.Failures.failureOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulPropertyTest {

    /** Commands; INC is deliberately not the first (simplest) one. */
    enum Cmd { GET, DEC, INC, RESET }

    /** A counter; the buggy one adds 2 on its third increment since creation. */
    static final class Counter {
        private final boolean buggy;
        private int value;
        private int increments;

        Counter(boolean buggy) {
            this.buggy = buggy;
        }

        void apply(Cmd cmd) {
            switch (cmd) {
                case INC -> value += (buggy && ++increments == 3) ? 2 : 1;
                case DEC -> value--;
                case RESET -> value = 0;
                case GET -> { }
            }
        }

        int value() {
            return value;
        }
    }

    /** The reference model: an immutable int. */
    private static int model(Cmd cmd, int m) {
        return switch (cmd) {
            case INC -> m + 1;
            case DEC -> m - 1;
            case RESET -> 0;
            case GET -> m;
        };
    }

    private static final Gen<List<Cmd>> COMMANDS = Gen.listOf(Gen.enums(Cmd.class), 0, 40);

    private static Integer step(Cmd cmd, Counter counter, Integer m) {
        int next = model(cmd, m);
        counter.apply(cmd);
        assertEquals(next, counter.value(), "counter after " + cmd);
        return next;
    }

    @Test
    void correctCounterPasses() {
        Property.Summary s = StatefulProperty.of(COMMANDS, () -> new Counter(false), () -> 0,
                StatefulPropertyTest::step).cases(300).check();
        String override = System.getProperty("pbt.cases");
        assertThat(s.cases()).isEqualTo(override == null ? 300 : Integer.parseInt(override));
        assertThat(s.name()).isEqualTo("StatefulPropertyTest.correctCounterPasses");
    }

    @Test
    void buggyCounterShrinksToThreeIncrements() {
        AssertionError e = failureOf(() -> StatefulProperty.of(COMMANDS, () -> new Counter(true), () -> 0,
                StatefulPropertyTest::step).named("buggy counter").cases(1000).check());
        String m = e.getMessage();
        assertThat(m).startsWith("Stateful property 'buggy counter' failed on case ")
                .contains("Minimal failing sequence (3 commands), failed at step index 2:\n"
                        + "  [0] INC\n  [1] INC\n  [2] INC   <-- failed here\n")
                .contains("counter after INC ==> expected: <3> but was: <4>")
                .containsPattern("Re-run with: -Dpbt.seed=-?\\d+");
        assertThat(e.getCause()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("counter after INC");
    }

    @Test
    void mutableModelAndFailureBeforeTheFirstCommand() {
        // a mutable model (a list of applied commands) and a system whose constructor fails for
        // lists: exercises the "failed before the first command" report
        AssertionError e = failureOf(() -> StatefulProperty.<Cmd, Counter, List<Cmd>>of(COMMANDS,
                () -> {
                    throw new IllegalStateException("cannot start");
                }, ArrayList::new, (cmd, sys, applied) -> {
                    applied.add(cmd);
                    return applied;
                }).check());
        assertThat(e.getMessage()).contains("Minimal failing sequence (0 commands), failed before the first command");
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sequencesShrinkToTheMinimalCombination() {
        // a system that breaks only after a RESET followed later by a DEC
        AssertionError e = failureOf(() -> StatefulProperty.of(COMMANDS, () -> new int[] {0, 0}, () -> 0,
                (Cmd cmd, int[] sys, Integer m) -> {
                    if (cmd == Cmd.RESET) {
                        sys[1] = 1;
                    }
                    sys[0] = (cmd == Cmd.DEC && sys[1] == 1) ? sys[0] - 2 : model(cmd, sys[0]);
                    int next = model(cmd, m);
                    assertEquals(next, sys[0]);
                    return next;
                }).cases(1000).check());
        assertThat(e.getMessage()).contains("Minimal failing sequence (2 commands), failed at step index 1:\n"
                + "  [0] RESET\n  [1] DEC   <-- failed here\n");
    }
}
