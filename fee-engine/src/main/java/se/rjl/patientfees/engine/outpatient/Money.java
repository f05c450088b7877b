package se.rjl.patientfees.engine.outpatient;

/** Öre as Swedish text for explanations: "250 kr", "937,50 kr", "1 450 kr". No default locale. */
public final class Money {
  private Money() {}

  public static String kr(long ore) {
    long kronor = Math.abs(ore) / 100;
    long rest = Math.abs(ore) % 100;
    String whole = group(kronor);
    String sign = ore < 0 ? "−" : "";
    return rest == 0 ? sign + whole + " kr" : sign + whole + "," + (rest < 10 ? "0" : "") + rest + " kr";
  }

  private static String group(long v) {
    String s = Long.toString(v);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append('\u00a0');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }
}
