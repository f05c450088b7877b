package se.rjl.patientfees.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.YamlValue;
import se.rjl.patientfees.testkit.Gen;

/**
 * Seeded edits of a rulebook's texts that a careless editor could make and that often keep the book
 * loadable: change a number, delete or copy a list item, change or drop a selector's value, swap two
 * values of one key, move a date, rename a key, add an override. A mutation is a small description
 * (kind, file, position, variant); applying it to the texts is deterministic, so a failure prints it
 * and the harness shrinks a list of them.
 */
final class RulebookMutations {
  private RulebookMutations() {}

  enum Kind {
    NUMBER, DELETE_ITEM, COPY_ITEM, COPY_ITEM_RENAMED, SELECTOR_VALUE, DELETE_KEY, SWAP_VALUES, DATE, RENAME_KEY,
    ADD_OVERRIDE, ADD_VALIDITY
  }

  /**
   * One edit.
   *
   * @param kind what to do
   * @param file index into the rulebook's files (the main file is 0), modulo their number
   * @param at which candidate (line, item, value), modulo their number
   * @param variant which replacement, modulo their number
   */
  record Mutation(Kind kind, int file, int at, int variant) {}

  static final Gen<Mutation> MUTATION = Gen.of(c -> {
    int w = c.drawInt(0, 99);
    Kind kind = w < 20 ? Kind.NUMBER : w < 32 ? Kind.DELETE_ITEM : w < 38 ? Kind.COPY_ITEM : w < 44 ? Kind.COPY_ITEM_RENAMED
        : w < 60 ? Kind.SELECTOR_VALUE : w < 70 ? Kind.DELETE_KEY : w < 80 ? Kind.SWAP_VALUES : w < 86 ? Kind.DATE
        : w < 92 ? Kind.RENAME_KEY : w < 96 ? Kind.ADD_OVERRIDE : Kind.ADD_VALIDITY;
    return new Mutation(kind, c.drawInt(0, 63), c.drawInt(0, 1 << 20), c.drawInt(0, 1 << 10));
  });

  static final Gen<List<Mutation>> MUTATIONS = Gen.listOf(MUTATION, 1, 3);

  /** A rulebook as texts: the main file first, parts by the names the main file gives them. */
  record Files(String main, Map<String, String> texts) {
    Files {
      texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    List<String> names() {
      return List.copyOf(texts.keySet());
    }

    Files with(String name, String text) {
      Map<String, String> m = new LinkedHashMap<>(texts);
      m.put(name, text);
      return new Files(main, m);
    }

    Rulebook load() {
      return RulebookLoader.load(main, texts.get(main), n -> Optional.ofNullable(texts.get(n)), n -> n);
    }
  }

