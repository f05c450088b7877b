package se.rjl.patientfees.finance.reprice;

import java.util.List;

/**
 * The age bands of the reprice report, cut where the regelbok's fees change: under 20 (free
 * outpatient care), 20–39 and 40–64 (ordinary fees), 65–84 (free vaccination programmes), 85+
 * (free outpatient care). Age in whole years on the contact's date. Decision E35.
 */
public final class AgeBands {
  public static final List<String> LABELS = List.of("0–19", "20–39", "40–64", "65–84", "85+");
  private static final int[] FROM = {0, 20, 40, 65, 85};

  private AgeBands() {}

  public static int of(int age) {
    for (int i = FROM.length - 1; i > 0; i--) {
      if (age >= FROM[i]) {
        return i;
      }
    }
    return 0;
  }
}
