package se.rjl.patientfees.rules.explain;

/** Öre as Swedish text for explanations: "250 kr", "937,50 kr", "1 450 kr". No default locale. */
public final class Kronor {
  private Kronor() {}

  public static String of(long ore) {
    StringBuilder b = new StringBuilder(12);
    append(b, ore);
    return b.toString();
  }

  static void append(StringBuilder b, long ore) {
    if (ore < 0) {
      b.append('−');
    }
    long kronor = Math.abs(ore) / 100;
    long rest = Math.abs(ore) % 100;
    String s = Long.toString(kronor);
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append('\u00a0');
      }
      b.append(s.charAt(i));
    }
    if (rest != 0) {
      b.append(',');
      if (rest < 10) {
        b.append('0');
      }
      b.append(rest);
    }
    b.append(" kr");
  }
}
