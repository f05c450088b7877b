package se.rjl.patientfees.rules.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * What every section reader needs: the default source document, and the reading of {@code source}
 * values (also used by the dental price list).
 */
public final class ReadContext {
  private static final Pattern LINES =
      Pattern.compile("^(?:(?<doc>[\\w.-]+\\.txt)\\s+)?L(?<from>\\d{1,6})(?:\\s*[-–]\\s*L?(?<to>\\d{1,6}))?$");

  private final String defaultDocument;

  public ReadContext(String defaultDocument) {
    this.defaultDocument = defaultDocument == null ? "(unknown document)" : defaultDocument;
  }

  String defaultDocument() {
    return defaultDocument;
  }

  /** The required {@code source} of a mapping. */
  public Source source(YamlValue.Mapping m) {
    YamlValue v = m.required("source");
    return v == null ? null : source(v);
  }

  /**
   * {@code L3353-L3364}, {@code L3353}, {@code 000_660bf81ab5a4a909.txt L6273-L7154} or {@code §
   * Section title}.
   */
  public Source source(YamlValue v) {
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
          v.path() + ": '" + s + "' is not a source; write L10-L12, L10 or § Section title");
      return null;
    }
    int from = Integer.parseInt(m.group("from"));
    int to = m.group("to") == null ? from : Integer.parseInt(m.group("to"));
    if (to < from) {
      v.problem("bad-source", v.path() + ": the line range " + s + " ends before it starts");
      return null;
    }
    String doc = m.group("doc") == null ? defaultDocument : m.group("doc");
    return new Source(doc, from, to, null);
  }
}
