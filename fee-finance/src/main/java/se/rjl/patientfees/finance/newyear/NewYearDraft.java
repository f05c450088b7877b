package se.rjl.patientfees.finance.newyear;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * Writes a draft of next year's rulebook from this year's: the main file and every part, with the
 * validity moved to the new year, the ids, title and part names updated, and every entry marked
 * for review with a line {@code review: "2026 value, check against the 2027 regelbok"}. The loader
 * refuses the draft, naming each mark with its file and line, until every mark has been checked and
 * deleted (docs/rulebook-format.md, "Review marks in a draft").
 *
 * <p>The transformation works on the text, guided by the YAML node positions, so that comments,
 * order and layout stay as they are. Which mappings get a mark: decision E32.
 *
 * <pre>{@code
 * NewYearDraft.Result r = NewYearDraft.write(Path.of("rulebooks/2026.yaml"), 2027, Path.of("rulebooks"), false);
 * // r.mainFile() = rulebooks/2027.yaml, r.marks().size() review marks
 * }</pre>
 */
public final class NewYearDraft {
  /**
   * A review mark in the draft.
   *
   * @param file the draft file, as written
   * @param line 1-based line of the {@code review} key
   * @param column 1-based column of the {@code review} key
   */
  public record Mark(String file, int line, int column) {}

  /** What was written: the main file, every file, and every mark. */
  public record Result(Path mainFile, List<Path> files, List<Mark> marks, int fromYear, int toYear) {}

