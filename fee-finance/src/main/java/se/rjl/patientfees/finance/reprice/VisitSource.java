package se.rjl.patientfees.finance.reprice;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import se.rjl.patientfees.finance.report.Csv;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Reads a visit file row by row: CSV with a header line, or JSON Lines (one object per line).
 * Blank lines are not rows. A line that cannot be split into values is still a row: it comes back
 * with its syntax error, so that it is counted and rejected, never lost.
 */
public abstract class VisitSource implements Closeable {
  /** The file formats. */
  public enum Format {
    CSV,
    JSONL;

    /** By file name: {@code .jsonl}, {@code .ndjson}, {@code .json} → JSONL; anything else CSV. */
    public static Format of(Path file) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") ? JSONL : CSV;
    }
  }

  protected final BufferedReader in;
  protected long line;

  protected VisitSource(BufferedReader in) {
    this.in = in;
  }

  /** Opens {@code file} in {@code format}; a CSV file's header is read and checked here. */
  public static VisitSource open(Path file, Format format) throws IOException {
    BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    try {
      return format == Format.CSV ? new CsvSource(r) : new JsonlSource(r);
    } catch (RuntimeException | IOException e) {
      r.close();
      throw e;
    }
  }

  /** The next row, or null at the end. */
  public abstract RawRow next() throws IOException;

  /**
   * Skips to the next row and returns only its patient id ("" when it has none or cannot be read),
   * or null at the end: for the first pass over a file, which only counts rows and checks grouping.
   */
  public String nextPatientId() throws IOException {
    RawRow r = next();
    return r == null ? null : r.patientId();
  }

  /** The next non-blank line, or null; counts lines. */
  protected String nextLine() throws IOException {
    while (true) {
      String s = in.readLine();
      if (s == null) {
        return null;
      }
      line++;
      if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      if (!s.isBlank()) {
        return s;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static final class CsvSource extends VisitSource {
    private final Column[] columns;
    private int idColumn;

    CsvSource(BufferedReader in) throws IOException {
      super(in);
      String header = nextLine();
      if (header == null) {
        throw new InputFormatException("the file is empty: a CSV visit file starts with a header line");
      }
      List<String> names;
      try {
        names = Csv.split(header);
      } catch (Csv.MalformedLineException e) {
        throw new InputFormatException("line " + line + ": the header is not valid CSV: " + e.getMessage());
      }
      columns = new Column[names.size()];
      Set<Column> seen = new HashSet<>();
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i).trim();
        Column c = Column.byHeader(n);
        if (c == null) {
          throw new InputFormatException("line " + line + ": unknown column '" + n + "'"
              + Suggest.didYouMean(n, Column.headers()) + "; the columns are listed in docs/finance.md");
        }
        if (!seen.add(c)) {
          throw new InputFormatException("line " + line + ": column '" + n + "' appears twice");
        }
        columns[i] = c;
        if (c == Column.PATIENT_ID) {
          idColumn = i;
        }
      }
      List<String> missing = new ArrayList<>();
      for (Column c : Column.values()) {
        if (c.isRequired() && !seen.contains(c)) {
          missing.add(c.header());
        }
      }
      if (!missing.isEmpty()) {
        throw new InputFormatException("line " + line + ": the header lacks the required column"
            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
      }
    }

    @Override
    public String nextPatientId() throws IOException {
      String s = nextLine();
      if (s == null) {
        return null;
      }
      if (s.indexOf('"') >= 0) {
        RawRow r = parse(s);
        return r.patientId();
      }
      int start = 0;
      for (int i = 0; i < idColumn; i++) {
        start = s.indexOf(',', start) + 1;
        if (start == 0) {
          return "";
        }
      }
      int end = s.indexOf(',', start);
      return s.substring(start, end < 0 ? s.length() : end).trim();
    }

    @Override
    public RawRow next() throws IOException {
      String s = nextLine();
      return s == null ? null : parse(s);
    }

    private RawRow parse(String s) {
      List<String> fields;
      try {
        fields = Csv.split(s);
      } catch (Csv.MalformedLineException e) {
        return new RawRow(line, null, e.getMessage());
      }
      if (fields.size() != columns.length) {
        return new RawRow(line, null, "the line has " + fields.size() + " fields, the header " + columns.length);
      }
      String[] values = new String[Column.values().length];
      for (int i = 0; i < columns.length; i++) {
        String v = fields.get(i).trim();
        values[columns[i].ordinal()] = v.isEmpty() ? null : v;
      }
      return new RawRow(line, values, null);
    }
  }

  private static final class JsonlSource extends VisitSource {
    private final JsonFactory json = new JsonFactory();

    JsonlSource(BufferedReader in) {
      super(in);
    }

    @Override
    public RawRow next() throws IOException {
      String s = nextLine();
      if (s == null) {
        return null;
      }
      String[] values = new String[Column.values().length];
      try (JsonParser p = json.createParser(s)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return new RawRow(line, null, "a JSON Lines row is one JSON object");
        }
        while (true) {
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_OBJECT) {
            break;
          }
          String name = p.currentName();
          Column c = Column.byHeader(name);
          JsonToken v = p.nextToken();
          if (c == null) {
            return new RawRow(line, null, "unknown field '" + name + "'" + Suggest.didYouMean(name, Column.headers()));
          }
          switch (v) {
            case VALUE_NULL -> values[c.ordinal()] = null;
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
              String text = p.getText().trim();
              values[c.ordinal()] = text.isEmpty() ? null : text;
            }
            default -> {
              return new RawRow(line, null, "field '" + name + "' must be a text, number or boolean");
            }
          }
        }
        if (p.nextToken() != null) {
          return new RawRow(line, null, "text after the JSON object");
        }
      } catch (JsonProcessingException e) {
        return new RawRow(line, null, "not valid JSON: " + e.getOriginalMessage());
      }
      return new RawRow(line, values, null);
    }
  }
}
