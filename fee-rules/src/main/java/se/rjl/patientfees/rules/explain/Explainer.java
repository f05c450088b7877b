package se.rjl.patientfees.rules.explain;

import java.util.Map;
import se.rjl.patientfees.rules.model.ExplanationEntry;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * One rulebook's explanations, compiled: for each {@link Rule} the lines it cites and its template.
 * Rendering happens only when a result's explanation is asked for. Immutable and thread-safe.
 */
public final class Explainer {
  /** Receives a problem found while compiling. */
  @FunctionalInterface
  public interface ProblemSink {
    void add(Location at, String kind, String message);
  }

  private final Rulebook book;
  private final Template[] templates;
  private final Source[] sources;

  private Explainer(Rulebook book, Template[] templates, Source[] sources) {
    this.book = book;
    this.templates = templates;
    this.sources = sources;
  }

  /** Compiles a loaded (valid) rulebook's explanations. */
  public static Explainer of(Rulebook book) {
    return compile(book, new Location("(rulebook " + book.info().id() + ")", 1, 1), (at, kind, message) -> {
      throw new IllegalArgumentException(at + ": " + message);
    });
  }

  /**
   * Compiles and checks: an entry for every rule the engine can emit, no entry for an unknown rule,
   * every template naming only its rule's parameters and existing rulebook values.
   */
  public static Explainer compile(Rulebook book, Location top, ProblemSink problems) {
    Map<String, ExplanationEntry> entries = book.explanations();
    Map<String, String> values = RulebookValues.of(book);
    Template[] templates = new Template[Rule.values().length];
    Source[] sources = new Source[Rule.values().length];
    for (Rule r : Rule.values()) {
      ExplanationEntry e = entries.get(r.id());
      if (e == null) {
        problems.add(top, "missing-explanation",
            "explanations has no entry for '" + r.id() + "', a step the engine can emit: give its source and Swedish text");
        continue;
      }
      sources[r.ordinal()] = e.source();
      templates[r.ordinal()] = Template.compile(e.text(), r, values,
          message -> problems.add(e.location(), "bad-template", "explanation '" + r.id() + "': " + message));
    }
    for (ExplanationEntry e : entries.values()) {
      if (Rule.byId(e.ruleId()) == null) {
        problems.add(e.location(), "unknown-rule", "explanation '" + e.ruleId() + "' is not a step the engine emits"
            + Suggest.didYouMean(e.ruleId(), java.util.Arrays.stream(Rule.values()).map(Rule::id).toList()));
      }
    }
    return new Explainer(book, templates, sources);
  }

  public Rulebook book() {
    return book;
  }

  /** The Swedish text of a step. */
  public String text(Rule rule, Template.Values values) {
    StringBuilder b = new StringBuilder(96);
    templates[rule.ordinal()].render(b, values);
    return b.toString();
  }

  /** What the step cites: its item's lines when it cites its item, else its entry's. */
  public String cite(Rule rule, Object item) {
    if (rule.citesItem() && item != null) {
      Source s = Items.source(item);
      if (s != null) {
        return s.cite();
      }
    }
    Source s = sources[rule.ordinal()];
    return s == null ? null : s.cite();
  }

  /** The rulebook entry the step used: the rule's fixed key, else its item's key. */
  public String rulebookKey(Rule rule, Object item) {
    if (rule.rulebookKey() == null && item != null) {
      String k = Items.key(book, item);
      if (k != null) {
        return k;
      }
    }
    return rule.rulebookKey();
  }
}
