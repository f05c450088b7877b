package se.rjl.patientfees.rules.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

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
    AliasSpotter parser = new AliasSpotter(new ParserImpl(new StreamReader(new StringReader(text)), options));
    try {
      Node root = new Composer(parser, new Resolver(), options).getSingleNode();
      if (!parser.aliases.isEmpty()) {
        // Reported where the alias is written: the composed tree shares the anchor's node, so its
        // place would be the anchor's. The file is not read further.
        for (Mark m : parser.aliases) {
          problems.add(new Location(file, m.getLine() + 1, m.getColumn() + 1), "alias",
              "YAML aliases (*name) are not allowed in a rulebook; write the value out");
        }
        return null;
      }
      if (root == null) {
        problems.add(new Location(file, 1, 1), "empty-file", "the file is empty");
        return null;
      }
      return YamlValue.root(root, file, problems);
    } catch (ReaderException e) {
      // A character YAML does not allow (a control character, a lone surrogate): say where it is.
      problems.add(firstUnprintable(file, text), "yaml-syntax",
          "not valid YAML: the character U+" + String.format(Locale.ROOT, "%04X", e.getCodePoint()) + " is not allowed");
      return null;
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

  /** The place of the first character YAML does not allow, or the whole file if none is found. */
  private static Location firstUnprintable(String file, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!StreamReader.isPrintable(cp)) {
        return new Location(file, line, column);
      }
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(cp);
    }
    return Location.ofFile(file);
  }

  /** Passes the parser's events on, noting where each alias ({@code *name}) is written. */
  private static final class AliasSpotter implements Parser {
    private final Parser parser;
    final List<Mark> aliases = new ArrayList<>();

    AliasSpotter(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event e = parser.getEvent();
      if (e instanceof AliasEvent && aliases.size() < Problems.MAX) {
        aliases.add(e.getStartMark());
      }
      return e;
    }
  }
}
