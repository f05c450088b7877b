package se.rjl.patientfees.rules.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Selector;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problems;

/**
 * Checks a read rulebook beyond types: the checks finance staff would otherwise do by hand. Every
 * problem is added, located; the loader refuses a rulebook with any.
 */
public final class RulebookValidator {
  private final Rulebook book;
  private final String file;
  private final Problems problems;

  public RulebookValidator(Rulebook book, String file, Problems problems) {
    this.book = book;
    this.file = file;
    this.problems = problems;
  }

  public void validate() {
    uniqueRowKeys();
    rowValidity();
    overridesExist();
    ambiguousRows();
    ageCoverage();
    formulas();
    certificates();
    inpatientBands();
    ageBandReferences();
    caps();
    aidProducts();
    freeCertificates();
    new DerivedValues(book, problems).check();
    new Reachability(book, problems).check();
    explanations();
  }

  /**
   * An explanation entry for every step the engine can emit, each template reading (issue 11).
   * Checked last and only on an otherwise valid book: a template naming a broken value is noise.
   */
  private void explanations() {
    if (!problems.isEmpty()) {
      return;
    }
    se.rjl.patientfees.rules.explain.Explainer.compile(book, top(), problems::add);
  }

  private Location top() {
    return new Location(file, 1, 1);
  }

  private void uniqueRowKeys() {
    Map<String, FeeCodeRow> seen = new HashMap<>();
    for (FeeCodeRow r : book.feeCodes()) {
      FeeCodeRow earlier = seen.putIfAbsent(r.key(), r);
      if (earlier != null) {
        problems.add(r.location(), "duplicate-row-key",
            "fee-code key '" + r.key() + "' is used twice (first at " + earlier.location() + ")");
      }
    }
  }

