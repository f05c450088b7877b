package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;
import se.rjl.patientfees.testkit.Gen;
import se.rjl.patientfees.testkit.Property;

/**
 * Seeded random mutations of the real 2026 rulebook files. Whatever the mutation, loading gives a
 * whole {@link Rulebook} or a {@link RulebookException} whose every problem names a file of the
 * rulebook and, unless it is about the whole file, a line and column inside it; never another
 * exception, and never a load slower than {@link #LIMIT_MS}.
 *
 * <p>Runs {@link #CASES} cases on two threads with the fixed seeds {@link #SEED} and {@code SEED + 1}
 * (half each). {@code -Dpbt.cases=10000} runs that many on each thread; {@code -Dpbt.seed=<seed>}
 * replays a reported failure on one thread (the harness prints the seed and the shrunk mutations).
 * The mutations: delete a key (and what is under it), give a value another type, change a number
 * (negative, huge, decimals, 200 000 digits, 1e999999999), truncate a file, duplicate or swap lines,
 * insert a character (control characters, BOM, lone surrogates, YAML indicators), add a tag, use
 * aliases (billion laughs, recursive, 20 000 scalar aliases, undefined), nest up to 1 000 levels,
 * make a file huge (past the 4 M limit, about a megabyte repeated, a 700 000-character text, a long
 * list), drop or empty a part.
 */
class RulebookFuzzTest {
  static final long SEED = 0x2026_0101_F00DL;
  static final int CASES = 2000;
  /** The most CPU time one load may take (the thread's own time, so other builds on the machine do not count). */
  static final long LIMIT_MS = 5_000;

  /** The most wall-clock time one load may take, on a machine shared with other builds. */
  static final long WALL_LIMIT_MS = 30_000;

  static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Problems about a whole file: they have no line. */
  static final List<String> WHOLE_FILE_KINDS = List.of("too-large", "yaml-limit", "unreadable-file", "missing-file");

  static RulebookFiles real;
  static List<String> names;

  @BeforeAll
  static void load() {
    real = RulebookFiles.real();
    names = real.names();
    real.load(); // warm up: the limit is about the loader, not about class loading and JIT
  }

  // ------------------------------------------------------------------------------------------
  // Mutations: what is generated is a small description (kind, file, position, variant); applying
  // it to the real texts is deterministic. The description is what a failure prints and shrinks.

  enum Kind {
    DELETE_KEY, SWAP_TYPE, CHANGE_NUMBER, TRUNCATE, DUPLICATE_LINE, SWAP_LINES, INSERT_CHAR, TAG, ALIAS, DEEP_NESTING,
    HUGE, DROP_PART
  }

  /**
   * One mutation.
   *
   * @param kind what to do
   * @param file index into the rulebook's files (the main file is 0)
   * @param at which candidate (line, key, number, character), modulo their number
   * @param variant which replacement, modulo their number
   * @param size a size for the kinds that have one (nesting depth, repetitions)
   */
  record Mutation(Kind kind, int file, int at, int variant, int size) {
    @Override
    public String toString() {
      return kind + "(" + names.get(file % names.size()) + ", at " + at + ", variant " + variant + ", size " + size + ")";
    }
  }

  static final Gen<Mutation> MUTATION = Gen.of(c -> {
    // Weights: the costly kinds (a huge file, a change that keeps the book valid and so runs the
    // whole validation) are rarer, so that the default run stays well under a minute.
    int w = c.drawInt(0, 99);
    Kind kind = w < 12 ? Kind.DELETE_KEY : w < 24 ? Kind.SWAP_TYPE : w < 36 ? Kind.CHANGE_NUMBER : w < 46 ? Kind.TRUNCATE
        : w < 54 ? Kind.DUPLICATE_LINE : w < 60 ? Kind.SWAP_LINES : w < 72 ? Kind.INSERT_CHAR : w < 78 ? Kind.TAG
        : w < 86 ? Kind.ALIAS : w < 93 ? Kind.DEEP_NESTING : w < 97 ? Kind.DROP_PART : Kind.HUGE;
    return new Mutation(kind, c.drawInt(0, 6), c.drawInt(0, 1 << 20), c.drawInt(0, 63), c.drawInt(1, 1000));
  });

