package se.rjl.patientfees.rules.validate;

import java.util.function.Function;

/**
 * The small arithmetic a rulebook states its derived amounts in: terms joined by {@code +}, each a
 * number of kronor, a reference, or a whole factor times a reference: {@code 6 × inpatient-day-max},
 * {@code row:610-adult + interpreter-fee}. A reference names a constant, or a fee-code row with the
 * prefix {@code row:}.
 */
public final class Formula {
  private Formula() {}

  /** The formula's value in öre; {@code resolve} gives a reference's amount in öre, or null. */
  public static long evaluate(String formula, Function<String, Long> resolve) {
    long total = 0;
    for (String rawTerm : formula.split("\\+")) {
      String term = rawTerm.trim();
      if (term.isEmpty()) {
        throw new IllegalArgumentException("an empty term in '" + formula + "'");
      }
      String[] factors = term.split("\\s*[×*x]\\s+|\\s+[×*x]\\s*");
      long factor = 1;
      String ref = term;
      if (factors.length == 2) {
        factor = parseWhole(factors[0].trim(), formula);
        ref = factors[1].trim();
      } else if (factors.length > 2) {
        throw new IllegalArgumentException("more than one factor in '" + term + "'");
      }
      long value;
      if (ref.matches("\\d+")) {
        value = Long.parseLong(ref) * 100;
      } else {
        Long v = resolve.apply(ref);
        if (v == null) {
          throw new IllegalArgumentException("'" + ref + "' is neither a constant nor a fee-code row (row:key)");
        }
        value = v;
      }
      total = Math.addExact(total, Math.multiplyExact(factor, value));
    }
    return total;
  }

  private static long parseWhole(String s, String formula) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + s + "' is not a whole factor in '" + formula + "'", e);
    }
  }
}
