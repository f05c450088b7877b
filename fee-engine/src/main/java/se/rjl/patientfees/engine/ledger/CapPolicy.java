package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.rules.model.CapRule;

/**
 * Which cap applies to a period that starts on a date: the cap of the rulebook in force on the
 * period's first day (decision E02).
 */
public interface CapPolicy {
  /** The cap for a period starting on {@code firstDay}. */
  Cap capFor(LocalDate firstDay);

  /** A cap amount and length, and the rulebook it comes from. */
  record Cap(long amountOre, int periodMonths, String rulebookId) {}

  /** The outpatient cap of whichever rulebook {@code rulebookFor} gives for a date. */
  static CapPolicy outpatient(Function<LocalDate, CompiledRulebook> rulebookFor) {
    return d -> of(rulebookFor, d, true);
  }

  /** The aids cap (1 800 kr, L2794). */
  static CapPolicy aids(Function<LocalDate, CompiledRulebook> rulebookFor) {
    return d -> of(rulebookFor, d, false);
  }

  private static Cap of(Function<LocalDate, CompiledRulebook> rulebookFor, LocalDate d, boolean outpatient) {
    CompiledRulebook b = rulebookFor.apply(d);
    if (b == null) {
      throw new InvalidInputException("date", "outside-validity", "no rulebook is in force on " + d);
    }
    CapRule r = outpatient ? b.rulebook().outpatientCap() : b.rulebook().aidsCap();
    return new Cap(r.amountOre(), r.periodMonths(), b.id());
  }
}
