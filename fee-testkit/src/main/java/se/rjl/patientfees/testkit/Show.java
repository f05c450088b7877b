package se.rjl.patientfees.testkit;

import java.util.Arrays;

/** Formats generated values for failure reports. */
final class Show {

    static final int MAX_CHARS = 4000;

    private Show() {
    }

    /** {@code String.valueOf}, but arrays show their elements, strings are quoted and long text is cut. */
    static String show(Object value) {
        String s;
        if (value == null) {
            s = "null";
        } else if (value.getClass().isArray()) {
            s = Arrays.deepToString(new Object[] {value});
            s = s.substring(1, s.length() - 1);
        } else if (value instanceof CharSequence) {
            s = "\"" + value + "\"";
        } else {
            try {
                s = String.valueOf(value);
            } catch (RuntimeException e) {
                s = value.getClass().getName() + " (toString threw " + e + ")";
            }
        }
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS) + "... (" + s.length() + " chars)";
        }
        return s;
    }

    /** A one-line description of a failure: class name and message. */
    static String failure(Throwable t) {
        String m = t.getMessage();
        String s = t.getClass().getName() + (m == null ? "" : ": " + m);
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) + "..." : s;
    }
}