  /** A draft that cannot be written (the rulebook does not load, the files exist, a bad year). */
  public static final class DraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
      super(message);
    }
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private NewYearDraft() {}

  /** The text of each mark: {@code 2026 value, check against the 2027 regelbok}. */
  public static String note(int fromYear, int toYear) {
    return fromYear + " value, check against the " + toYear + " regelbok";
  }

  /**
   * Writes the draft of {@code rulebook} (its main file) for {@code year} into {@code outDir}: the
   * main file's name and its parts' paths with the year replaced ({@code 2026.yaml → 2027.yaml},
   * {@code 2026/fee-codes.yaml → 2027/fee-codes.yaml}). Existing files are replaced only with
   * {@code force}; the source files never are.
   */
  public static Result write(Path rulebook, int year, Path outDir, boolean force) throws IOException {
    Rulebook book = RulebookLoader.load(rulebook);
    LocalDate from = book.info().validFrom();
    int fromYear = from.getYear();
    if (year <= fromYear) {
      throw new DraftException("--year " + year + " must come after the rulebook's year " + fromYear);
    }
    int years = year - fromYear;
    String oldY = Integer.toString(fromYear);
    String newY = Integer.toString(year);

    Path mainName = rulebook.getFileName();
    String mainOut = mainName.toString().contains(oldY)
        ? mainName.toString().replace(oldY, newY)
        : mainName.toString().replaceFirst("(\\.ya?ml)?$", "-" + newY + "$1");
    Map<Path, String> out = new LinkedHashMap<>();
    Path mainTarget = outDir.resolve(mainOut);
    String mainText = Files.readString(rulebook, StandardCharsets.UTF_8);
    Transform mainT = new Transform(mainText, true, oldY, newY, years, note(fromYear, year));
    out.put(mainTarget, mainT.apply());
    Path srcDir = rulebook.toAbsolutePath().getParent();
    for (Map.Entry<String, String> part : mainT.parts.entrySet()) {
      Path src = srcDir.resolve(part.getKey()).normalize();
      String text = Files.readString(src, StandardCharsets.UTF_8);
      out.put(outDir.resolve(part.getValue()).normalize(),
          new Transform(text, false, oldY, newY, years, note(fromYear, year)).apply());
    }

    List<Path> sources = new ArrayList<>();
    sources.add(rulebook.toAbsolutePath().normalize());
    mainT.parts.keySet().forEach(p -> sources.add(srcDir.resolve(p).normalize()));
    for (Path target : out.keySet()) {
      Path abs = target.toAbsolutePath().normalize();
      if (sources.contains(abs)) {
        throw new DraftException("the draft would overwrite its source " + target
            + ": give another --out folder or name the files by year");
      }
      if (Files.exists(target) && !force) {
        throw new DraftException(target + " exists; add --force to replace it");
      }
    }
    List<Mark> marks = new ArrayList<>();
    String needle = "review: \"" + note(fromYear, year) + "\"";
    for (Map.Entry<Path, String> e : out.entrySet()) {
      Path target = e.getKey();
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      marks.addAll(marks(target.toString(), e.getValue(), needle));
    }
    return new Result(mainTarget, List.copyOf(out.keySet()), List.copyOf(marks), fromYear, year);
  }

  /** Every mark in a draft file's text. */
  static List<Mark> marks(String file, String text, String needle) {
    List<Mark> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf(needle);
      while (at >= 0) {
        out.add(new Mark(file, i + 1, lines[i].codePointCount(0, at) + 1));
        at = lines[i].indexOf(needle, at + needle.length());
      }
    }
    return out;
  }

  /**
   * The text with every review mark deleted (what the editor does after checking each entry): whole
   * {@code review:} lines, and {@code , review: "…"} inside flow mappings.
   */
  public static String withoutReviewMarks(String text) {
    String s = text.replaceAll("(?m)^([ \\t]*- )review: \"[^\"\\n]*\"[ \\t]*\\r?\\n[ \\t]*", "$1");
    s = s.replaceAll("(?m)^[ \\t]*review: \"[^\"\\n]*\"[ \\t]*\\r?\\n", "");
    return s.replaceAll(", review: \"[^\"\\n]*\"", "");
  }

  /** One file's transformation: edits found from the node tree, applied to the text from the end. */
  private static final class Transform {
    private record Edit(int offset, int remove, String insert, int seq) {}

    private final String text;
    private final boolean main;
    private final String oldY;
    private final String newY;
    private final int years;
    private final String mark;
    private final int[] lineStart;
    private final List<Edit> edits = new ArrayList<>();
    /** The main file's parts: source name → draft name. */
    final Map<String, String> parts = new LinkedHashMap<>();

    Transform(String text, boolean main, String oldY, String newY, int years, String note) {
      this.text = text;
      this.main = main;
      this.oldY = oldY;
      this.newY = newY;
      this.years = years;
      this.mark = "review: " + quote(note);
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String apply() {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
      if (root != null) {
        walk(root, "");
      }
      List<Edit> sorted = new ArrayList<>(edits);
      // From the end, so that earlier offsets stay valid; at one offset, later edits first.
      sorted.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::seq).reversed());
      StringBuilder b = new StringBuilder(text);
      for (Edit e : sorted) {
        b.replace(e.offset, e.offset + e.remove, e.insert);
      }
      return b.toString();
    }

    private void walk(Node n, String path) {
      if (n instanceof MappingNode m) {
        markMapping(m, path);
        for (NodeTuple t : m.getValue()) {
          String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
          String child = path.isEmpty() ? key : path + "." + key;
          Node v = t.getValueNode();
          if (v instanceof ScalarNode s && (key.equals("validFrom") || key.equals("validTo"))) {
            shiftDate(s);
          } else if (main && v instanceof ScalarNode s && (path.equals("rulebook") && (key.equals("id") || key.equals("title")))) {
            replaceYear(s);
          } else if (main && path.isEmpty() && key.equals("parts") && v instanceof SequenceNode seq) {
            for (Node p : seq.getValue()) {
              if (p instanceof ScalarNode ps) {
                String renamed = ps.getValue().replace(oldY, newY);
                parts.put(ps.getValue(), renamed);
                replaceYear(ps);
              }
            }
          }
          walk(v, child);
        }
      } else if (n instanceof SequenceNode s) {
        for (Node item : s.getValue()) {
          walk(item, path + "[]");
        }
      }
    }

    /** Adds the review mark to a mapping that holds a value (decision E32). */
    private void markMapping(MappingNode m, String path) {
      boolean selector = path.endsWith("match[]");
      boolean hasAmount = false;
      NodeTuple firstOneLine = null;
      boolean hasValue = false;
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
        if (key.equals("review")) {
          return; // already marked
        }
        hasAmount |= key.equals("amount");
        if (t.getValueNode() instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
          hasValue = true;
          int keyLine = t.getKeyNode().getStartMark().getLine();
          if (firstOneLine == null && s.getStartMark().getLine() == keyLine && s.getEndMark().getLine() == keyLine
              && (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                  || s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
                  || s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED)) {
            firstOneLine = t;
          }
        }
      }
      boolean flow = m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
      if (!hasValue || ((flow || selector) && !hasAmount)) {
        return;
      }
      if (flow) {
        int end = offset(m.getEndMark()) - 1;
        while (end > 0 && text.charAt(end) != '}') {
          end--;
        }
        edits.add(new Edit(end, 0, ", " + mark, edits.size()));
        return;
      }
      Node firstKey = m.getValue().get(0).getKeyNode();
      if (firstOneLine != null) {
        // After the first key whose value is on its own line: "    review: …" at the key's indentation.
        int line = firstOneLine.getKeyNode().getStartMark().getLine();
        int col = firstOneLine.getKeyNode().getStartMark().getColumn();
        int eol = line + 1 < lineStart.length ? lineStart[line + 1] - 1 : text.length();
        boolean crlf = eol > 0 && text.charAt(eol - 1) == '\r';
        if (crlf) {
          eol--; // CRLF files: before the \r
        }
        edits.add(new Edit(eol, 0, (crlf ? "\r\n" : "\n") + " ".repeat(col) + mark, edits.size()));
        return;
      }
      // No one-line value: put the mark first, at the first key's place.
      int at = offset(firstKey.getStartMark());
      edits.add(new Edit(at, 0, mark + "\n" + " ".repeat(firstKey.getStartMark().getColumn()), edits.size()));
    }

    private void shiftDate(ScalarNode s) {
      String v = s.getValue();
      if (!DATE.matcher(v).matches()) {
        return;
      }
      try {
        String shifted = LocalDate.parse(v).plusYears(years).toString();
        replaceInSpan(s, v, shifted);
      } catch (DateTimeParseException e) {
        // not a date: left for the validator to report
      }
    }

    private void replaceYear(ScalarNode s) {
      if (s.getValue().contains(oldY)) {
        int start = offset(s.getStartMark());
        int end = offset(s.getEndMark());
        String span = text.substring(start, end);
        edits.add(new Edit(start, end - start, span.replace(oldY, newY), edits.size()));
      }
    }

    private void replaceInSpan(ScalarNode s, String from, String to) {
      int start = offset(s.getStartMark());
      int end = offset(s.getEndMark());
      String span = text.substring(start, end);
      Matcher m = Pattern.compile(Pattern.quote(from)).matcher(span);
      edits.add(new Edit(start, end - start, m.replaceFirst(Matcher.quoteReplacement(to)), edits.size()));
    }

    private int offset(org.yaml.snakeyaml.error.Mark mk) {
      int line = mk.getLine();
      if (line >= lineStart.length) {
        return text.length();
      }
      int start = lineStart[line];
      int lineEnd = line + 1 < lineStart.length ? lineStart[line + 1] : text.length();
      int cps = text.codePointCount(start, lineEnd);
      return mk.getColumn() >= cps ? lineEnd : text.offsetByCodePoints(start, mk.getColumn());
    }

    private static String quote(String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }
}
