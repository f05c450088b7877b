package se.rjl.patientfees.dental.pricelist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.rjl.patientfees.rules.load.TextFiles;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.RulebookException;
import se.rjl.patientfees.rules.yaml.YamlParser;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Loads a dental price list (docs/dental-price-list.md): read strictly, then checked by {@link
 * PriceListValidator#errors(PriceList)}. Either the whole list loads or a {@link RulebookException}
 * names every problem with file, line and column — a price list never loads in part. Reference-price
 * deviations are warnings, not problems: get them with {@link PriceListValidator#validate(PriceList)}.
 */
public final class PriceListLoader {
  private PriceListLoader() {}

  /** Loads {@code file} (UTF-8 YAML). */
  public static PriceList load(Path file) {
    String text;
    try {
      text = TextFiles.read(file); // a regular file of bounded size only (decision E71)
    } catch (TextFiles.UnreadableFileException e) {
      throw new RulebookException(List.of(new Problem(Location.ofFile(file.toString()), e.kind(), e.getMessage())));
    } catch (IOException e) {
      throw new RulebookException(List.of(new Problem(
          Location.ofFile(file.toString()), "unreadable-file", "cannot read the file: " + e.getMessage())));
    }
    return read(file.toString(), text);
  }

  /** Loads from text; {@code fileName} is used in problem locations. */
  public static PriceList read(String fileName, String text) {
    Problems problems = new Problems();
    YamlValue root = YamlParser.parse(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
    PriceList list = root == null ? null : new PriceListReader(fileName, problems).read(root);
    problems.throwIfAny();
    if (list == null) {
      throw new IllegalStateException("price list not read, but no problem recorded");
    }
    List<Problem> errors = PriceListValidator.errors(list);
    if (!errors.isEmpty()) {
      throw new RulebookException(errors);
    }
    return list;
  }
}
