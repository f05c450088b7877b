package se.rjl.patientfees.finance.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table of a report, written three ways from the same cells: a CSV file in the dialect asked
 * for, a sheet of an {@code .xlsx} workbook with number cells (amounts in kronor with two decimals,
 * counts as whole numbers, shares as percent), and a sortable HTML table with Swedish headings.
 */
public final class ReportTable {
  /** What a column holds. */
  public enum Kind {
    /** A stable key for programs (CSV, .xlsx), not shown in the HTML report, whose text is Swedish. */
    KEY,
    /** Text as is. */
    TEXT,
    /** A whole number (a {@code Long}). */
    COUNT,
    /** An amount in öre (a {@code Long}): kronor with two decimals. */
    MONEY,
    /** A difference in öre, shown with its sign. */
    MONEY_DIFF,
    /** A change in tenths of a percent (a {@code Long}), or null when there is no base. */
    PERCENT_TENTHS
  }

  /** A column: its key (CSV header), its Swedish heading (HTML, .xlsx) and kind. */
  public record Col(String key, String swedish, Kind kind) {}

  private final String name;
  private final String sheetTitle;
  private final List<Col> cols;
  private final List<Object[]> rows = new ArrayList<>();

  /**
   * @param name the CSV file's base name ({@code by-fee-code}) and the HTML table's id
   * @param sheetTitle the sheet's name in the workbook (at most 31 characters)
   */
  public ReportTable(String name, String sheetTitle, Col... cols) {
    this.name = name;
    this.sheetTitle = sheetTitle.length() > 31 ? sheetTitle.substring(0, 31) : sheetTitle;
    this.cols = List.of(cols);
  }

  public static Col text(String key, String swedish) {
    return new Col(key, swedish, Kind.TEXT);
  }

  /** A key column: in the CSV file and the workbook, not in the HTML report. */
  public static Col key(String key, String swedish) {
    return new Col(key, swedish, Kind.KEY);
  }

  public static Col count(String key, String swedish) {
    return new Col(key, swedish, Kind.COUNT);
  }

  public static Col money(String key, String swedish) {
    return new Col(key, swedish, Kind.MONEY);
  }

  public static Col diff(String key, String swedish) {
    return new Col(key, swedish, Kind.MONEY_DIFF);
  }

  public static Col percent(String key, String swedish) {
    return new Col(key, swedish, Kind.PERCENT_TENTHS);
  }

  /** The change from {@code base} to {@code proposed} in tenths of a percent, or null when base is 0. */
  public static Long change(long base, long proposed) {
    return base == 0 ? null : Math.round((proposed - base) * 1000.0 / base);
  }

  public String name() {
    return name;
  }

  public List<Object[]> rows() {
    return rows;
  }

  /** Adds a row: a String for text, a Long (or Integer) for the other kinds, null for an empty cell. */
  public ReportTable add(Object... cells) {
    if (cells.length != cols.size()) {
      throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + cols.size() + " columns");
    }
    rows.add(cells);
    return this;
  }

  /** Writes {@code dir/name.csv} in {@code dialect}; the Swedish dialect starts with a byte-order mark for Excel. */
  public Path writeCsv(Path dir, CsvDialect dialect) throws IOException {
    Path file = dir.resolve(name + ".csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (dialect == CsvDialect.SWEDISH) {
        w.write('\uFEFF');
      }
      Csv.row(w, dialect, cols.stream().map(Col::key).toArray(String[]::new));
      String[] out = new String[cols.size()];
      for (Object[] r : rows) {
        for (int i = 0; i < out.length; i++) {
          out[i] = csv(r[i], cols.get(i).kind(), dialect);
        }
        Csv.row(w, dialect, out);
      }
    }
    return file;
  }

  private static String csv(Object v, Kind k, CsvDialect d) {
    if (v == null) {
      return "";
    }
    return switch (k) {
      case KEY, TEXT -> v.toString();
      case COUNT -> Long.toString(((Number) v).longValue());
      case MONEY, MONEY_DIFF -> d.amount(((Number) v).longValue());
      case PERCENT_TENTHS -> {
        long t = ((Number) v).longValue();
        String s = (t < 0 ? "-" : "") + Math.abs(t) / 10 + "." + Math.abs(t) % 10;
        yield d.decimalSeparator() == '.' ? s : s.replace('.', d.decimalSeparator());
      }
    };
  }

  /** Adds this table as a sheet: a bold heading row, frozen; number cells with number formats. */
  public void writeSheet(Workbook wb) {
    Worksheet ws = wb.newWorksheet(sheetTitle);
    for (int c = 0; c < cols.size(); c++) {
      ws.value(0, c, cols.get(c).swedish());
      ws.style(0, c).bold().fillColor("EEF2F5").set();
      ws.width(c, cols.get(c).kind() == Kind.TEXT || cols.get(c).kind() == Kind.KEY ? 28 : 16);
    }
    ws.freezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      for (int c = 0; c < cols.size(); c++) {
        Object v = row[c];
        if (v == null) {
          continue;
        }
        switch (cols.get(c).kind()) {
          case KEY, TEXT -> ws.value(r + 1, c, v.toString());
          case COUNT -> {
            ws.value(r + 1, c, ((Number) v).longValue());
            ws.style(r + 1, c).format("# ##0").set();
          }
          case MONEY, MONEY_DIFF -> {
            ws.value(r + 1, c, BigDecimal.valueOf(((Number) v).longValue(), 2));
            ws.style(r + 1, c).format("# ##0.00").set();
          }
          case PERCENT_TENTHS -> {
            ws.value(r + 1, c, BigDecimal.valueOf(((Number) v).longValue(), 3));
            ws.style(r + 1, c).format("0.0%").set();
          }
        }
      }
    }
  }

  /** Writes the table as a sortable, filterable HTML table with the Swedish headings. */
  public void toHtml(Html h) {
    toHtml(h, rows.size());
  }

  /** The same with the first {@code limit} rows only. */
  public void toHtml(Html h, int limit) {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).kind() != Kind.KEY) {
        shown.add(i);
      }
    }
    String[] heads = new String[shown.size()];
    for (int i = 0; i < heads.length; i++) {
      Col c = cols.get(shown.get(i));
      heads[i] = (c.kind() == Kind.TEXT ? "" : "#") + c.swedish();
    }
    h.sortableTable(name, heads);
    String[] cells = new String[shown.size()];
    for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
      for (int i = 0; i < cells.length; i++) {
        cells[i] = html(r[shown.get(i)], cols.get(shown.get(i)).kind());
      }
      h.row(cells);
    }
    h.endTable();
  }

  private static String html(Object v, Kind k) {
    if (v == null) {
      return k == Kind.TEXT ? "–" : "#–";
    }
    return switch (k) {
      case KEY, TEXT -> v.toString().startsWith("#") ? " " + v : v.toString();
      case COUNT -> "#" + Kr.count(((Number) v).longValue());
      case MONEY -> "#" + Kr.text(((Number) v).longValue());
      case MONEY_DIFF -> "#" + Kr.signed(((Number) v).longValue());
      case PERCENT_TENTHS -> {
        long t = ((Number) v).longValue();
        String s = Math.abs(t) / 10 + "," + Math.abs(t) % 10 + " %";
        yield "#" + (t > 0 ? "+" + s : t < 0 ? "−" + s : s);
      }
    };
  }
}
