package se.rjl.patientfees.finance.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Source;

/**
 * Compares two rulebooks entry by entry, by stable key: fee-code rows by {@code key}, constants, age
 * bands, caps, outpatient and inpatient rules, day bands, certificates, copies, vaccinations, free
 * reasons, the smittskydd list, patient groups' countries and aids. Lists whose order carries no
 * meaning (countries, selectors, examples …) are compared as sets, element by element. Decision E33.
 *
 * <pre>{@code
 * RulebookDiff.Result r = RulebookDiff.compare(Path.of("rulebooks/2026.yaml"), Path.of("rulebooks/2027.yaml"));
 * System.out.print(r.toText());
 * Files.writeString(Path.of("diff.html"), r.toHtml());
 * }</pre>
 */
public final class RulebookDiff {
  private RulebookDiff() {}

  /**
   * The differences between two rulebook files (each loaded and validated; a rulebook that does not
   * load throws {@link se.rjl.patientfees.rules.yaml.RulebookException}), with file:line places.
   */
  public static Result compare(Path oldFile, Path newFile) {
    // A new-year draft is compared with its review marks (issue 11): finance sees a proposal's effect
    // before signing it off; validate still refuses the draft until every mark is deleted.
    Rulebook a = RulebookLoader.loadDraft(oldFile).rulebook();
    Rulebook b = RulebookLoader.loadDraft(newFile).rulebook();
    return compare(a, LocationIndex.of(oldFile), oldFile.toString(), b, LocationIndex.of(newFile), newFile.toString());
  }

  /** The differences between two loaded rulebooks (without file:line places). */
  public static Result compare(Rulebook oldBook, Rulebook newBook) {
    return compare(oldBook, LocationIndex.EMPTY, oldBook.info().id(), newBook, LocationIndex.EMPTY, newBook.info().id());
  }

  private static Result compare(
      Rulebook oldBook, LocationIndex oldIdx, String oldName, Rulebook newBook, LocationIndex newIdx, String newName) {
    Map<String, Entry> olds = Flattener.byId(Flattener.flatten(oldBook));
    Map<String, Entry> news = Flattener.byId(Flattener.flatten(newBook));
    List<Change> changes = new ArrayList<>();
    // In the old book's order, with each added entry after the old entries of its section.
    for (Entry o : olds.values()) {
      Entry n = news.get(o.id());
      Change.Origin oo = origin(o, oldIdx);
      if (n == null) {
        changes.add(new Change(Change.Kind.REMOVED, o.section(), o.key(), Change.ENTRY, o.summary(), null, oo, null));
        continue;
      }
      Change.Origin no = origin(n, newIdx);
      compareFields(o, n, oo, no, changes);
    }
    List<Change> added = new ArrayList<>();
    for (Entry n : news.values()) {
      if (!olds.containsKey(n.id())) {
        added.add(new Change(Change.Kind.ADDED, n.section(), n.key(), Change.ENTRY, null, n.summary(), null, origin(n, newIdx)));
      }
    }
    List<Change> all = new ArrayList<>();
    List<String> sectionOrder = new ArrayList<>();
    for (Entry e : olds.values()) {
      if (!sectionOrder.contains(e.section())) {
        sectionOrder.add(e.section());
      }
    }
    for (Entry e : news.values()) {
      if (!sectionOrder.contains(e.section())) {
        sectionOrder.add(e.section());
      }
    }
    for (String s : sectionOrder) {
      changes.stream().filter(c -> c.section().equals(s)).forEach(all::add);
      added.stream().filter(c -> c.section().equals(s)).forEach(all::add);
    }
    return new Result(oldBook.info().id(), oldName, newBook.info().id(), newName, List.copyOf(all));
  }

  private static void compareFields(Entry o, Entry n, Change.Origin oo, Change.Origin no, List<Change> out) {
    Set<String> fields = new java.util.LinkedHashSet<>(o.fields().keySet());
    fields.addAll(n.fields().keySet());
    for (String f : fields) {
      Object a = o.fields().get(f);
      Object b = n.fields().get(f);
      if (java.util.Objects.equals(a, b)) {
        continue;
      }
      if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
        for (Object x : new TreeSet<>(sa)) {
          if (!sb.contains(x)) {
            out.add(new Change(Change.Kind.REMOVED, o.section(), o.key(), f, String.valueOf(x), null, oo, no));
          }
        }
        for (Object x : new TreeSet<>(sb)) {
          if (!sa.contains(x)) {
            out.add(new Change(Change.Kind.ADDED, o.section(), o.key(), f, null, String.valueOf(x), oo, no));
          }
        }
        continue;
      }
      out.add(new Change(
          a == null ? Change.Kind.ADDED : b == null ? Change.Kind.REMOVED : Change.Kind.CHANGED,
          o.section(), o.key(), f, text(a), text(b), oo, no));
    }
    String sa = o.source() == null ? null : o.source().toString();
    String sb = n.source() == null ? null : n.source().toString();
    if (!java.util.Objects.equals(sa, sb)) {
      out.add(new Change(Change.Kind.CHANGED, o.section(), o.key(), "source", cite(o.source()), cite(n.source()), oo, no));
    }
  }

  private static String cite(Source s) {
    return s == null ? null : s.toString();
  }

  private static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Set<?> s) {
      return "[" + String.join(" | ", s.stream().map(String::valueOf).toList()) + "]";
    }
    return String.valueOf(v);
  }

  private static Change.Origin origin(Entry e, LocationIndex idx) {
    return new Change.Origin(e.source() == null ? null : e.source().toString(), idx.find(e.section(), e.key()));
  }

  /**
   * The outcome: both rulebooks' ids and names, and every change in rulebook order.
   *
   * @param oldName the old rulebook's file (or id), as shown in reports
   */
  public record Result(String oldId, String oldName, String newId, String newName, List<Change> changes) {
    public boolean isEmpty() {
      return changes.isEmpty();
    }

    public long count(Change.Kind kind) {
      return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The report as plain text, one change per block. */
    public String toText() {
      return DiffReport.text(this);
    }

    /** The report as a self-contained HTML page. */
    public String toHtml() {
      return DiffReport.html(this, null);
    }

    /** The HTML page with a header naming the input files (size, SHA-256), the version and the time. */
    public String toHtml(se.rjl.patientfees.finance.report.RunInfo run) {
      return DiffReport.html(this, run);
    }
  }
}
