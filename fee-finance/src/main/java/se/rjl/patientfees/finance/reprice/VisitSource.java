package se.rjl.patientfees.finance.reprice;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import se.rjl.patientfees.engine.input.ContactField;
import se.rjl.patientfees.finance.report.Csv;
import se.rjl.patientfees.finance.report.CsvDialect;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Reads a visit file row by row: CSV with a header line (international or Swedish Excel dialect,
 * found from the header; a UTF-8 byte-order mark is skipped), JSON Lines (one object per line), or
 * the first sheet of an {@code .xlsx} workbook with a header row. Blank lines are not rows. A line
 * that cannot be split into values, or whose bytes are not valid in the file's encoding, is still a
 * row: it comes back with its problem, so that it is counted and rejected, never lost.
 *
 * <p>CSV is read as bytes: a line of ASCII without quotes (nearly every line) is split and read in
 * place, without a string per field; other lines are decoded first.
 */
public abstract class VisitSource implements Closeable, RowValues {
  /** The file formats. */
  public enum Format {
    CSV,
    JSONL,
    XLSX;

    /** By file name: {@code .jsonl}, {@code .ndjson}, {@code .json} → JSONL; {@code .xlsx} → XLSX; anything else CSV. */
    public static Format of(Path file) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") ? JSONL
          : n.endsWith(".xlsx") ? XLSX : CSV;
    }
  }

  protected long line;
  protected RowProblem problem;

  /**
   * Opens {@code file} in {@code format}, reading text as {@code charset} (null: UTF-8). A CSV
   * file's header is read and checked here. An {@code .xlsx} workbook is found by its content
   * whatever the format given.
   */
  public static VisitSource open(Path file, Format format, Charset charset) throws IOException {
    return open(file, format, charset, null);
  }

  /** The same, adding every byte of the file to {@code digest} as it is read (null: none). */
  static VisitSource open(Path file, Format format, Charset charset, java.security.MessageDigest digest) throws IOException {
    if (format != Format.XLSX && isZip(file)) {
      format = Format.XLSX;
    }
    if (format == Format.XLSX) {
      if (digest != null) {
        try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      return new XlsxSource(file);
    }
    InputStream raw = Files.newInputStream(file);
    InputStream in = digest == null ? raw : new java.security.DigestInputStream(raw, digest);
    try {
      ByteLines lines = new ByteLines(in);
      Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
      return format == Format.CSV ? new CsvSource(lines, in, cs, charset != null) : new JsonlSource(lines, in, cs);
    } catch (RuntimeException | IOException e) {
      in.close();
      throw e;
    }
  }

  public static VisitSource open(Path file, Format format) throws IOException {
    return open(file, format, null);
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  /** Advances to the next row; false at the end. */
  public abstract boolean next() throws IOException;

  /** The current row's patient id ("" when it has none or the row cannot be read); valid until {@link #next}. */
  public abstract CharSequence patientId();

  /** What was read, for people: {@code CSV, Swedish Excel (';' between fields, decimal comma), UTF-8 with BOM}. */
  public abstract String description();

  /** The same in Swedish, for the report. */
  public abstract String swedishDescription();

  @Override
  public long line() {
    return line;
  }

  @Override
  public RowProblem syntaxProblem() {
    return problem;
  }

  @Override
  public char decimalSeparator() {
    return '.';
  }

  /** The columns of a header, checked: known, once each, the required ones present. */
  static Column[] columns(List<String> names, String where) {
    Column[] columns = new Column[names.size()];
    Set<Column> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).trim();
      Column c = Column.byHeader(n);
      if (c == null) {
        String hint = n.indexOf(';') >= 0 || n.indexOf('\t') >= 0
            ? "; the header has no ',' or ';' between its names where this reader expected them"
            : Suggest.didYouMean(n, Column.headers());
        throw new InputFormatException(where + ": unknown column '" + n + "'" + hint
            + "; the columns are listed in docs/finance.md");
      }
      if (!seen.add(c)) {
        throw new InputFormatException(where + ": column '" + n + "' appears twice");
      }
      columns[i] = c;
    }
    List<String> missing = new ArrayList<>();
    for (Column c : Column.all()) {
      if (c.isRequired() && !seen.contains(c)) {
        missing.add(c.header());
      }
    }
    if (!missing.isEmpty()) {
      throw new InputFormatException(where + ": the header lacks the required column"
          + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
    }
    return columns;
  }

  static String encodingHint(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8)
        ? "not valid UTF-8; save the file as 'CSV UTF-8', or name its encoding with --encoding windows-1252"
        : "not valid " + cs.name();
  }

  // --- CSV ---------------------------------------------------------------------------------------

  private static final class CsvSource extends VisitSource {
    private final ByteLines lines;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean asciiCompatible;
    private final CsvDialect dialect;
    private final byte sep;
    private final Column[] columns;
    private final int idColumn;
    private final boolean bom;
    private final String charsetName;
    /** Per column ordinal: the value of the current row (an {@link AsciiSlice} or a String), or null. */
    private final CharSequence[] values = new CharSequence[Column.all().length];
    private final AsciiSlice[] slices = new AsciiSlice[Column.all().length];
    private final int[] fieldStart = new int[64];
    private final int[] fieldEnd = new int[64];

    CsvSource(ByteLines lines, InputStream in, Charset cs, boolean named) throws IOException {
      this.lines = lines;
      this.in = in;
      this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      this.asciiCompatible = cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.ISO_8859_1)
          || cs.equals(StandardCharsets.US_ASCII) || cs.name().startsWith("windows-125");
      this.charsetName = cs.name();
      for (int i = 0; i < slices.length; i++) {
        slices[i] = new AsciiSlice();
      }
      boolean found = false;
      boolean hasBom = false;
      while (lines.next()) {
        byte[] b = lines.buf();
        int s = lines.start();
        if (lines.line() == 1 && lines.end() - s >= 2 && ((b[s] == (byte) 0xFF && b[s + 1] == (byte) 0xFE)
            || (b[s] == (byte) 0xFE && b[s + 1] == (byte) 0xFF))) {
          throw new InputFormatException("the file is UTF-16 text (Excel's 'Unicode text'): save it as 'CSV UTF-8' "
              + "or 'CSV (semicolon separated)' instead");
        }
        if (lines.line() == 1 && lines.end() - s >= 3 && b[s] == (byte) 0xEF && b[s + 1] == (byte) 0xBB
            && b[s + 2] == (byte) 0xBF) {
          lines.skipInLine(3);
          hasBom = true;
        }
        if (!lines.isBlank()) {
          found = true;
          break;
        }
      }
      if (!found) {
        throw new InputFormatException("the file is empty: a CSV visit file starts with a header line");
      }
      this.bom = hasBom;
      line = lines.line();
      String header;
      try {
        header = decoder.decode(ByteBuffer.wrap(lines.buf(), lines.start(), lines.end() - lines.start())).toString();
      } catch (CharacterCodingException e) {
        throw new InputFormatException("line " + line + ": the header is " + encodingHint(cs));
      }
      dialect = CsvDialect.ofHeader(header);
      sep = (byte) dialect.separator();
      List<String> names;
      try {
        names = Csv.split(header, dialect.separator());
      } catch (Csv.MalformedLineException e) {
        throw new InputFormatException("line " + line + ": the header is not valid CSV: " + e.getMessage());
      }
      if (names.size() > fieldStart.length) {
        throw new InputFormatException("line " + line + ": the header has " + names.size() + " columns, at most "
            + fieldStart.length + " are read");
      }
      columns = columns(names, "line " + line);
      int id = 0;
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] == Column.PATIENT_ID) {
          id = i;
        }
      }
      idColumn = id;
    }

    @Override
    public boolean next() throws IOException {
      while (lines.next()) {
        if (!lines.isBlank()) {
          line = lines.line();
          read();
          return true;
        }
      }
      return false;
    }

    private void read() {
      problem = null;
      java.util.Arrays.fill(values, null);
      byte[] b = lines.buf();
      int s = lines.start();
      int e = lines.end();
      boolean plain = asciiCompatible;
      for (int i = s; plain && i < e; i++) {
        byte x = b[i];
        plain = x >= 0 && x != '"';
      }
      if (plain) {
        int n = 0;
        int from = s;
        for (int i = s; i <= e; i++) {
          if (i == e || b[i] == sep) {
            if (n < fieldStart.length) {
              fieldStart[n] = from;
              fieldEnd[n] = i;
            }
            n++;
            from = i + 1;
          }
        }
        if (n != columns.length) {
          problem = new RowProblem("(row)", "syntax", "the line has " + n + " fields, the header " + columns.length);
          return;
        }
        for (int f = 0; f < n; f++) {
          int a = fieldStart[f];
          int z = fieldEnd[f];
          while (a < z && (b[a] == ' ' || b[a] == '\t')) {
            a++;
          }
          while (z > a && (b[z - 1] == ' ' || b[z - 1] == '\t')) {
            z--;
          }
          int c = columns[f].ordinal();
          values[c] = a == z ? null : slices[c].set(b, a, z);
        }
        return;
      }
      String text;
      try {
        text = decoder.decode(ByteBuffer.wrap(b, s, e - s)).toString();
      } catch (CharacterCodingException x) {
        problem = new RowProblem("(row)", "encoding", "the line is " + encodingHint(Charset.forName(charsetName))
            + " (at byte " + (firstBad(b, s, e) + 1) + ")");
        return;
      }
      List<String> fields;
      try {
        fields = Csv.split(text, dialect.separator());
      } catch (Csv.MalformedLineException x) {
        problem = new RowProblem("(row)", "syntax", x.getMessage());
        return;
      }
      if (fields.size() != columns.length) {
        problem = new RowProblem("(row)", "syntax", "the line has " + fields.size() + " fields, the header " + columns.length);
        return;
      }
      for (int i = 0; i < columns.length; i++) {
        String v = fields.get(i).trim();
        values[columns[i].ordinal()] = v.isEmpty() ? null : v;
      }
    }

    private int firstBad(byte[] b, int s, int e) {
      CharsetDecoder d = Charset.forName(charsetName).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(b, s, e - s);
      CharBuffer out = CharBuffer.allocate(e - s + 1);
      d.decode(in, out, true);
      return in.position() - s;
    }

    @Override
    public CharSequence value(Column c) {
      return values[c.ordinal()];
    }

    @Override
    public CharSequence patientId() {
      CharSequence id = values[Column.PATIENT_ID.ordinal()];
      return problem != null || id == null ? "" : id;
    }

    @Override
    public char decimalSeparator() {
      return dialect.decimalSeparator();
    }

    public CsvDialect dialect() {
      return dialect;
    }

    @Override
    public String description() {
      return "CSV, " + dialect.description() + ", " + charsetName + (bom ? " with a byte-order mark" : "");
    }

    @Override
    public String swedishDescription() {
      return "CSV, " + dialect.swedishDescription() + ", " + charsetName + (bom ? " med BOM" : "");
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  // --- JSON Lines --------------------------------------------------------------------------------

  private static final class JsonlSource extends VisitSource {
    private final ByteLines lines;
    private final InputStream in;
    private final Charset charset;
    private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final String[] values = new String[Column.all().length];

    JsonlSource(ByteLines lines, InputStream in, Charset charset) {
      this.lines = lines;
      this.in = in;
      this.charset = charset;
    }

    @Override
    public boolean next() throws IOException {
      while (lines.next()) {
        if (lines.line() == 1) {
          byte[] b = lines.buf();
          int s = lines.start();
          if (lines.end() - s >= 3 && b[s] == (byte) 0xEF && b[s + 1] == (byte) 0xBB && b[s + 2] == (byte) 0xBF) {
            lines.skipInLine(3);
          }
        }
        if (!lines.isBlank()) {
          line = lines.line();
          read();
          return true;
        }
      }
      return false;
    }

    private void read() throws IOException {
      problem = null;
      java.util.Arrays.fill(values, null);
      String s;
      try {
        s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(lines.buf(), lines.start(), lines.end() - lines.start())).toString();
      } catch (CharacterCodingException e) {
        problem = new RowProblem("(row)", "encoding", "the line is " + encodingHint(charset));
        return;
      }
      try (JsonParser p = json.createParser(s)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          problem = new RowProblem("(row)", "syntax", "a JSON Lines row is one JSON object");
          return;
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
            problem = new RowProblem(name, "unknown-field", "unknown field '" + name + "'" + Suggest.didYouMean(name, Column.headers()));
            return;
          }
          if (v == JsonToken.VALUE_NULL) {
            continue;
          }
          ContactField f = c.field();
          ContactField.Type type = f == null ? ContactField.Type.TEXT : f.type();
          String expected = switch (type) {
            case BOOLEAN -> v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE ? null : "must be true or false";
            case WHOLE_NUMBER -> v == JsonToken.VALUE_NUMBER_INT ? null : "must be a whole number";
            default -> v == JsonToken.VALUE_STRING ? null : "must be a string";
          };
          if (expected != null) {
            String seen = v.isScalarValue() ? p.getText() : v == JsonToken.START_OBJECT ? "an object" : "an array";
            problem = new RowProblem(name, "wrong-type", expected + ", not " + seen);
            return;
          }
          String text = p.getText().trim();
          values[c.ordinal()] = text.isEmpty() ? null : text;
        }
        if (p.nextToken() != null) {
          problem = new RowProblem("(row)", "syntax", "text after the JSON object");
        }
      } catch (JsonProcessingException e) {
        problem = new RowProblem("(row)", "syntax", "not valid JSON: " + e.getOriginalMessage());
      }
    }

    @Override
    public CharSequence value(Column c) {
      return values[c.ordinal()];
    }

    @Override
    public CharSequence patientId() {
      String id = values[Column.PATIENT_ID.ordinal()];
      return problem != null || id == null ? "" : id;
    }

    @Override
    public String description() {
      return "JSON Lines, " + charset.name();
    }

    @Override
    public String swedishDescription() {
      return "JSON Lines, " + charset.name();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  // --- .xlsx -------------------------------------------------------------------------------------

  /**
   * The first sheet of a workbook: the first row names the columns (as in CSV); each further row is
   * one contact. Cells are read by the column's type: a date cell in a date or time column, a
   * number cell in an amount or minutes column, a TRUE/FALSE cell in a yes/no column; text cells as
   * text. Row numbers are the sheet's.
   */
  private static final class XlsxSource extends VisitSource {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final Column[] columns;
    private final String[] values = new String[Column.all().length];

    XlsxSource(Path file) throws IOException {
      try {
        workbook = new ReadableWorkbook(file.toFile());
      } catch (IOException | RuntimeException e) {
        throw new InputFormatException("the file is not a readable .xlsx workbook: " + e.getMessage());
      }
      Sheet sheet = workbook.getFirstSheet();
      stream = sheet.openStream();
      rows = stream.iterator();
      Row header = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        if (!blank(r)) {
          header = r;
          break;
        }
      }
      if (header == null) {
        close();
        throw new InputFormatException("the workbook's first sheet is empty: it starts with a header row");
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.getCellCount(); i++) {
        Cell c = header.getCell(i);
        names.add(c == null ? "" : c.getText().trim());
      }
      while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
        names.remove(names.size() - 1);
      }
      try {
        columns = columns(names, "row " + header.getRowNum());
      } catch (InputFormatException e) {
        close();
        throw e;
      }
    }

    private static boolean blank(Row r) {
      for (int i = 0; i < r.getCellCount(); i++) {
        Cell c = r.getCell(i);
        if (c != null && !c.getText().isBlank()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean next() {
      while (rows.hasNext()) {
        Row r = rows.next();
        if (blank(r)) {
          continue;
        }
        line = r.getRowNum();
        problem = null;
        java.util.Arrays.fill(values, null);
        for (int i = 0; i < r.getCellCount(); i++) {
          Cell cell = r.getCell(i);
          if (cell == null) {
            continue;
          }
          if (i >= columns.length) {
            if (!cell.getText().isBlank()) {
              problem = new RowProblem("(row)", "syntax", "a value in column " + (i + 1) + ", which has no header");
            }
            continue;
          }
          String text = text(cell, columns[i]);
          values[columns[i].ordinal()] = text == null || text.isBlank() ? null : text.trim();
        }
        return true;
      }
      return false;
    }

    /** A cell as the text the CSV file would hold. */
    private static String text(Cell cell, Column c) {
      ContactField.Type type = c.field() == null ? ContactField.Type.TEXT : c.field().type();
      switch (cell.getType()) {
        case NUMBER -> {
          BigDecimal n = cell.asNumber();
          if (type == ContactField.Type.DATE || type == ContactField.Type.DATE_TIME) {
            return serial(n, type);
          }
          if (type == ContactField.Type.AMOUNT || type == ContactField.Type.WHOLE_NUMBER
              || type == ContactField.Type.TEXT) {
            BigDecimal s = n.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
          }
          return cell.getRawValue();
        }
        case BOOLEAN -> {
          return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
        }
        case EMPTY -> {
          return null;
        }
        default -> {
          return cell.getText();
        }
      }
    }

    /** An Excel date serial (days since 1899-12-30, the time as the fraction) as ISO text, to the minute. */
    private static String serial(BigDecimal n, ContactField.Type type) {
      long minutes = n.multiply(BigDecimal.valueOf(1440)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
      LocalDateTime t = EXCEL_EPOCH.atStartOfDay().plusMinutes(minutes);
      return type == ContactField.Type.DATE ? t.toLocalDate().toString() : t.toString();
    }

    @Override
    public CharSequence value(Column c) {
      return values[c.ordinal()];
    }

    @Override
    public CharSequence patientId() {
      String id = values[Column.PATIENT_ID.ordinal()];
      return problem != null || id == null ? "" : id;
    }

    @Override
    public String description() {
      return ".xlsx workbook, first sheet";
    }

    @Override
    public String swedishDescription() {
      return ".xlsx-arbetsbok, första bladet";
    }

    @Override
    public void close() throws IOException {
      if (stream != null) {
        stream.close();
      }
      workbook.close();
    }
  }
}