  static final Gen<List<Mutation>> MUTATIONS = Gen.listOf(MUTATION, 1, 3);

  static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(- )?([A-Za-z\"][\\w\"-]*):(.*)$");
  static final Pattern SCALAR_VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z\"][\\w\"-]*:[ \\t]+)([^\\s#{\\[][^#]*?)\\s*$");
  static final Pattern NUMBER = Pattern.compile("(?<=[:\\[, ] ?)-?\\d[\\d_.]*(?=\\s*[,}\\]]|\\s*$)");

  static final String[] OTHER_TYPES = {
    "[a, b]", "{x: 1}", "\"text\"", "42", "-1", "true", "", "2026-01-01", "~", "[]", "{}", "\"21:00\"", "L3353-L3364",
    "!!binary aGVsbG8=", "\"\"", "|\n  block\n  text", ">-\n  folded", "[[[1]]]", "{a: {b: {c: 1}}}", "null", "0.5",
  };

  static final String[] NUMBERS = {
    "-1", "0", "-0", "1", "99999999999", "100000000", "100000000.01", "0.001", "12.345", "1e3", "1E+2", "1e999999999",
    "-1e999999999", "1e-999999999", "0e999999999", "1_000", "0x1F", "010", "+5", ".5", "5.", "1.50", "NaN", ".inf",
    "2147483648", "-2147483649", "9223372036854775808", "1,5", "1 000",
  };

  static final String[] CHARS = {
    ":", "-", "\"", "'", "\t", "&", "*", "!", "%", "|", ">", "{", "[", "]", "}", "#", ",", "?", "@", "`", "\u0000", "\u0007",
    "\uFEFF", "\uD800", "\uDC00", "é", "\r", "\n", " ", "\u2028", "\u00a0", "\\", "~", "<<",
  };

  static final String[] TAGS = {"!!str ", "!!int ", "!!float ", "!!null ", "!!bool ", "!foo ", "!!python/object:os.system ",
    "!!java.io.File ", "!<tag:yaml.org,2002:str> ", "!!map ", "!!seq ", "!!set ", "!!timestamp "};

  static RulebookFiles apply(RulebookFiles files, Mutation m) {
    String name = files.names().get(m.file() % files.names().size());
    String text = files.text(name);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    String out = switch (m.kind()) {
      case DELETE_KEY -> deleteKey(lines, m);
      case SWAP_TYPE -> replaceValue(lines, m, OTHER_TYPES[m.variant() % OTHER_TYPES.length]);
      case CHANGE_NUMBER -> changeNumber(lines, m);
      case TRUNCATE -> text.substring(0, m.at() % (text.length() + 1));
      case DUPLICATE_LINE -> {
        int i = m.at() % lines.size();
        lines.add(i, lines.get(i));
        yield String.join("\n", lines);
      }
      case SWAP_LINES -> {
        if (lines.size() < 2) {
          yield text;
        }
        int i = m.at() % (lines.size() - 1);
        Collections.swap(lines, i, i + 1);
        yield String.join("\n", lines);
      }
      case INSERT_CHAR -> {
        int i = m.at() % (text.length() + 1);
        String ch = CHARS[m.variant() % CHARS.length];
        boolean replace = m.size() % 2 == 0 && i < text.length();
        yield text.substring(0, i) + ch + text.substring(replace ? i + 1 : i);
      }
      case TAG -> {
        List<Integer> candidates = matching(lines, SCALAR_VALUE);
        if (candidates.isEmpty()) {
          yield text;
        }
        int i = candidates.get(m.at() % candidates.size());
        Matcher v = SCALAR_VALUE.matcher(lines.get(i));
        v.matches();
        lines.set(i, v.group(1) + TAGS[m.variant() % TAGS.length] + v.group(2));
        yield String.join("\n", lines);
      }
      case ALIAS -> alias(lines, m);
      case DEEP_NESTING -> {
        int depth = m.size();
        String deep = switch (m.variant() % 3) {
          case 0 -> "[".repeat(depth) + "]".repeat(depth);
          case 1 -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
          default -> {
            StringBuilder b = new StringBuilder();
            for (int d = 0; d < depth; d++) {
              b.append('\n').append("  ".repeat(d + 1)).append("a:");
            }
            yield b.append(" 1").toString();
          }
        };
        yield replaceValue(lines, m, deep);
      }
      case HUGE -> huge(text, m);
      case DROP_PART -> null;
    };
    if (m.kind() == Kind.DROP_PART) {
      String part = files.names().get(1 + m.at() % (files.names().size() - 1));
      return m.variant() % 2 == 0 ? files.without(part) : files.with(part, "");
    }
    return files.with(name, out);
  }

