package se.rjl.patientfees.rules.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * An explanation's Swedish wording, compiled once for one rule and one rulebook. Placeholders:
 *
 * <ul>
 *   <li>{@code {age}} a parameter of the rule; {@code {reason.key}} a field of an item parameter
 *       (key, title, ageBand, group);
 *   <li>{@code {constants.visit-fee}} a rulebook value ({@link RulebookValues});
 *   <li>{@code {flag?yes-text|no-text}} a choice on a parameter that is set (a flag that is 1, a
 *       non-zero number, a text or item that is given); {@code |no-text} may be left out;
 *   <li>{@code {payer=employer?yes-text|no-text}} a choice on a text parameter's value.
 * </ul>
 *
 * The texts of a choice may hold placeholders themselves.
 */
public final class Template {
  private final Node[] nodes;

  private Template(List<Node> nodes) {
    this.nodes = nodes.toArray(new Node[0]);
  }

  /** Compiles {@code text} for {@code rule}; each problem goes to {@code problem}, and then null is returned. */
  public static Template compile(String text, Rule rule, Map<String, String> values, Consumer<String> problem) {
    Parser p = new Parser(text, rule, values, problem);
    List<Node> nodes = p.sequence(false);
    if (p.pos < text.length()) {
      p.fail("unexpected '" + text.charAt(p.pos) + "' at position " + (p.pos + 1));
    }
    return p.failed ? null : new Template(nodes);
  }

  /** What a step reads to render. */
  public interface Values {
    long param(int index);

    Object ref(int index);

    Rulebook book();
  }

  public void render(StringBuilder out, Values v) {
    for (Node n : nodes) {
      n.render(out, v);
    }
  }

  private interface Node {
    void render(StringBuilder out, Values v);
  }

  private record Literal(String text) implements Node {
    public void render(StringBuilder out, Values v) {
      out.append(text);
    }
  }

  private record Parameter(int index, Param.Kind kind, String field) implements Node {
    public void render(StringBuilder out, Values v) {
      long x = v.param(index);
      switch (kind) {
        case INT -> out.append(x);
        case KR -> Kronor.append(out, x);
        case DATE -> out.append(java.time.LocalDate.ofEpochDay(x));
        case FLAG -> out.append(x != 0 ? "ja" : "nej");
        case TEXT -> out.append(x < 0 ? "" : String.valueOf(v.ref((int) x)));
        case ROW -> {
          if (x >= 0) {
            var row = v.book().feeCodes().get((int) x);
            out.append(field == null ? row.label() : Items.field(v.book(), row, field));
          }
        }
        case ITEM -> {
          if (x >= 0) {
            Object item = v.ref((int) x);
            out.append(field == null ? Items.title(item) : Items.field(v.book(), item, field));
          }
        }
      }
    }
  }

  private record Choice(int index, Param.Kind kind, String equals, Node[] yes, Node[] no) implements Node {
    public void render(StringBuilder out, Values v) {
      long x = v.param(index);
      boolean chosen;
      if (equals != null) {
        chosen = kind == Param.Kind.TEXT
            ? x >= 0 && equals.equals(String.valueOf(v.ref((int) x)))
            : equals.equals(Long.toString(x));
      } else {
        chosen = kind.isReference() ? x >= 0 : x != 0;
      }
      for (Node n : chosen ? yes : no) {
        n.render(out, v);
      }
    }
  }

  private static final class Parser {
    final String text;
    final Rule rule;
    final Map<String, String> values;
    final Consumer<String> problem;
    int pos;
    boolean failed;

    Parser(String text, Rule rule, Map<String, String> values, Consumer<String> problem) {
      this.text = text;
      this.rule = rule;
      this.values = values;
      this.problem = problem;
    }

    /** Reports the template's first problem only: the later ones are usually its echoes. */
    void fail(String message) {
      if (!failed) {
        problem.accept(message);
      }
      failed = true;
    }

    /** Nodes up to the end, or (inside a choice) up to an unnested '|' or '}'. */
    List<Node> sequence(boolean inChoice) {
      List<Node> out = new ArrayList<>();
      StringBuilder lit = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (inChoice && (c == '|' || c == '}')) {
          break;
        }
        if (c == '}') {
          fail("a '}' without its '{' at position " + (pos + 1));
          pos++;
          continue;
        }
        if (c == '{') {
          if (lit.length() > 0) {
            out.add(new Literal(lit.toString()));
            lit.setLength(0);
          }
          pos++;
          Node n = placeholder();
          if (n != null) {
            out.add(n);
          }
          continue;
        }
        lit.append(c);
        pos++;
      }
      if (lit.length() > 0) {
        out.add(new Literal(lit.toString()));
      }
      return out;
    }

    Node placeholder() {
      int start = pos;
      while (pos < text.length() && "}?=|{".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      String name = text.substring(start, pos).trim();
      if (pos >= text.length()) {
        fail("'{" + name + "' is not closed with '}'");
        return null;
      }
      char c = text.charAt(pos);
      if (c == '}') {
        pos++;
        return value(name);
      }
      String equals = null;
      if (c == '=') {
        int s = ++pos;
        while (pos < text.length() && text.charAt(pos) != '?' && text.charAt(pos) != '}') {
          pos++;
        }
        equals = text.substring(s, pos).trim();
        if (pos >= text.length() || text.charAt(pos) != '?') {
          fail("'{" + name + "=" + equals + "' needs '?' and the text to show");
          return null;
        }
        c = '?';
      }
      if (c != '?') {
        fail("unexpected '" + c + "' in '{" + name + "'");
        return null;
      }
      pos++;
      List<Node> yes = sequence(true);
      List<Node> no = List.of();
      if (pos < text.length() && text.charAt(pos) == '|') {
        pos++;
        no = sequence(true);
      }
      if (pos >= text.length() || text.charAt(pos) != '}') {
        fail("the choice on '" + name + "' is not closed with '}'");
        return null;
      }
      pos++;
      int i = rule.paramIndex(name);
      if (i < 0) {
        fail("'" + name + "' is not a parameter of " + rule.id() + " (it has: " + names() + ")");
        return null;
      }
      Param.Kind kind = rule.params().get(i).kind();
      return new Choice(i, kind, equals, yes.toArray(new Node[0]), no.toArray(new Node[0]));
    }

    Node value(String name) {
      int i = rule.paramIndex(name);
      if (i >= 0) {
        Param.Kind k = rule.params().get(i).kind();
        if (k == Param.Kind.FLAG) {
          fail("'" + name + "' is a flag: write {" + name + "?text if set|text if not}");
          return null;
        }
        return new Parameter(i, k, null);
      }
      int dot = name.indexOf('.');
      if (dot > 0) {
        int j = rule.paramIndex(name.substring(0, dot));
        String field = name.substring(dot + 1);
        if (j >= 0) {
          Param.Kind k = rule.params().get(j).kind();
          if ((k == Param.Kind.ITEM || k == Param.Kind.ROW) && Items.isField(field)) {
            return new Parameter(j, k, field);
          }
          fail("'" + name + "': " + rule.params().get(j).name() + " has no field '" + field + "' (items have key, title, ageBand, group)");
          return null;
        }
      }
      String v = values.get(name);
      if (v == null) {
        fail("'{" + name + "}' is neither a parameter of " + rule.id() + " (" + names() + ") nor a rulebook value"
            + se.rjl.patientfees.rules.yaml.Suggest.didYouMean(name, values.keySet()));
        return null;
      }
      return new Literal(v);
    }

    String names() {
      return rule.params().isEmpty() ? "none" : String.join(", ", rule.params().stream().map(Param::name).toList());
    }
  }
}
