package se.rjl.patientfees.finance.diff;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each entry of a rulebook is written: {@code (section, key) → file:line}, read from the main
 * file and its parts. Sections are named as {@link Flattener} names them: a list of mappings is
 * keyed by each item's {@code key}, {@code vaccine} or {@code fromDay}; a mapping of mappings by its
 * keys; nested lists and mappings as {@code section.field}.
 */
final class LocationIndex {
  private static final List<String> KEY_FIELDS = List.of("key", "vaccine", "fromDay");

  private final Map<String, String> at = new HashMap<>();

  static final LocationIndex EMPTY = new LocationIndex();

  /** The index of {@code mainFile} and its parts; entries it cannot find are simply absent. */
  static LocationIndex of(Path mainFile) {
    LocationIndex idx = new LocationIndex();
    Node root = compose(mainFile);
    if (!(root instanceof MappingNode m)) {
      return idx;
    }
    idx.addFile(m, mainFile.toString());
    Path dir = mainFile.toAbsolutePath().getParent();
    Path shownDir = mainFile.getParent();
    for (NodeTuple t : m.getValue()) {
      if (scalar(t.getKeyNode()).equals("parts") && t.getValueNode() instanceof SequenceNode parts) {
        for (Node p : parts.getValue()) {
          String name = scalar(p);
          Node part = compose(dir.resolve(name));
          if (part instanceof MappingNode pm) {
            idx.addFile(pm, shownDir == null ? name : shownDir.resolve(name).toString());
          }
        }
      }
    }
    return idx;
  }

  String find(String section, String key) {
    return at.get(section + "\u0000" + key);
  }

  private void addFile(MappingNode root, String file) {
    for (NodeTuple t : root.getValue()) {
      String section = scalar(t.getKeyNode());
      if (section.equals("parts")) {
        continue;
      }
      addSection(section, t.getValueNode(), file);
    }
  }

  private void addSection(String section, Node v, String file) {
    if (v instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        String k = itemKey(item);
        if (k != null) {
          put(section, k, item, file);
        }
      }
    } else if (v instanceof MappingNode m) {
      put(section, "", m, file);
      for (NodeTuple t : m.getValue()) {
        String k = scalar(t.getKeyNode());
        Node child = t.getValueNode();
        if (child instanceof MappingNode) {
          put(section, k, child, file);
          put(section + "." + k, "", child, file);
        } else if (child instanceof SequenceNode seq && !seq.getValue().isEmpty()
            && seq.getValue().get(0) instanceof MappingNode) {
          addSection(section + "." + k, child, file);
        }
      }
    }
  }

  private static String itemKey(Node item) {
    if (!(item instanceof MappingNode m)) {
      return null;
    }
    for (String f : KEY_FIELDS) {
      for (NodeTuple t : m.getValue()) {
        if (scalar(t.getKeyNode()).equals(f) && t.getValueNode() instanceof ScalarNode sv) {
          return sv.getValue();
        }
      }
    }
    return null;
  }

  private void put(String section, String key, Node n, String file) {
    at.putIfAbsent(section + "\u0000" + key, file + ":" + (n.getStartMark().getLine() + 1));
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? s.getValue() : "";
  }

  private static Node compose(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (IOException | RuntimeException e) {
      return null; // the loader has read the file already; without positions the diff still works
    }
  }
}
