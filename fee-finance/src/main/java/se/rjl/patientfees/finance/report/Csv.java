package se.rjl.patientfees.finance.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV in either {@link CsvDialect}: writing rows, and splitting one line into fields. */
public final class Csv {
  private Csv() {}

  /** Writes one row with {@code ,} (fields quoted only when needed) and a {@code \n}. */
  public static void row(Writer out, String... fields) throws IOException {
    row(out, CsvDialect.INTERNATIONAL, fields);
  }

  /** Writes one row in {@code dialect} and a {@code \r\n} for Swedish Excel, {@code \n} otherwise. */
  public static void row(Writer out, CsvDialect dialect, String... fields) throws IOException {
    char sep = dialect.separator();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(sep);
      }
      out.write(field(fields[i], sep));
    }
    out.write(dialect == CsvDialect.SWEDISH ? "\r\n" : "\n");
  }

  public static String field(String s) {
    return field(s, ',');
  }

  static String field(String s, char sep) {
    if (s == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == sep || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** Thrown for a line whose quotes do not balance. */
  public static final class MalformedLineException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLineException(String message) {
      super(message);
    }
  }

  /** Splits one {@code ,}-separated line into its fields. */
  public static List<String> split(String line) throws MalformedLineException {
    return split(line, ',');
  }

  /**
   * Splits one line into its fields. Quoted fields may hold the separator and doubled quotes; a
   * field may not span lines (the visit format has no multi-line values).
   */
  public static List<String> split(String line, char sep) throws MalformedLineException {
    List<String> out = new ArrayList<>(32);
    int n = line.length();
    int i = 0;
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new MalformedLineException("a quoted field is not closed");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              b.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          b.append(c);
          i++;
        }
        out.add(b.toString());
        if (i < n && line.charAt(i) != sep) {
          throw new MalformedLineException("text after a closing quote in field " + out.size());
        }
      } else {
        int comma = line.indexOf(sep, i);
        int end = comma < 0 ? n : comma;
        String f = line.substring(i, end);
        if (f.indexOf('"') >= 0) {
          throw new MalformedLineException("a quote inside an unquoted field " + (out.size() + 1));
        }
        out.add(f);
        i = end;
      }
      if (i >= n) {
        return out;
      }
      i++; // the separator
      if (i == n) {
        out.add("");
        return out;
      }
    }
  }
}
