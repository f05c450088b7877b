package se.rjl.patientfees.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Test helpers: run a check that must fail and read its report. */
final class Failures {

    private Failures() {
    }

    static AssertionError failureOf(Executable check) {
        return assertThrows(AssertionError.class, check);
    }

    /** The text after {@code label} on its line of the report. */
    static String line(AssertionError e, String label) {
        for (String l : e.getMessage().split("\n")) {
            if (l.startsWith(label)) {
                return l.substring(label.length()).trim();
            }
        }
        throw new AssertionError("no line '" + label + "' in report:\n" + e.getMessage());
    }

    static String minimal(AssertionError e) {
        return line(e, "Minimal value:");
    }

    static String original(AssertionError e) {
        return line(e, "Original value:");
    }
}
