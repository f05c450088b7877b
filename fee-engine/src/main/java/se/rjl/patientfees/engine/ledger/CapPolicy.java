package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.rules.model.CapRule;

/**
 * Which cap applies to a period that opens on a date: the cap of the rulebook in force on the
 * period's first day (decision E02). Asked once, when the period opens; the ledger keeps the answer.
 */
public interface CapPolicy {
  /** The cap for a period starting on {@code firstDay}. */
  Cap capFor(LocalDate firstDay);

  /** A cap amount and length, and the rulebook it comes from. */
  record Cap(long amountOre, int periodMonths, String rulebookId) {}

  /** The outpatient cap of whichever rulebook {@code rulebookFor} gives for a date; none is an error. */
  static CapPolicy outpatient(Function<LocalDate, CompiledRulebook> rulebookFor) {
    return d -> of(rulebookFor.apply(d), d, true);
  }

  /** The aids cap (1 800 kr, L2794). */
  static CapPolicy aids(Function<LocalDate, CompiledRulebook> rulebookFor) {
    return d -> of(rulebookFor.apply(d), d, false);
  }

  /**
   * The outpatient cap of the rulebook in force on the first day; for a period that opened outside
   * every loaded rulebook (a receipt from last year, with only this year's book loaded), the cap of
   * the nearest loaded rulebook (decision E80).
   */
  static CapPolicy outpatient(RulebookSet rulebooks) {
    return d -> of(nearest(rulebooks, d), d, true);
  }

  /** The aids cap, with the same fallback as {@link #outpatient(RulebookSet)}. */
  static CapPolicy aids(RulebookSet rulebooks) {
    return d -> of(nearest(rulebooks, d), d, false);
  }

  /** The rulebook in force on {@code d}, else the loaded one whose validity is nearest to it. */
  static CompiledRulebook nearest(RulebookSet rulebooks, LocalDate d) {
    CompiledRulebook inForce = rulebooks.forDate(d);
    if (inForce != null) {
      return inForce;
    }
    List<CompiledRulebook> all = rulebooks.all();
    if (all.isEmpty()) {
      return null;
    }
    CompiledRulebook first = all.get(0);
    CompiledRulebook last = all.get(all.size() - 1);
    if (d.isBefore(first.rulebook().info().validFrom())) {
      return first;
    }
    if (d.isAfter(last.rulebook().info().validTo())) {
      return last;
    }
    // In a gap between two loaded rulebooks: the earlier one.
    CompiledRulebook before = first;
    for (CompiledRulebook b : all) {
      if (b.rulebook().info().validTo().isBefore(d)) {
        before = b;
      }
    }
    return before;
  }

  private static Cap of(CompiledRulebook b, LocalDate d, boolean outpatient) {
    if (b == null) {
      throw new InvalidInputException("date", "outside-validity", "no rulebook is in force on " + d);
    }
    CapRule r = outpatient ? b.rulebook().outpatientCap() : b.rulebook().aidsCap();
    return new Cap(r.amountOre(), r.periodMonths(), b.id());
  }
}
