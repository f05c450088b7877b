package se.rjl.patientfees.rules.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses one rulebook file into a node tree with places, safely: no object construction, no
 * aliases, bounded nesting and size.
 */
public final class YamlParser {
  /** A rulebook file larger than this is refused (the 2026 book is about 100 kB). */
  public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  public static final int MAX_NESTING_DEPTH = 40;

  private YamlParser() {}

  /** The root value, or null with a located problem when the text is not YAML or is empty. */
  public static YamlValue parse(String file, String text, Problems problems) {
    if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      problems.add(Location.ofFile(file), "too-large", "the file is larger than " + MAX_CODE_POINTS + " characters");
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try {
      Node root = yaml.compose(new StringReader(text));
      if (root == null) {
        problems.add(new Location(file, 1, 1), "empty-file", "the file is empty");
        return null;
      }
      return YamlValue.root(root, file, problems);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at = m == null ? Location.ofFile(file) : new Location(file, m.getLine() + 1, m.getColumn() + 1);
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(at, "yaml-syntax", "not valid YAML: " + what.trim());
      return null;
    } catch (YAMLException | StackOverflowError e) {
      // Limits (aliases, nesting, size) end up here without a mark.
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      problems.add(Location.ofFile(file), "yaml-limit", "the file breaks a safety limit: " + msg);
      return null;
    }
  }
}