  static final Pattern ITEM = Pattern.compile("^(\\s*)- .*$");
  static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(- )?([A-Za-z\"][\\w\"-]*):(.*)$");
  static final Pattern SCALAR = Pattern.compile("^(\\s*(?:- )?([A-Za-z][\\w-]*):[ \\t]+)([^\\s#{\\[][^#]*?)\\s*(#.*)?$");
  static final Pattern NUMBER = Pattern.compile("(?<=: )\\d+(\\.\\d+)?(?=\\s*[,}\\]]|\\s*$|\\s*#)");
  static final Pattern FLOW = Pattern.compile("^(\\s*- )\\{(.*)\\}(\\s*(#.*)?)$");
  static final Pattern PAIR = Pattern.compile("(\\w+): (\\[[^\\]]*\\]|[^,}]+)");
  static final Pattern DATE_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final Pattern ROW_KEY = Pattern.compile("^  - key: \"?([^\"\\s]+)\"?\\s*$");

  static final String[] DATES = {"2025-12-31", "2026-01-01", "2026-03-31", "2026-06-30", "2026-07-01", "2026-12-30",
    "2026-12-31", "2027-01-01", "2027-12-31"};

  /** The values each selector dimension may take, as the rulebook writes them. */
  static Map<String, List<String>> dimensions(List<String> ageBands) {
    Map<String, List<String>> d = new LinkedHashMap<>();
    d.put("service", kebabs(Service.values()));
    d.put("event", kebabs(Event.values()));
    d.put("profession", kebabs(Profession.values()));
    d.put("careLevel", kebabs(Level.values()));
    d.put("tariff", kebabs(Tariff.values()));
    d.put("basis", kebabs(Basis.values()));
    d.put("setting", kebabs(Setting.values()));
    d.put("referral", kebabs(Referral.values()));
    d.put("urgency", kebabs(Urgency.values()));
    d.put("interpreter", List.of("true", "false", "[true, false]"));
    d.put("countsTowardCap", List.of("true", "false"));
    d.put("amount", List.of("0", "1", "250", "99999999"));
    d.put("age", ageBands);
    return d;
  }

  private static List<String> kebabs(Enum<?>[] values) {
    return Arrays.stream(values).map(YamlValue::kebab).toList();
  }

  static Files apply(Files files, Mutation m, List<String> ageBands) {
    List<String> names = files.names();
    String name = names.get(m.file() % names.size());
    List<String> lines = new ArrayList<>(List.of(files.texts().get(name).split("\n", -1)));
    boolean changed = switch (m.kind()) {
      case NUMBER -> number(lines, m);
      case DELETE_ITEM -> deleteItem(lines, m);
      case COPY_ITEM -> copyItem(lines, m, false);
      case COPY_ITEM_RENAMED -> copyItem(lines, m, true);
      case SELECTOR_VALUE -> selectorValue(lines, m, dimensions(ageBands));
      case DELETE_KEY -> deleteKey(lines, m);
      case SWAP_VALUES -> swapValues(lines, m);
      case DATE -> date(lines, m);
      case RENAME_KEY -> renameKey(lines, m);
      case ADD_OVERRIDE -> addOverride(lines, m);
      case ADD_VALIDITY -> addValidity(lines, m);
    };
    return changed ? files.with(name, String.join("\n", lines)) : files;
  }

  static List<Integer> matching(List<String> lines, Pattern p) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).stripLeading().startsWith("#") && p.matcher(lines.get(i)).matches()) {
        out.add(i);
      }
    }
    return out;
  }

  static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** The end (exclusive) of the block that starts at {@code i} with the given indent. */
  static int blockEnd(List<String> lines, int i, int indent) {
    int end = i + 1;
    while (end < lines.size()) {
      String l = lines.get(end);
      if (!l.isBlank() && !l.stripLeading().startsWith("#") && indentOf(l) <= indent) {
        break;
      }
      end++;
    }
    return end;
  }

  static boolean number(List<String> lines, Mutation m) {
    List<int[]> spots = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).stripLeading().startsWith("#")) {
        continue;
      }
      Matcher n = NUMBER.matcher(lines.get(i));
      while (n.find()) {
        spots.add(new int[] {i, n.start(), n.end()});
      }
    }
    if (spots.isEmpty()) {
      return false;
    }
    int[] s = spots.get(m.at() % spots.size());
    String line = lines.get(s[0]);
    java.math.BigDecimal old = new java.math.BigDecimal(line.substring(s[1], s[2]));
    String[] replacements = {
      "0", "1", old.add(java.math.BigDecimal.ONE).toPlainString(), old.multiply(java.math.BigDecimal.TEN).toPlainString(),
      old.divideToIntegralValue(java.math.BigDecimal.valueOf(2)).toPlainString(), "99999999", "100000000", "0.5", "12.50",
      old.subtract(java.math.BigDecimal.ONE).max(java.math.BigDecimal.ZERO).toPlainString(), "150", "10000"
    };
    lines.set(s[0], line.substring(0, s[1]) + replacements[m.variant() % replacements.length] + line.substring(s[2]));
    return true;
  }

  static boolean deleteItem(List<String> lines, Mutation m) {
    List<Integer> items = matching(lines, ITEM);
    if (items.isEmpty()) {
      return false;
    }
    int i = items.get(m.at() % items.size());
    lines.subList(i, blockEnd(lines, i, indentOf(lines.get(i)))).clear();
    return true;
  }

  static boolean copyItem(List<String> lines, Mutation m, boolean rename) {
    List<Integer> items = matching(lines, ITEM);
    if (items.isEmpty()) {
      return false;
    }
    int i = items.get(m.at() % items.size());
    int end = blockEnd(lines, i, indentOf(lines.get(i)));
    List<String> copy = new ArrayList<>(lines.subList(i, end));
    if (rename) {
      for (int k = 0; k < copy.size(); k++) {
        Matcher v = SCALAR.matcher(copy.get(k));
        if (v.matches() && (v.group(2).equals("key") || v.group(2).equals("vaccine"))) {
          copy.set(k, v.group(1) + renamed(v.group(3)));
          break;
        }
      }
    }
    lines.addAll(end, copy);
    return true;
  }

  static String renamed(String value) {
    return value.startsWith("\"") ? value.substring(0, value.length() - 1) + "-copy\"" : value + "-copy";
  }

  static boolean selectorValue(List<String> lines, Mutation m, Map<String, List<String>> dims) {
    List<Integer> flows = matching(lines, FLOW);
    if (flows.isEmpty()) {
      return false;
    }
    int i = flows.get(m.at() % flows.size());
    Matcher f = FLOW.matcher(lines.get(i));
    f.matches();
    List<String[]> pairs = new ArrayList<>();
    Matcher p = PAIR.matcher(f.group(2));
    while (p.find()) {
      pairs.add(new String[] {p.group(1), p.group(2).trim()});
    }
    if (pairs.isEmpty()) {
      return false;
    }
    int v = m.variant();
    List<String> keys = new ArrayList<>(dims.keySet());
    if (v % 4 == 0) { // add or replace a dimension
      String dim = keys.get((v / 4) % keys.size());
      List<String> values = dims.get(dim);
      String value = values.get((v / 64) % values.size());
      pairs.removeIf(x -> x[0].equals(dim));
      pairs.add(new String[] {dim, value});
    } else if (v % 4 == 1 && pairs.size() > 1) { // drop a dimension (it then matches every value)
      pairs.remove((v / 4) % pairs.size());
    } else { // another value of one of its dimensions
      String[] pair = pairs.get((v / 4) % pairs.size());
      List<String> values = dims.getOrDefault(pair[0], List.of(pair[1]));
      pair[1] = values.get((v / 64) % values.size());
    }
    StringBuilder b = new StringBuilder();
    for (String[] x : pairs) {
      b.append(b.isEmpty() ? "" : ", ").append(x[0]).append(": ").append(x[1]);
    }
    lines.set(i, f.group(1) + "{" + b + "}" + f.group(3));
    return true;
  }

  static boolean deleteKey(List<String> lines, Mutation m) {
    List<Integer> keys = matching(lines, KEY_LINE);
    if (keys.isEmpty()) {
      return false;
    }
    int i = keys.get(m.at() % keys.size());
    Matcher k = KEY_LINE.matcher(lines.get(i));
    k.matches();
    int indent = k.group(1).length() + (k.group(2) == null ? 0 : 2);
    int end = blockEnd(lines, i, indent);
    if (k.group(2) != null) {
      // "- key: x" heads a list item: the item's other keys move up under the dash.
      if (end > i + 1 && indentOf(lines.get(i + 1)) == indent) {
        lines.set(i + 1, k.group(1) + "- " + lines.get(i + 1).substring(indent));
        lines.remove(i);
      } else {
        lines.subList(i, end).clear();
      }
    } else {
      lines.subList(i, end).clear();
    }
    return true;
  }

  static boolean swapValues(List<String> lines, Mutation m) {
    List<Integer> scalars = matching(lines, SCALAR);
    if (scalars.size() < 2) {
      return false;
    }
    int a = scalars.get(m.at() % scalars.size());
    Matcher ma = SCALAR.matcher(lines.get(a));
    ma.matches();
    List<Integer> same = new ArrayList<>();
    for (int i : scalars) {
      Matcher mi = SCALAR.matcher(lines.get(i));
      if (i != a && mi.matches() && mi.group(2).equals(ma.group(2))) {
        same.add(i);
      }
    }
    if (same.isEmpty()) {
      return false;
    }
    int b = same.get(m.variant() % same.size());
    Matcher mb = SCALAR.matcher(lines.get(b));
    mb.matches();
    lines.set(a, ma.group(1) + mb.group(3));
    lines.set(b, mb.group(1) + ma.group(3));
    return true;
  }

  static boolean date(List<String> lines, Mutation m) {
    List<int[]> spots = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).stripLeading().startsWith("#")) {
        continue;
      }
      Matcher d = DATE_VALUE.matcher(lines.get(i));
      while (d.find()) {
        spots.add(new int[] {i, d.start(), d.end()});
      }
    }
    if (spots.isEmpty()) {
      return false;
    }
    int[] s = spots.get(m.at() % spots.size());
    String line = lines.get(s[0]);
    lines.set(s[0], line.substring(0, s[1]) + DATES[m.variant() % DATES.length] + line.substring(s[2]));
    return true;
  }

  static boolean renameKey(List<String> lines, Mutation m) {
    List<Integer> keys = new ArrayList<>();
    for (int i : matching(lines, SCALAR)) {
      Matcher v = SCALAR.matcher(lines.get(i));
      v.matches();
      if (List.of("key", "vaccine", "freeAgeBand", "ageBand", "age").contains(v.group(2))) {
        keys.add(i);
      }
    }
    if (keys.isEmpty()) {
      return false;
    }
    int i = keys.get(m.at() % keys.size());
    Matcher v = SCALAR.matcher(lines.get(i));
    v.matches();
    lines.set(i, v.group(1) + renamed(v.group(3)));
    return true;
  }

  /** A fee-code row that overrides another. */
  static boolean addOverride(List<String> lines, Mutation m) {
    List<Integer> rows = matching(lines, ROW_KEY);
    if (rows.size() < 2) {
      return false;
    }
    int i = rows.get(m.at() % rows.size());
    Matcher other = ROW_KEY.matcher(lines.get(rows.get(m.variant() % rows.size())));
    other.matches();
    lines.add(i + 1, "    overrides: [\"" + other.group(1) + "\"]");
    return true;
  }

  /** A fee-code row valid only part of the year. */
  static boolean addValidity(List<String> lines, Mutation m) {
    List<Integer> rows = matching(lines, ROW_KEY);
    if (rows.isEmpty()) {
      return false;
    }
    int i = rows.get(m.at() % rows.size());
    String key = m.variant() % 2 == 0 ? "validFrom" : "validTo";
    lines.add(i + 1, "    " + key + ": " + DATES[(m.variant() / 2) % DATES.length]);
    return true;
  }
}
