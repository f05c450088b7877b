package se.rjl.patientfees.testkit;

/**
 * A generator could not produce a value: a {@link Gen#filter filter} rejected too many values in a row,
 * a generator made too many draws, or too many cases were discarded by assumptions.
 * This is a problem with the test's generators, not a counterexample to the property.
 */
public final class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what could not be generated and why. */
    public GenerationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the generator failure that caused it. */
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
