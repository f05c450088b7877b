package se.rjl.patientfees.rules.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A value in a rulebook file with its place and path, and typed accessors that record a located
 * {@link Problem} instead of throwing. Accessors return {@code null} after recording a problem, so
 * that reading goes on and one run reports every error.
 */
public final class YamlValue {
  private final Node node;
  private final String file;
  private final String path;
  private final Problems problems;
  private final Set<Node> seen;

  private YamlValue(Node node, String file, String path, Problems problems, Set<Node> seen) {
    this.node = node;
    this.file = file;
    this.path = path;
    this.problems = problems;
    this.seen = seen;
  }

  /** The root of a parsed file. */
  static YamlValue root(Node node, String file, Problems problems) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(node);
    return new YamlValue(node, file, "", problems, seen);
  }

  private YamlValue child(Node child, String childPath) {
    if (!seen.add(child)) {
      // The composer shares the node of an alias: a second visit is an alias (*name).
      problems.add(
          locationOf(child, file), "alias", "YAML aliases (*name) are not allowed in a rulebook; write the value out");
      return null;
    }
    return new YamlValue(child, file, childPath, problems, seen);
  }

  public Location location() {
    return locationOf(node, file);
  }

  static Location locationOf(Node node, String file) {
    return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  /** The dotted path of this value from the file's root, e.g. {@code feeCodes[3].amount}. */
  public String path() {
    return path.isEmpty() ? "(root)" : path;
  }

  public String file() {
    return file;
  }

  public Problems problems() {
    return problems;
  }

  public void problem(String kind, String message) {
    problems.add(location(), kind, message);
  }

  public boolean isNull() {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  /** This value as a mapping, or null (with a problem) if it is something else. */
  private Mapping mappingCache;

  public Mapping mapping() {
    if (mappingCache != null) {
      return mappingCache;
    }
    if (node instanceof MappingNode m) {
      mappingCache = new Mapping(this, m);
      return mappingCache;
    }
    wrongType("a mapping (key: value lines)");
    return null;
  }

  private List<YamlValue> listCache;

  /** This value as a list; a problem and an empty list if it is something else. */
  public List<YamlValue> list() {
    if (listCache != null) {
      return listCache;
    }
    if (node instanceof SequenceNode s) {
      List<YamlValue> out = new ArrayList<>(s.getValue().size());
      int i = 0;
      for (Node n : s.getValue()) {
        YamlValue v = child(n, path + "[" + i + "]");
        if (v != null) {
          out.add(v);
        }
        i++;
      }
      listCache = List.copyOf(out);
      return listCache;
    }
    wrongType("a list (lines starting with '- ')");
    return List.of();
  }

  /** A list, or a single value read as a one-element list ({@code careLevel: PRIMARY}). */
  public List<YamlValue> listOrOne() {
    return node instanceof SequenceNode ? list() : List.of(this);
  }

  public boolean isList() {
    return node instanceof SequenceNode;
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  private String scalarText(String expected) {
    if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return s.getValue();
    }
    wrongType(expected);
    return null;
  }

  /**
   * The text of a scalar, or null for anything else, without reporting a problem: for checks that
   * look again at a value a reader has already read (and reported).
   */
  public String peekText() {
    return node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) ? s.getValue() : null;
  }

  /** A non-empty text. */
  public String text() {
    String s = scalarText("a text");
    if (s != null && s.isBlank()) {
      problem("empty", path() + " must not be empty");
      return null;
    }
    return s;
  }

  public Boolean bool() {
    String s = scalarText("true or false");
    if (s == null) {
      return null;
    }
    return switch (s) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        problem("wrong-type", path() + " must be true or false, not '" + s + "'");
        yield null;
      }
    };
  }

  /** A whole number in [min, max]. */
  public Integer integer(int min, int max) {
    String s = scalarText("a whole number");
    if (s == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(s.replace("_", ""));
      if (v < min || v > max) {
        problem("out-of-range", path() + " must be between " + min + " and " + max + ", not " + v);
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      problem("wrong-type", path() + " must be a whole number, not '" + s + "'");
      return null;
    }
  }

  /** Longer number texts are refused unread: no amount needs them, and reading them is slow. */
  static final int MAX_NUMBER_CHARS = 40;

  /** An exact decimal number (never a binary float). */
  public BigDecimal decimal() {
    String s = scalarText("a number");
    if (s == null) {
      return null;
    }
    if (s.length() > MAX_NUMBER_CHARS) {
      problem("out-of-range", path() + " is not a plausible number: '" + abbreviate(s) + "'");
      return null;
    }
    try {
      return new BigDecimal(s.replace("_", ""));
    } catch (NumberFormatException e) {
      problem("wrong-type", path() + " must be a number, not '" + s + "'");
      return null;
    }
  }

  /**
   * An amount of money in kronor with at most two decimals (öre), not negative, as whole öre. {@code
   * 250} → 25000; {@code 937.50} → 93750.
   */
  public Long amountInOre() {
    BigDecimal d = decimal();
    if (d == null) {
      return null;
    }
    // Messages quote the number as written: toPlainString() of 1e999999999 has a billion digits.
    String written = ((ScalarNode) node).getValue().trim();
    if (d.signum() < 0) {
      problem("negative-amount", path() + " must not be negative, not " + written);
      return null;
    }
    if (d.stripTrailingZeros().scale() > 2) {
      problem("sub-ore-amount", path() + " has more than two decimals (öre): " + written);
      return null;
    }
    if (d.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
      problem("out-of-range", path() + " is implausibly large: " + written + " kr");
      return null;
    }
    return d.movePointRight(2).longValueExact();
  }

  /** An ISO-8601 date (2026-01-01). */
  public LocalDate date() {
    String s = scalarText("a date (YYYY-MM-DD)");
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problem("wrong-type", path() + " must be a date written YYYY-MM-DD, not '" + s + "'");
      return null;
    }
  }

  /** One of the given enum's constants, written in lower-case kebab style or as the constant. */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = scalarText("one of " + allowed(type));
    if (s == null) {
      return null;
    }
    String norm = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(norm)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(YamlValue::kebab).toList();
    problem(
        "unknown-value",
        path() + ": '" + s + "' is not one of " + allowed(type) + Suggest.didYouMean(s, names));
    return null;
  }

  public <E extends Enum<E>> List<E> enumList(Class<E> type) {
    List<E> out = new ArrayList<>();
    for (YamlValue v : listOrOne()) {
      E e = v.enumValue(type);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  public List<String> textList() {
    List<String> out = new ArrayList<>();
    for (YamlValue v : list()) {
      String s = v.text();
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Reads each element of a list with {@code reader}, dropping the ones that failed. */
  public <T> List<T> listOf(Function<YamlValue, T> reader) {
    List<T> out = new ArrayList<>();
    for (YamlValue v : list()) {
      T t = reader.apply(v);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  public static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(YamlValue::kebab).toList());
  }

  private void wrongType(String expected) {
    problem("wrong-type", path() + " must be " + expected + ", but is " + describe(node));
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof ScalarNode s) {
      return s.getTag().equals(Tag.NULL) ? "empty" : "'" + abbreviate(s.getValue()) + "'";
    }
    return "something else";
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /**
   * A mapping being read: ask for the keys you know, then call {@link #finish()} to report the
   * unknown ones (with the nearest known key as a suggestion).
   */
  public static final class Mapping {
    /** The key that marks an entry of a draft rulebook as not yet reviewed. */
    public static final String REVIEW_KEY = "review";

    private final YamlValue owner;
    private final Map<String, NodeTuple> tuples = new java.util.LinkedHashMap<>();
    private final Set<String> asked = new java.util.HashSet<>();
    private final Map<String, YamlValue> children = new java.util.HashMap<>();

    Mapping(YamlValue owner, MappingNode node) {
      this.owner = owner;
      for (NodeTuple t : node.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k) || k.getTag().equals(Tag.NULL)) {
          owner.problems.add(
              locationOf(t.getKeyNode(), owner.file), "wrong-type", "a key must be a plain word");
          continue;
        }
        if (tuples.containsKey(k.getValue())) {
          owner.problems.add(
              locationOf(k, owner.file),
              "duplicate-key",
              "key '" + k.getValue() + "' appears twice in " + owner.path());
          continue;
        }
        tuples.put(k.getValue(), t);
      }
    }

    public YamlValue owner() {
      return owner;
    }

    public boolean has(String key) {
      asked.add(key);
      return tuples.containsKey(key);
    }

    /** The value, or null if the key is absent or its value is empty ({@code key:}). */
    public YamlValue optional(String key) {
      asked.add(key);
      NodeTuple t = tuples.get(key);
      if (t == null) {
        return null;
      }
      YamlValue v;
      if (children.containsKey(key)) {
        v = children.get(key);
      } else {
        v = owner.child(t.getValueNode(), owner.path.isEmpty() ? key : owner.path + "." + key);
        children.put(key, v);
      }
      return v == null || v.isNull() ? null : v;
    }

    /** The value; a problem "missing key" at the mapping if absent. */
    public YamlValue required(String key) {
      YamlValue v = optional(key);
      if (v == null) {
        owner.problem("missing-key", owner.path() + " needs the key '" + key + "'");
      }
      return v;
    }

    /** Where {@code key} is written in this mapping (the mapping's own place if it is absent). */
    public Location keyLocation(String key) {
      NodeTuple t = tuples.get(key);
      return t == null ? owner.location() : locationOf(t.getKeyNode(), owner.file);
    }

    public java.util.Set<String> keys() {
      return java.util.Collections.unmodifiableSet(tuples.keySet());
    }

    /** Reports every key that was never asked for, suggesting the nearest known one. */
    public void finish() {
      for (Map.Entry<String, NodeTuple> e : tuples.entrySet()) {
        if (e.getKey().equals(REVIEW_KEY)) {
          // A draft's review mark (made by the new-year command): the book does not load until
          // someone has checked the entry against the new regelbok and removed the mark.
          Node v = e.getValue().getValueNode();
          String note = v instanceof ScalarNode sn ? sn.getValue() : "";
          owner.problems.add(
              locationOf(e.getValue().getKeyNode(), owner.file),
              "review-pending",
              owner.path() + " is marked for review" + (note.isBlank() ? "" : " (" + note + ")")
                  + ": check it against the new regelbok, then delete the 'review' line");
          continue;
        }
        if (!asked.contains(e.getKey())) {
          owner.problems.add(
              locationOf(e.getValue().getKeyNode(), owner.file),
              "unknown-key",
              "unknown key '"
                  + e.getKey()
                  + "' in "
                  + owner.path()
                  + Suggest.didYouMean(e.getKey(), asked));
        }
      }
    }
  }
}