  static List<Integer> matching(List<String> lines, Pattern p) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).matches()) {
        out.add(i);
      }
    }
    return out;
  }

  /** Deletes a key line and the lines under it (more indented than the key). */
  static String deleteKey(List<String> lines, Mutation m) {
    List<Integer> keys = matching(lines, KEY_LINE);
    if (keys.isEmpty()) {
      return String.join("\n", lines);
    }
    int i = keys.get(m.at() % keys.size());
    Matcher k = KEY_LINE.matcher(lines.get(i));
    k.matches();
    int indent = k.group(1).length() + (k.group(2) == null ? 0 : 2);
    int end = i + 1;
    while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) {
      end++;
    }
    // "- key: x" heads a list item: keep the dash so that the item's other keys stay in it.
    if (k.group(2) != null && m.variant() % 2 == 0) {
      lines.set(i, k.group(1) + "- ");
      lines.subList(i + 1, end).clear();
    } else {
      lines.subList(i, end).clear();
    }
    return String.join("\n", lines);
  }

  static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  static String replaceValue(List<String> lines, Mutation m, String value) {
    List<Integer> candidates = matching(lines, SCALAR_VALUE);
    if (candidates.isEmpty()) {
      return String.join("\n", lines) + "\nx: " + value;
    }
    int i = candidates.get(m.at() % candidates.size());
    Matcher v = SCALAR_VALUE.matcher(lines.get(i));
    v.matches();
    lines.set(i, v.group(1) + value);
    return String.join("\n", lines);
  }

  static String changeNumber(List<String> lines, Mutation m) {
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
      return String.join("\n", lines);
    }
    int[] s = spots.get(m.at() % spots.size());
    String line = lines.get(s[0]);
    String old = line.substring(s[1], s[2]);
    int v = m.variant() % (NUMBERS.length + 4);
    String replacement = v < NUMBERS.length ? NUMBERS[v]
        : v == NUMBERS.length ? "9".repeat(m.size() * 200) // up to 200 000 digits
        : v == NUMBERS.length + 1 ? old + "1" // ten times and a bit
        : v == NUMBERS.length + 2 ? old + ".001"
        : "0." + "0".repeat(m.size() * 200) + "1";
    lines.set(s[0], line.substring(0, s[1]) + replacement + line.substring(s[2]));
    return String.join("\n", lines);
  }

  static String alias(List<String> lines, Mutation m) {
    String text = String.join("\n", lines);
    switch (m.variant() % 5) {
      case 0: { // billion laughs, as new keys at the top level
        StringBuilder b = new StringBuilder("\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
          b.append("lol").append(i).append(": &l").append(i).append(" [")
              .append(String.join(", ", Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        return text + b;
      }
      case 1: { // a scalar anchor used again further down
        List<Integer> values = matching(lines, SCALAR_VALUE);
        if (values.size() < 2) {
          return text;
        }
        int a = values.get(m.at() % values.size());
        int b = values.get((m.at() / 7 + 1) % values.size());
        Matcher va = SCALAR_VALUE.matcher(lines.get(a));
        va.matches();
        lines.set(a, va.group(1) + "&x " + va.group(2));
        if (b != a) {
          Matcher vb = SCALAR_VALUE.matcher(lines.get(b));
          vb.matches();
          lines.set(b, vb.group(1) + "*x");
        }
        return String.join("\n", lines);
      }
      case 2: // a recursive alias
        return replaceValue(lines, m, "&r [*r, *r]");
      case 3: // very many scalar aliases
        return text + "\nmany: &s x\nmore: [" + String.join(", ", Collections.nCopies(m.size() * 20, "*s")) + "]\n";
      default: // an alias to an anchor that does not exist
        return replaceValue(lines, m, "*nowhere");
    }
  }

  static String huge(String text, Mutation m) {
    switch (m.variant() % 4) {
      case 0: // past the size limit
        return text + "\n#" + "x".repeat(4 * 1024 * 1024);
      case 1: { // the file repeated, up to about a megabyte
        int times = Math.max(2, Math.min(m.size() / 25, 1_000_000 / Math.max(1, text.length())));
        return String.join("\n", Collections.nCopies(times, text));
      }
      case 2: // one huge text value
        return text.replaceFirst("title: \"", "title: \"" + "å".repeat(200_000 + m.size() * 500));
      default: { // a long list: many copies of one list line
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).matches("^\\s+- \"[^\"]*\"\\s*$")) {
            lines.addAll(i, Collections.nCopies(m.size() * 20, lines.get(i)));
            break;
          }
        }
        return String.join("\n", lines);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // The property.

  static final AtomicLong slowestMs = new AtomicLong();
  static final AtomicReference<String> slowest = new AtomicReference<>("");
  static final AtomicLong loaded = new AtomicLong();
  static final AtomicLong peakAfterGc = new AtomicLong();
  static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
  static final java.util.Map<String, Long> TIME_BY_KIND = new java.util.concurrent.ConcurrentSkipListMap<>();
  static final AtomicLong refused = new AtomicLong();

  static void check(List<Mutation> mutations) {
    RulebookFiles files = real;
    for (Mutation m : mutations) {
      files = apply(files, m);
    }
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    Rulebook book = null;
    RulebookException refusal = null;
    try {
      book = files.load();
    } catch (RulebookException e) {
      refusal = e;
    }
    long ms = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    TIME_BY_KIND.merge(mutations.get(0).kind() + (book != null ? "+loaded" : ""), ms, Long::sum);
    synchronized (slowest) {
      if (ms > slowestMs.get()) {
        slowestMs.set(ms);
        slowest.set(mutations.toString());
      }
    }
    assertThat(ms).as("CPU time of the load in ms").isLessThanOrEqualTo(LIMIT_MS);
    assertThat(wallMs).as("wall-clock time of the load in ms").isLessThanOrEqualTo(WALL_LIMIT_MS);
    peakAfterGc.accumulateAndGet(HEAP.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max);
    if (book != null) {
      loaded.incrementAndGet();
      assertWhole(book);
    } else {
      refused.incrementAndGet();
      assertLocated(refusal, files);
    }
  }

  /** A rulebook that loads has every section. */
  static void assertWhole(Rulebook book) {
    assertThat(book.info()).isNotNull();
    assertThat(book.outpatientCap()).isNotNull();
    assertThat(book.aidsCap()).isNotNull();
    assertThat(book.outpatient()).isNotNull();
    assertThat(book.inpatient()).isNotNull();
    assertThat(book.inpatient().dayBands()).isNotEmpty();
    assertThat(book.missedVisits()).isNotNull();
    assertThat(book.copies()).isNotNull();
    assertThat(book.feeCodes()).allSatisfy(r -> assertThat(r.selectors().isEmpty()).isEqualTo(r.unreachableBecause() != null));
  }

  /** Every problem names a file of the rulebook and, unless about the whole file, a place in it. */
  static void assertLocated(RulebookException e, RulebookFiles files) {
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.kind()).as(p.toString()).matches("[a-z]+(-[a-z]+)*");
      assertThat(p.message()).as(p.toString()).isNotBlank();
      assertThat(e.getMessage()).contains(p.toString());
      String file = p.location().file();
      assertThat(file).as(p.toString()).isIn(files.names());
      if (WHOLE_FILE_KINDS.contains(p.kind())) {
        continue;
      }
      int lines = (int) files.text(file).chars().filter(ch -> ch == '\n').count() + 1;
      assertThat(p.location().line()).as(p.toString()).isBetween(1, lines + 1);
      assertThat(p.location().column()).as(p.toString()).isGreaterThanOrEqualTo(1);
    }
  }

  /**
   * Two properties on two threads (seeds {@link #SEED} and {@code SEED + 1}, half the cases each), as
   * the build machine has two cores. {@code -Dpbt.seed} runs one property with every case on one
   * thread, which replays a failure of either: a failing case has the same number in both runs.
   */
  @Test
  void mutatedRulebooksLoadWholeOrNameEveryProblemsPlace() throws Exception {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    boolean replay = System.getProperty("pbt.seed") != null;
    int threads = replay ? 1 : 2;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<Property.Summary>> runs = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        Property<List<Mutation>> property = Property.forAll(MUTATIONS).named("RulebookFuzzTest.mutations-" + t)
            .withSeed(SEED + t).cases(CASES / threads).shrinkLimit(300);
        runs.add(pool.submit(() -> property.check(RulebookFuzzTest::check)));
      }
      List<String> seeds = new ArrayList<>();
      int cases = 0;
      for (java.util.concurrent.Future<Property.Summary> run : runs) {
        try {
          Property.Summary summary = run.get();
          seeds.add(Long.toString(summary.seed()));
          cases += summary.cases();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof Error err) {
            throw err; // the harness's report: seed, minimal mutations, the failure
          }
          throw e;
        }
      }
      long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
      System.out.printf("fuzz: seeds %s, %d cases (%d loaded, %d refused) in %d s on %d threads;"
              + " slowest load %d ms CPU: %s; heap: peak %d MB with garbage, at most %d MB live after a GC%n",
          seeds, cases, loaded.get(), refused.get(), (System.nanoTime() - start) / 1_000_000_000, threads,
          slowestMs.get(), slowest.get(), peakMb, peakAfterGc.get() / (1024 * 1024));
      System.out.println("fuzz: load ms by first mutation kind: " + TIME_BY_KIND);
      assertThat(cases).isGreaterThanOrEqualTo(replay ? 1 : CASES);
      assertThat(refused.get()).as("most mutations break the book").isGreaterThan(loaded.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theMutationsAreReproducible() {
    List<List<Mutation>> a = MUTATIONS.samples(SEED, 50);
    assertThat(MUTATIONS.samples(SEED, 50)).isEqualTo(a);
    RulebookFiles once = real;
    RulebookFiles twice = real;
    for (Mutation m : a.get(0)) {
      once = apply(once, m);
      twice = apply(twice, m);
    }
    for (String n : once.names()) {
      assertThat(once.text(n)).isEqualTo(twice.text(n));
    }
  }

  @Test
  void aFileJustUnderTheSizeLimitLoadsInBoundedTime() {
    // The worst size the parser accepts: 2026/fee-codes.yaml repeated to almost 4 M characters.
    String fees = real.text("2026/fee-codes.yaml");
    int times = (4 * 1024 * 1024 - 1) / (fees.length() + 1);
    RulebookFiles big = real.with("2026/fee-codes.yaml", String.join("\n", Collections.nCopies(times, fees)));
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    List<Problem> problems = big.problems();
    long ms = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    assertThat(problems).extracting(Problem::kind).contains("duplicate-key");
    assertThat(ms).as("CPU ms to refuse %d copies of fee-codes.yaml", times).isLessThanOrEqualTo(LIMIT_MS);
    System.out.printf("fuzz: %d copies of fee-codes.yaml (%d characters) refused in %d ms CPU%n", times,
        big.text("2026/fee-codes.yaml").length(), ms);
  }
}
