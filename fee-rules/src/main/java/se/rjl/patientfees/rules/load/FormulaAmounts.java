package se.rjl.patientfees.rules.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.validate.Formula;
import se.rjl.patientfees.rules.yaml.Problems;

/**
 * Each amount typed once (issue 11): a constant, a fee-code row or an inpatient amount whose amount
 * follows from its {@code formula} may leave {@code amount} out, and the loader computes it here. A
 * stated amount must agree with its formula (the validator checks that). Formulas may refer to
 * constants and rows that are themselves computed; a reference that never resolves is a problem.
 */
final class FormulaAmounts {
  /** The amount of an entry that states none: to be computed from its formula. */
  static final long PENDING = Long.MIN_VALUE;

  private final String file;
  private final Problems problems;

  FormulaAmounts(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  Map<String, NamedAmount> constants(Map<String, NamedAmount> constants) {
    Map<String, NamedAmount> out = new LinkedHashMap<>(constants);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (NamedAmount a : out.values()) {
        if (a.amountOre() != PENDING) {
          continue;
        }
        Long v = evaluate(a.formula(), resolver(out, List.of()));
        if (v != null) {
          out.put(a.key(), withAmount(a, v));
          progress = true;
        }
      }
    }
    for (NamedAmount a : out.values()) {
      if (a.amountOre() == PENDING) {
        unresolved(a.location(), "constant '" + a.key() + "'", a.formula(), resolver(out, List.of()));
      }
    }
    out.values().removeIf(a -> a.amountOre() == PENDING);
    return out;
  }

  List<FeeCodeRow> rows(List<FeeCodeRow> rows, Map<String, NamedAmount> constants) {
    List<FeeCodeRow> out = new ArrayList<>(rows);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = 0; i < out.size(); i++) {
        FeeCodeRow r = out.get(i);
        if (r.amountOre() != PENDING) {
          continue;
        }
        Long v = evaluate(r.formula(), resolver(constants, out));
        if (v != null) {
          out.set(i, new FeeCodeRow(r.key(), r.code(), r.product(), v, r.fullPrice(), r.countsTowardCap(), r.printedAge(),
              r.description(), r.source(), r.formula(), r.selectors(), r.overrides(), r.unreachableBecause(), r.validFrom(),
              r.validTo(), r.location()));
          progress = true;
        }
      }
    }
    for (FeeCodeRow r : out) {
      if (r.amountOre() == PENDING) {
        unresolved(r.location(), "row '" + r.key() + "'", r.formula(), resolver(constants, out));
      }
    }
    out.removeIf(r -> r.amountOre() == PENDING);
    return out;
  }

  InpatientTariff inpatient(InpatientTariff t, Map<String, NamedAmount> constants, List<FeeCodeRow> rows) {
    if (t == null) {
      return null;
    }
    NamedAmount foreign = computed(t.foreignPerDay(), constants, rows);
    NamedAmount abroad = computed(t.swedeAbroadPlannedPerDay(), constants, rows);
    if (foreign == null || abroad == null) {
      return null;
    }
    return new InpatientTariff(t.dayBands(), t.freeAgeBand(), t.exemptGroups(), foreign, abroad, t.leaveMinHours(),
        t.countsTowardCap(), t.source());
  }

  private NamedAmount computed(NamedAmount a, Map<String, NamedAmount> constants, List<FeeCodeRow> rows) {
    if (a.amountOre() != PENDING) {
      return a;
    }
    Long v = evaluate(a.formula(), resolver(constants, rows));
    if (v == null) {
      unresolved(a.location(), a.key(), a.formula(), resolver(constants, rows));
      return null;
    }
    return withAmount(a, v);
  }

  private static NamedAmount withAmount(NamedAmount a, long v) {
    return new NamedAmount(a.key(), v, a.formula(), a.description(), a.source(), a.location());
  }

  private static Function<String, Long> resolver(Map<String, NamedAmount> constants, List<FeeCodeRow> rows) {
    Map<String, Long> byRow = new HashMap<>();
    rows.forEach(r -> byRow.put(r.key(), r.amountOre()));
    return ref -> {
      Long v = ref.startsWith("row:") ? byRow.get(ref.substring(4))
          : constants.get(ref) == null ? null : constants.get(ref).amountOre();
      return v == null || v == PENDING ? null : v;
    };
  }

  /** The formula's value, or null while a reference is not known yet (or the formula is bad: reported later). */
  private static Long evaluate(String formula, Function<String, Long> resolve) {
    if (formula == null) {
      return null;
    }
    try {
      return Formula.evaluate(formula, resolve);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }

  private void unresolved(se.rjl.patientfees.rules.yaml.Location at, String what, String formula, Function<String, Long> resolve) {
    if (formula == null) {
      problems.add(at == null ? se.rjl.patientfees.rules.yaml.Location.ofFile(file) : at, "missing-key",
          what + " needs the key 'amount' (or a formula that gives it)");
      return;
    }
    String why;
    try {
      Formula.evaluate(formula, resolve);
      why = "it cannot be computed";
    } catch (IllegalArgumentException | ArithmeticException e) {
      why = e.getMessage();
    }
    problems.add(at == null ? se.rjl.patientfees.rules.yaml.Location.ofFile(file) : at, "bad-formula",
        what + " states no amount and its formula '" + formula + "' cannot be computed: " + why);
  }
}
