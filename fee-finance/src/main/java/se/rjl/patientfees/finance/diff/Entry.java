package se.rjl.patientfees.finance.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.rjl.patientfees.rules.model.Source;

/**
 * One entry of a rulebook flattened for comparison: a section, the entry's stable key within it
 * ("" for a section that is one entry), its regelbok source, and its values by field name. A value
 * is a text, or a set of texts for list fields whose order carries no meaning (countries,
 * selectors, free recipients …).
 */
public final class Entry {
  private final String section;
  private final String key;
  private final Source source;
  private final Map<String, Object> fields = new LinkedHashMap<>();

  Entry(String section, String key, Source source) {
    this.section = section;
    this.key = key;
    this.source = source;
  }

  public String section() {
    return section;
  }

  public String key() {
    return key;
  }

  /** The regelbok lines the entry cites, or null when the model keeps none. */
  public Source source() {
    return source;
  }

  /** Values by field: {@link String}, or a sorted set of strings. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** "section key", the entry's identity across rulebooks. */
  public String id() {
    return section + "\u0000" + key;
  }

  Entry put(String field, Object value) {
    if (value == null) {
      return this;
    }
    if (value instanceof List<?> l) {
      TreeSet<String> set = new TreeSet<>();
      for (Object o : l) {
        set.add(String.valueOf(o));
      }
      fields.put(field, set);
    } else if (value instanceof java.util.Set<?> s) {
      TreeSet<String> set = new TreeSet<>();
      for (Object o : s) {
        set.add(String.valueOf(o));
      }
      fields.put(field, set);
    } else {
      fields.put(field, String.valueOf(value));
    }
    return this;
  }

  /** All values in one line, for an added or removed entry: {@code amount=250 kr; product=…}. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(e.getKey()).append('=');
      if (e.getValue() instanceof java.util.Set<?> s) {
        b.append('[').append(String.join(" | ", s.stream().map(String::valueOf).toList())).append(']');
      } else {
        b.append(e.getValue());
      }
    }
    return b.toString();
  }
}
