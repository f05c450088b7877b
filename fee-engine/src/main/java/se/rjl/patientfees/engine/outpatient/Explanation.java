package se.rjl.patientfees.engine.outpatient;

import java.util.ArrayList;
import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.rules.model.Source;

/** The rules applied to one contact, in order. Not thread-safe: one per pricing call. */
final class Explanation {
  private final List<AppliedRule> steps = new ArrayList<>(8);

  void add(String id, String rulebookKey, Source source, String textSv) {
    steps.add(new AppliedRule(id, rulebookKey, source == null ? null : source.cite(), textSv));
  }

  /**
   * A step whose sentence and source are the rulebook's {@code ruleTexts} entry for {@code id}, with
   * {@code values} filled in; without an entry the step still names its id.
   */
  void text(String id, se.rjl.patientfees.engine.CompiledRulebook book, Object... values) {
    var t = book.rulebook().ruleText(id);
    steps.add(new AppliedRule(id, t.isPresent() ? "ruleTexts." + id : null, t.map(x -> x.source().cite()).orElse(null),
        t.map(x -> x.format(values)).orElse(id)));
  }

  /** A step citing the regelbok directly by lines (rules whose logic is code, not data). */
  void add(String id, String cite, String textSv) {
    steps.add(new AppliedRule(id, null, cite, textSv));
  }

  List<AppliedRule> steps() {
    return steps;
  }
}
