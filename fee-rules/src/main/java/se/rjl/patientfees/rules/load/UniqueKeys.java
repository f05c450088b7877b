package se.rjl.patientfees.rules.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Every key that names an entry of a list is unique in its list: a request, a contact or the diff
 * names the entry by that key, so a second entry with the same key would be ignored, break pricing,
 * or vanish from a comparison (issue 16). Each repeat is reported where it is written, with the
 * place of the first. Mappings (constants, age bands) cannot repeat a key: the YAML reader refuses
 * that. Fee-code rows are checked by the validator ({@code duplicate-row-key}), free recipients of
 * copies by their reader.
 */
final class UniqueKeys {
  /** A keyed list: where it is ({@code section} or {@code section.key}), the field that names an entry, and what an entry is called. */
  private record Keyed(String section, String subKey, String keyField, String what) {}

  private static final List<Keyed> LISTS = List.of(
      new Keyed("certificates", null, "key", "certificate"),
      new Keyed("freeCertificates", null, "key", "free certificate"),
      new Keyed("vaccinations", null, "vaccine", "vaccination"),
      new Keyed("freeReasons", null, "key", "free reason"),
      new Keyed("patientGroups", null, "key", "patient group"),
      new Keyed("inpatient", "exemptGroups", "key", "inpatient exempt group"),
      new Keyed("otherCharges", null, "key", "other charge"),
      new Keyed("aids", null, "key", "aid"));

  private UniqueKeys() {}

  static void check(Map<String, YamlValue> sections, Problems problems) {
    for (Keyed k : LISTS) {
      YamlValue list = listOf(sections.get(k.section()), k.subKey());
      if (list == null) {
        continue;
      }
      Map<String, Location> first = new HashMap<>();
      for (YamlValue item : list.list()) {
        YamlValue key = field(item, k.keyField());
        String text = key == null ? null : key.peekText();
        if (text == null) {
          continue; // not a keyed entry (a plain free recipient), or a missing key the reader reported
        }
        Location earlier = first.putIfAbsent(text, key.location());
        if (earlier != null) {
          problems.add(key.location(), "duplicate-key",
              k.what() + " key '" + text + "' is used twice (first at " + earlier + "); each entry needs its own key");
        }
      }
    }
    patientGroupCountries(sections.get("patientGroups"), problems);
  }

  /** A country named twice in one patient group. */
  private static void patientGroupCountries(YamlValue groups, Problems problems) {
    if (groups == null || !groups.isList()) {
      return;
    }
    for (YamlValue g : groups.list()) {
      YamlValue countries = field(g, "countries");
      if (countries == null || !countries.isList()) {
        continue;
      }
      Map<String, Location> first = new HashMap<>();
      for (YamlValue c : countries.list()) {
        String text = c.peekText();
        Location earlier = text == null ? null : first.putIfAbsent(text, c.location());
        if (earlier != null) {
          problems.add(c.location(), "duplicate-value",
              countries.path() + " names '" + text + "' twice (first at " + earlier + ")");
        }
      }
    }
  }

  private static YamlValue listOf(YamlValue section, String subKey) {
    YamlValue v = section;
    if (v != null && subKey != null) {
      v = field(v, subKey);
    }
    return v != null && v.isList() ? v : null;
  }

  /** A mapping's value for {@code key}, or null; never a new problem (the reader has read it). */
  private static YamlValue field(YamlValue item, String key) {
    return item.isMapping() ? item.mapping().optional(key) : null;
  }
}
