package se.rjl.patientfees.engine.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.rjl.patientfees.rules.explain.Explainer;
import se.rjl.patientfees.rules.explain.Param;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.explain.Template;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * The rules applied to one request, in order, as rule ids with their parameters: numbers, day
 * numbers, öre, and references to rulebook entries. Recording a step is a few array writes; the
 * Swedish text and the citation come from the rulebook ({@link Explainer}) only when {@link
 * #render()} is asked for (a receipt, JSON, the command line).
 *
 * <p>Written by one pricing call, then frozen when its result is made; a frozen trace is immutable
 * and safe to share.
 */
public final class Trace {
  private static final Rule[] RULES = Rule.values();

  private final Explainer explainer;
  /** Per step: the rule's ordinal, then its parameters. */
  private long[] words;
  private int size;
  /** Texts and rulebook items the parameters point to, or null while there are none. */
  private Object[] refs;
  private int refCount;
  private boolean frozen;

  public Trace(Explainer explainer) {
    this.explainer = explainer;
    this.words = new long[12];
  }

  private Trace(Trace other) {
    this.explainer = other.explainer;
    this.words = Arrays.copyOf(other.words, other.size + 8);
    this.size = other.size;
    this.refs = other.refs == null ? null : Arrays.copyOf(other.refs, other.refs.length);
    this.refCount = other.refCount;
  }

  /** An unfrozen copy to add steps to (a result that is explained further, such as by the cap ledger). */
  public Trace copy() {
    return new Trace(this);
  }

  public Explainer explainer() {
    return explainer;
  }

  /** Called when the result holding this trace is made: no more steps. */
  public void freeze() {
    frozen = true;
  }

  public Trace add(Rule r) {
    start(r, 0);
    return this;
  }

  public Trace add(Rule r, long p0) {
    start(r, 1);
    words[size++] = p0;
    return this;
  }

  public Trace add(Rule r, long p0, long p1) {
    start(r, 2);
    words[size++] = p0;
    words[size++] = p1;
    return this;
  }

  public Trace add(Rule r, long p0, long p1, long p2) {
    start(r, 3);
    words[size++] = p0;
    words[size++] = p1;
    words[size++] = p2;
    return this;
  }

  public Trace add(Rule r, long p0, long p1, long p2, long p3) {
    start(r, 4);
    words[size++] = p0;
    words[size++] = p1;
    words[size++] = p2;
    words[size++] = p3;
    return this;
  }

  /** A step with many parameters (aids, certificates: not on the outpatient path). */
  public Trace addAll(Rule r, long... params) {
    start(r, params.length);
    System.arraycopy(params, 0, words, size, params.length);
    size += params.length;
    return this;
  }

  private void start(Rule r, int arity) {
    if (frozen) {
      throw new IllegalStateException("the trace of a finished result is frozen");
    }
    if (r.arity() != arity) {
      throw new IllegalArgumentException(r.id() + " takes " + r.arity() + " parameters, not " + arity);
    }
    if (size + arity + 1 > words.length) {
      words = Arrays.copyOf(words, Math.max(words.length * 2, size + arity + 1));
    }
    words[size++] = r.ordinal();
  }

  /** Appends the steps of {@code other} (recorded for the same rulebook). */
  public Trace append(Trace other) {
    for (int i = 0; i < other.size; ) {
      Rule r = RULES[(int) other.words[i]];
      start(r, r.arity());
      for (int k = 0; k < r.arity(); k++) {
        long x = other.words[i + 1 + k];
        Param.Kind kind = r.params().get(k).kind();
        words[size++] = (kind == Param.Kind.ITEM || kind == Param.Kind.TEXT) && x >= 0 ? ref(other.refs[(int) x]) : x;
      }
      i += 1 + r.arity();
    }
    return this;
  }

  /** A text or rulebook item as a parameter: its index, or -1 for null. */
  public long ref(Object o) {
    if (o == null) {
      return -1;
    }
    if (refs == null) {
      refs = new Object[4];
    } else if (refCount == refs.length) {
      refs = Arrays.copyOf(refs, refCount * 2);
    }
    refs[refCount] = o;
    return refCount++;
  }

  public static long flag(boolean b) {
    return b ? 1 : 0;
  }

  /** Whether a step of {@code r} was recorded. */
  public boolean contains(Rule r) {
    for (int i = 0; i < size; i += 1 + RULES[(int) words[i]].arity()) {
      if (words[i] == r.ordinal()) {
        return true;
      }
    }
    return false;
  }

  /** The rule ids, in order. */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i += 1 + RULES[(int) words[i]].arity()) {
      ids.add(RULES[(int) words[i]].id());
    }
    return ids;
  }

  /** The steps with their citations and Swedish texts, from the rulebook. */
  public List<AppliedRule> render() {
    List<AppliedRule> out = new ArrayList<>();
    for (int i = 0; i < size; ) {
      Rule r = RULES[(int) words[i]];
      int base = i + 1;
      Object item = firstItem(r, base);
      Step values = new Step(base);
      out.add(new AppliedRule(r.id(), explainer.rulebookKey(r, item), explainer.cite(r, item), explainer.text(r, values)));
      i = base + r.arity();
    }
    return List.copyOf(out);
  }

  private Object firstItem(Rule r, int base) {
    List<Param> ps = r.params();
    for (int k = 0; k < ps.size(); k++) {
      long x = words[base + k];
      if (x < 0) {
        continue;
      }
      if (ps.get(k).kind() == Param.Kind.ITEM) {
        return refs[(int) x];
      }
      if (ps.get(k).kind() == Param.Kind.ROW) {
        return explainer.book().feeCodes().get((int) x);
      }
    }
    return null;
  }

  private final class Step implements Template.Values {
    private final int base;

    Step(int base) {
      this.base = base;
    }

    @Override
    public long param(int index) {
      return words[base + index];
    }

    @Override
    public Object ref(int index) {
      return refs[index];
    }

    @Override
    public Rulebook book() {
      return explainer.book();
    }
  }

  @Override
  public String toString() {
    return ruleIds().toString();
  }
}
