package se.rjl.patientfees.finance.report;

/** Amounts in öre written for people ("1 450 kr", "−25 kr") and for CSV ("1450.00"). Locale-free. */
public final class Kr {
  private Kr() {}

  /** For CSV: kronor with two decimals and a dot, no grouping: {@code 145000 → "1450.00"}, {@code -2500 → "-25.00"}. */
  public static String csv(long ore) {
    long abs = Math.abs(ore);
    String s = (abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100);
    return ore < 0 ? "-" + s : s;
  }

  /** For people: grouped by thin spaces, öre only when there are any: {@code "1 450 kr"}, {@code "937,50 kr"}. */
  public static String text(long ore) {
    long abs = Math.abs(ore);
    String s = group(abs / 100) + (abs % 100 == 0 ? "" : "," + (abs % 100 < 10 ? "0" : "") + (abs % 100));
    return (ore < 0 ? "−" : "") + s + " kr";
  }

  /** A signed difference: {@code "+25 kr"}, {@code "−25 kr"}, {@code "0 kr"}. */
  public static String signed(long ore) {
    return ore > 0 ? "+" + text(ore) : text(ore);
  }

  /** A count grouped by spaces: {@code 3000000 → "3 000 000"}. */
  public static String count(long n) {
    return n < 0 ? "−" + group(-n) : group(n);
  }

  /** A relative change in percent with one decimal, or "–" when the base is 0. */
  public static String percent(long base, long proposed) {
    if (base == 0) {
      return "–";
    }
    long tenths = Math.round((proposed - base) * 1000.0 / base);
    String s = Math.abs(tenths) / 10 + "," + Math.abs(tenths) % 10 + " %";
    return tenths > 0 ? "+" + s : tenths < 0 ? "−" + s : s;
  }

  private static String group(long n) {
    String digits = Long.toString(n);
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append('\u00a0');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }
}
