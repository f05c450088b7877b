package se.rjl.patientfees.rules.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.RulebookInfo;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * Rulebooks used together have different ids: a result names the rulebook it was priced with by id,
 * and the facade, the HTTP service and a saved cap state find a rulebook by it (decision E74). Checked
 * on the ids alone, whatever the books' dates.
 */
public final class RulebookIds {
  private RulebookIds() {}

  /** Throws {@link RulebookException} naming every id given to more than one of {@code books}. */
  public static void requireDistinct(List<Rulebook> books) {
    Problems problems = new Problems();
    Map<String, RulebookInfo> first = new HashMap<>();
    for (Rulebook b : books) {
      RulebookInfo info = b.info();
      RulebookInfo earlier = first.putIfAbsent(info.id(), info);
      if (earlier != null) {
        problems.add(where(info), "duplicate-rulebook-id",
            "rulebook id '" + info.id() + "' (valid " + info.validFrom() + "–" + info.validTo() + ") is also the id of the rulebook"
                + (earlier.idLocation() == null ? "" : " at " + earlier.idLocation()) + " (valid " + earlier.validFrom() + "–"
                + earlier.validTo() + "): rulebooks used together need different ids");
      }
    }
    problems.throwIfAny();
  }

  private static Location where(RulebookInfo info) {
    return info.idLocation() != null ? info.idLocation() : Location.ofFile("rulebook " + info.id());
  }
}