  private void rowValidity() {
    var info = book.info();
    for (FeeCodeRow r : book.feeCodes()) {
      if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
        problems.add(r.location(), "dates-out-of-order",
            "row '" + r.key() + "': validTo " + r.validTo() + " is before validFrom " + r.validFrom());
      }
      if (r.validFrom() != null && !info.isValidOn(r.validFrom()) || r.validTo() != null && !info.isValidOn(r.validTo())) {
        problems.add(r.location(), "outside-validity",
            "row '" + r.key() + "' is valid outside the rulebook's validity " + info.validFrom() + "–" + info.validTo());
      }
    }
  }

  private void overridesExist() {
    Set<String> keys = new HashSet<>();
    book.feeCodes().forEach(r -> keys.add(r.key()));
    for (FeeCodeRow r : book.feeCodes()) {
      for (String o : r.overrides()) {
        if (!keys.contains(o) || o.equals(r.key())) {
          problems.add(r.location(), "bad-override", "row '" + r.key() + "' overrides '" + o + "', which is not another row");
        }
      }
    }
  }

  /** Two rows that some contact matches both, without one overriding the other. */
  private void ambiguousRows() {
    List<FeeCodeRow> rows = book.feeCodes();
    for (int i = 0; i < rows.size(); i++) {
      FeeCodeRow a = rows.get(i);
      for (int j = i + 1; j < rows.size(); j++) {
        FeeCodeRow b = rows.get(j);
        if (a.overrides().contains(b.key()) || b.overrides().contains(a.key())) {
          continue;
        }
        if (a.validFrom() != null || b.validFrom() != null || a.validTo() != null || b.validTo() != null) {
          if (!validityOverlaps(a, b)) {
            continue;
          }
        }
        for (Selector sa : a.selectors()) {
          for (Selector sb : b.selectors()) {
            if (sa.overlaps(sb)) {
              problems.add(sb.location(), "ambiguous-rows",
                  "rows '" + b.key() + "' (" + kr(amount(b, sb)) + ") and '" + a.key() + "' (" + kr(amount(a, sa))
                      + ", selector at line " + sa.location().line() + ") match the same contacts;"
                      + " narrow a selector or say which wins with 'overrides'");
            }
          }
        }
      }
    }
  }

  private boolean validityOverlaps(FeeCodeRow a, FeeCodeRow b) {
    var from = book.info().validFrom();
    var to = book.info().validTo();
    var aFrom = a.validFrom() == null ? from : a.validFrom();
    var aTo = a.validTo() == null ? to : a.validTo();
    var bFrom = b.validFrom() == null ? from : b.validFrom();
    var bTo = b.validTo() == null ? to : b.validTo();
    return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
  }

  private static long amount(FeeCodeRow r, Selector s) {
    return s.amountOverrideOre() != null ? s.amountOverrideOre() : r.amountOre();
  }

  /**
   * For every situation some selector covers, the selectors covering it must together cover every
   * age, by one kind of age: a gap would leave a patient without a fee, an overlap is reported above.
   */
  /**
   * Every situation (one value of each dimension but age) that some selector covers must be covered at
   * every age, by selectors of one age semantics. The (cell, selector) pairs are packed in longs and
   * sorted, so that each cell's selectors are adjacent: a 2026 rulebook has about 100 000 pairs, and a
   * map of boxed cells to lists took most of the time of loading a rulebook.
   */
  private void ageCoverage() {
    List<Selector> selectors = new ArrayList<>();
    for (FeeCodeRow r : book.feeCodes()) {
      selectors.addAll(r.selectors());
    }
    long[] pairs = new long[64];
    int n = 0;
    for (int index = 0; index < selectors.size(); index++) {
      for (long cell : SituationCells.of(selectors.get(index))) {
        if (n == pairs.length) {
          pairs = java.util.Arrays.copyOf(pairs, n * 2);
        }
        pairs[n++] = cell << SELECTOR_BITS | index;
      }
    }
    java.util.Arrays.sort(pairs, 0, n);
    Set<Location> reported = new HashSet<>();
    List<Selector> sel = new ArrayList<>();
    for (int from = 0; from < n; ) {
      long cell = pairs[from] >>> SELECTOR_BITS;
      int to = from;
      sel.clear();
      while (to < n && pairs[to] >>> SELECTOR_BITS == cell) {
        sel.add(selectors.get((int) (pairs[to] & SELECTOR_MASK)));
        to++;
      }
      from = to;
      checkAgeCoverage(cell, sel, reported);
    }
  }

  private static final int SELECTOR_BITS = 20;
  private static final long SELECTOR_MASK = (1L << SELECTOR_BITS) - 1;

  /** One situation's selectors (in the order of the rulebook): one age semantics, and no age left out. */
  private void checkAgeCoverage(long cell, List<Selector> sel, Set<Location> reported) {
    var semantics = sel.get(0).age().semantics();
    for (Selector s : sel) {
      if (s.age().semantics() != semantics) {
        Selector last = sel.get(sel.size() - 1);
        if (reported.add(last.location())) {
          problems.add(last.location(), "mixed-age-semantics",
              "selectors for " + SituationCells.describe(cell) + " mix birthday and calendar-year ages");
        }
        return;
      }
    }
    List<AgeBand> bands = new ArrayList<>(sel.size());
    for (Selector s : sel) {
      bands.add(s.age());
    }
    bands.sort((x, y) -> Integer.compare(x.fromYears(), y.fromYears()));
    int covered = 0;
    for (AgeBand b : bands) {
      if (b.fromYears() > covered) {
        break;
      }
      covered = Math.max(covered, b.untilYears());
    }
    if (covered != AgeBand.OPEN) {
      Selector s = sel.get(0);
      if (reported.add(s.location())) {
        problems.add(s.location(), "age-gap",
            "no fee-code row covers age " + covered + " for " + SituationCells.describe(cell)
                + ": the age bands of its rows leave a gap");
      }
    }
  }

  private void formulas() {
    Map<String, Long> constants = new HashMap<>();
    book.constants().forEach((k, v) -> constants.put(k, v.amountOre()));
    Map<String, Long> rows = new HashMap<>();
    book.feeCodes().forEach(r -> rows.put(r.key(), r.amountOre()));
    java.util.function.Function<String, Long> resolve =
        ref -> ref.startsWith("row:") ? rows.get(ref.substring(4)) : constants.get(ref);
    for (NamedAmount a : book.constants().values()) {
      check(a.formula(), a.amountOre(), a.location(), "constant '" + a.key() + "'", resolve);
    }
    for (FeeCodeRow r : book.feeCodes()) {
      check(r.formula(), r.amountOre(), r.location(), "row '" + r.key() + "'", resolve);
    }
    if (book.inpatient() != null) {
      NamedAmount f = book.inpatient().foreignPerDay();
      check(f.formula(), f.amountOre(), f.location(), "inpatient.foreignPerDay", resolve);
      NamedAmount s = book.inpatient().swedeAbroadPlannedPerDay();
      check(s.formula(), s.amountOre(), s.location(), "inpatient.swedeAbroadPlannedPerDay", resolve);
    }
  }

  private void check(String formula, long amount, Location at, String what,
      java.util.function.Function<String, Long> resolve) {
    if (formula == null) {
      return;
    }
    try {
      long expected = Formula.evaluate(formula, resolve);
      if (expected != amount) {
        problems.add(at, "formula-mismatch",
            what + " is " + kr(amount) + " but its formula '" + formula + "' gives " + kr(expected));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.add(at, "bad-formula", what + ": cannot read the formula '" + formula + "': " + e.getMessage());
    }
  }

  /** gross = net × (1 + VAT) rounded half up to whole kronor, as the regelbok prints it (R34). */
  private void certificates() {
    Set<String> keys = new HashSet<>();
    for (CertificateTariff c : book.certificates()) {
      if (!keys.add(c.key())) {
        problems.add(c.location(), "duplicate-key", "certificate key '" + c.key() + "' is used twice");
      }
      long expected = grossOf(c.netOre(), c.vatRatePercent());
      if (expected != c.grossOre()) {
        problems.add(c.location(), "vat-mismatch",
            "certificate '" + c.key() + "': net " + kr(c.netOre()) + " with " + c.vatRatePercent()
                + " % VAT is " + kr(expected) + " (rounded to whole kronor), not " + kr(c.grossOre()));
      }
    }
  }

  /** net × (100 + rate) / 100, rounded half up to whole kronor. */
  public static long grossOf(long netOre, int vatPercent) {
    BigDecimal gross = BigDecimal.valueOf(netOre).multiply(BigDecimal.valueOf(100 + vatPercent))
        .divide(BigDecimal.valueOf(100 * 100), 0, RoundingMode.HALF_UP);
    return gross.longValueExact() * 100;
  }

  private void inpatientBands() {
    InpatientTariff t = book.inpatient();
    if (t == null) {
      return;
    }
    int next = 1;
    for (InpatientTariff.DayBand b : t.dayBands()) {
      if (b.fromDay() != next) {
        problems.add(b.location(), "day-gap",
            "inpatient day bands must follow each other from day 1: expected fromDay " + next + ", not " + b.fromDay());
        return;
      }
      if (b.toDay() == 0) {
        next = -1;
      } else if (b.toDay() < b.fromDay()) {
        problems.add(b.location(), "dates-out-of-order", "inpatient day band ends (day " + b.toDay() + ") before it starts");
        return;
      } else {
        next = b.toDay() + 1;
      }
    }
    if (next != -1) {
      problems.add(t.dayBands().get(t.dayBands().size() - 1).location(), "day-gap",
          "the last inpatient day band must be open-ended (no toDay)");
    }
  }

  private void ageBandReferences() {
    Set<String> bands = book.ageBands().keySet();
    if (book.inpatient() != null && !bands.contains(book.inpatient().freeAgeBand())) {
      problems.add(top(), "unknown-age-band", "inpatient.freeAgeBand '" + book.inpatient().freeAgeBand() + "' is not in ageBands");
    }
    String dental = book.outpatient() == null ? null : book.outpatient().dentalFreeAgeBand();
    if (dental != null && !bands.contains(dental)) {
      problems.add(top(), "unknown-age-band", "outpatient.dentalFreeAgeBand '" + dental + "' is not in ageBands");
    }
    book.vaccinations().forEach(v -> {
      if (v.freeAgeBand() != null && !bands.contains(v.freeAgeBand())) {
        problems.add(top(), "unknown-age-band", "vaccination '" + v.vaccine() + "': age band '" + v.freeAgeBand() + "' is not in ageBands");
      }
    });
    for (AidItem a : book.aids()) {
      if (a.ageBand() != null && !bands.contains(a.ageBand())) {
        problems.add(top(), "unknown-age-band", "aid '" + a.key() + "': age band '" + a.ageBand() + "' is not in ageBands");
      }
    }
  }

  /** Aids product keys must not be row keys; a wheel rule's orAgeBand must exist. */
  private void aidProducts() {
    Set<String> rowKeys = new java.util.HashSet<>();
    for (AidItem a : book.aids()) {
      if (!rowKeys.add(a.key())) {
        problems.add(top(), "duplicate-key", "aid key '" + a.key() + "' is used twice");
      }
    }
    for (AidItem a : book.aids()) {
      for (String p : a.rules().products()) {
        if (rowKeys.contains(p)) {
          problems.add(top(), "duplicate-key", "aid '" + a.key() + "': product '" + p + "' is also a row key");
        }
      }
      var wheel = a.rules().wheel();
      if (wheel != null && wheel.orAgeBand() != null && !book.ageBands().containsKey(wheel.orAgeBand())) {
        problems.add(top(), "unknown-age-band", "aid '" + a.key() + "': wheelInches.orAgeBand '" + wheel.orAgeBand() + "' is not in ageBands");
      }
    }
  }

  /** Free certificate keys are unique and are not certificate tariff keys. */
  private void freeCertificates() {
    Set<String> keys = new java.util.HashSet<>();
    book.certificates().forEach(c -> keys.add(c.key()));
    for (var f : book.freeCertificates()) {
      if (!keys.add(f.key())) {
        problems.add(top(), "duplicate-key", "free certificate key '" + f.key() + "' is already a certificate key or used twice");
      }
    }
  }

  private void caps() {
    if (book.outpatientCap() != null && book.outpatientCap().amountOre() == 0) {
      problems.add(top(), "zero-cap", "caps.outpatient.amount must be more than 0");
    }
    if (book.aidsCap() != null && book.aidsCap().amountOre() == 0) {
      problems.add(top(), "zero-cap", "caps.aids.amount must be more than 0");
    }
  }

  static String kr(long ore) {
    return ore % 100 == 0 ? (ore / 100) + " kr" : BigDecimal.valueOf(ore, 2).toPlainString() + " kr";
  }
}
