package se.rjl.patientfees.rules.validate;

import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problems;

/**
 * Amounts that follow from others without a {@code formula} of their own (formulas are checked by
 * {@link RulebookValidator}). The check compares the amounts as loaded, so it holds however an
 * amount came about: typed, or computed from a formula by the loader.
 *
 * <p>The constant {@code inpatient-day-max} is the highest inpatient fee per day, the "högsta
 * slutenvårdsavgiften" that other amounts are multiples of (the 780 kr and 1 300 kr of Swedes abroad):
 * it must be the highest of the inpatient day bands (decision E72). A day band above it, or a
 * constant that no band charges, means one of them was changed without the other.
 */
final class DerivedValues {
  /** The constant that names the highest inpatient day fee. */
  static final String INPATIENT_DAY_MAX = "inpatient-day-max";

  private final Rulebook book;
  private final Problems problems;

  DerivedValues(Rulebook book, Problems problems) {
    this.book = book;
    this.problems = problems;
  }

  void check() {
    inpatientDayMax();
  }

  private void inpatientDayMax() {
    InpatientTariff t = book.inpatient();
    NamedAmount max = book.constants().get(INPATIENT_DAY_MAX);
    if (t == null || max == null || t.dayBands().isEmpty()) {
      return;
    }
    InpatientTariff.DayBand highest = t.dayBands().get(0);
    for (InpatientTariff.DayBand b : t.dayBands()) {
      if (b.amountOre() > max.amountOre()) {
        problems.add(b.location(), "derived-mismatch",
            "the inpatient day band from day " + b.fromDay() + " costs " + RulebookValidator.kr(b.amountOre())
                + ", more than the constant " + INPATIENT_DAY_MAX + " (" + RulebookValidator.kr(max.amountOre())
                + "), the highest inpatient fee per day");
      }
      if (b.amountOre() > highest.amountOre()) {
        highest = b;
      }
    }
    if (highest.amountOre() < max.amountOre()) {
      problems.add(max.location(), "derived-mismatch",
          "constant " + INPATIENT_DAY_MAX + " is " + RulebookValidator.kr(max.amountOre())
              + " but the highest inpatient day band costs " + RulebookValidator.kr(highest.amountOre())
              + ": the constant is the highest inpatient fee per day");
    }
  }
}
