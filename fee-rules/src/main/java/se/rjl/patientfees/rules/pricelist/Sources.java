package se.rjl.patientfees.rules.pricelist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Reads {@code source} values the way the rulebook does (docs/rulebook-format.md): {@code L6286},
 * {@code L6295-L6297}, {@code 000_660bf81ab5a4a909.txt L6073-L6081} or {@code § Section title}.
 */
final class Sources {
  private static final Pattern LINES =
      Pattern.compile("^(?:(?<doc>[\\w.-]+\\.txt)\\s+)?L(?<from>\\d{1,6})(?:\\s*[-–]\\s*L?(?<to>\\d{1,6}))?$");

  private final String defaultDocument;

  Sources(String defaultDocument) {
    this.defaultDocument = defaultDocument == null ? "(unknown document)" : defaultDocument;
  }

  /** The required {@code source} of a mapping; null (with a located problem) when missing or bad. */
  Source required(YamlValue.Mapping m) {
    YamlValue v = m.required("source");
    return v == null ? null : read(v);
  }

  Source read(YamlValue v) {
    String s = v.text();
    if (s == null) {
      return null;
    }
    s = s.trim();
    if (s.startsWith("§")) {
      String title = s.substring(1).trim();
      if (title.isEmpty()) {
        v.problem("bad-source", v.path() + ": a section source needs a title after '§'");
        return null;
      }
      return new Source(defaultDocument, 0, 0, title);
    }
    Matcher m = LINES.matcher(s);
    if (!m.matches()) {
      v.problem(
          "bad-source",
          v.path() + ": '" + s + "' is not a source; write L6286, L6295-L6297 or § Section title");
      return null;
    }
    int from = Integer.parseInt(m.group("from"));
    int to = m.group("to") == null ? from : Integer.parseInt(m.group("to"));
    if (to < from) {
      v.problem("bad-source", v.path() + ": the line range " + s + " ends before it starts");
      return null;
    }
    return new Source(m.group("doc") == null ? defaultDocument : m.group("doc"), from, to, null);
  }
}
