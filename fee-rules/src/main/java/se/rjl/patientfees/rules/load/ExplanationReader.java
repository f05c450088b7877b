package se.rjl.patientfees.rules.load;

import java.util.LinkedHashMap;
import java.util.Map;
import se.rjl.patientfees.rules.model.ExplanationEntry;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Reads {@code explanations: {fee-code: {source: L3343-L4101, text: "Avgiftskod {row}: ..."}}}: per
 * rule id the regelbok lines it cites and its Swedish template. Whether every rule the engine can
 * emit has an entry, and whether the templates read, is checked by the validator.
 */
final class ExplanationReader {
  private final ReadContext ctx;

  ExplanationReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  Map<String, ExplanationEntry> read(YamlValue section) {
    Map<String, ExplanationEntry> out = new LinkedHashMap<>();
    YamlValue.Mapping all = section.mapping();
    if (all == null) {
      return out;
    }
    for (String id : all.keys()) {
      YamlValue v = all.optional(id);
      if (v == null) {
        all.owner().problems().add(all.keyLocation(id), "empty", "explanation '" + id + "' has no value");
        continue;
      }
      YamlValue.Mapping m = v.mapping();
      if (m == null) {
        continue;
      }
      String text = FeeCodeReader.text(m, "text", true);
      Source source = ctx.source(m);
      m.finish();
      if (text != null && source != null) {
        out.put(id, new ExplanationEntry(id, source, text, v.location()));
      }
    }
    all.finish();
    return out;
  }
}
