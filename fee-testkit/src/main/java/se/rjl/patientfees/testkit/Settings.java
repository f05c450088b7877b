package se.rjl.patientfees.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Run settings: system properties, default seeds and default names. Stateless. */
final class Settings {

    /** System property that overrides every seed. */
    static final String SEED_PROPERTY = "pbt.seed";
    /** System property that overrides every case count. */
    static final String CASES_PROPERTY = "pbt.cases";
    /** Cases run when neither the caller nor {@code pbt.cases} says otherwise. */
    static final int DEFAULT_CASES = 100;
    /** Shrink attempts allowed when the caller does not say otherwise. */
    static final int DEFAULT_SHRINK_LIMIT = 2000;

    private Settings() {
    }

    static OptionalLong seedOverride() {
        String s = System.getProperty(SEED_PROPERTY);
        if (s == null || s.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a decimal long, got '" + s + "'", e);
        }
    }

    static OptionalInt casesOverride() {
        String s = System.getProperty(CASES_PROPERTY);
        if (s == null || s.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(s.trim());
            if (n >= 1) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("-D" + CASES_PROPERTY + " must be a positive int, got '" + s + "'");
    }

    /** The seed to use: {@code -Dpbt.seed}, else the explicit seed, else one derived from the name. */
    static long seed(Long explicit, String name) {
        OptionalLong override = seedOverride();
        if (override.isPresent()) {
            return override.getAsLong();
        }
        return explicit != null ? explicit : seedFor(name);
    }

    /** The case count to use: {@code -Dpbt.cases}, else the caller's count. */
    static int cases(int requested) {
        OptionalInt override = casesOverride();
        return override.isPresent() ? override.getAsInt() : requested;
    }

    /** A fixed seed for a name: 64-bit FNV-1a of its UTF-8 bytes, then the SplitMix64 finaliser. */
    static long seedFor(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /**
     * A default name: {@code SimpleClassName.method} of the first caller outside the runner classes
     * (so a property's default seed does not change when lines move).
     */
    static String callerName() {
        Optional<String> name = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !isRunnerClass(f.getClassName()))
                .findFirst()
                .map(f -> simpleName(f.getClassName()) + "." + methodName(f.getMethodName())));
        return name.orElse("property");
    }

    private static boolean isRunnerClass(String className) {
        String pkg = Settings.class.getPackageName() + ".";
        if (!className.startsWith(pkg)) {
            return false;
        }
        String top = className.substring(pkg.length());
        int dollar = top.indexOf('$');
        if (dollar >= 0) {
            top = top.substring(0, dollar);
        }
        switch (top) {
            case "Settings": case "Property": case "StatefulProperty": case "Exhaustive": case "Gen":
            case "Engine": case "Choices":
                return true;
            default:
                return false;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static String methodName(String method) {
        // javac names lambda bodies lambda$enclosingMethod$N.
        if (method.startsWith("lambda$")) {
            String rest = method.substring("lambda$".length());
            int dollar = rest.indexOf('$');
            return dollar > 0 ? rest.substring(0, dollar) : rest;
        }
        return method;
    }
}
