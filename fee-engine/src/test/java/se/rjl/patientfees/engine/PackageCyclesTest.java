package se.rjl.patientfees.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's packages form no cycle (issue 13: {@code engine ↔ engine.outpatient} and {@code
 * engine.input → engine} were cycles). Reads the imports and the fully qualified names of the main
 * sources of fee-rules, fee-engine and fee-api.
 */
class PackageCyclesTest {
  static final Path ROOT = Path.of(System.getProperty("rulebooks.dir", "../rulebooks")).toAbsolutePath().getParent();
  static final Pattern REF = Pattern.compile("\\b(se\\.rjl\\.patientfees(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

  @Test
  void theLibraryHasNoPackageCycle() throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    for (String module : List.of("fee-rules", "fee-engine", "fee-api")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String text = Files.readString(f);
          Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(text);
          assertThat(pkg.find()).as(f.toString()).isTrue();
          String from = pkg.group(1);
          Set<String> to = deps.computeIfAbsent(from, k -> new TreeSet<>());
          Matcher m = REF.matcher(text.substring(pkg.end()));
          while (m.find()) {
            if (!m.group(1).equals(from)) {
              to.add(m.group(1));
            }
          }
        }
      }
    }
    assertThat(deps).containsKeys("se.rjl.patientfees.engine", "se.rjl.patientfees.engine.outpatient", "se.rjl.patientfees.api");
    assertThat(cycles(deps)).as("package cycles").isEmpty();
  }

  /** The strongly connected components with more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> g) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] next = {0};
    for (String v : g.keySet()) {
      if (!index.containsKey(v)) {
        strong(v, g, index, low, stack, onStack, out, next);
      }
    }
    return out;
  }

  private static void strong(String v, Map<String, Set<String>> g, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] next) {
    index.put(v, next[0]);
    low.put(v, next[0]);
    next[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : g.getOrDefault(v, Set.of())) {
      if (!g.containsKey(w)) {
        continue;
      }
      if (!index.containsKey(w)) {
        strong(w, g, index, low, stack, onStack, out, next);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> c = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        c.add(w);
      } while (!w.equals(v));
      if (c.size() > 1) {
        out.add(c);
      }
    }
  }
}
