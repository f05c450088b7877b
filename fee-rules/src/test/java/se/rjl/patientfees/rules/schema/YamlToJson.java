package se.rjl.patientfees.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A YAML document as the JSON an editor's schema check sees, read with SnakeYAML's SafeConstructor.
 * YAML 1.1 reads unquoted dates as timestamps: they become ISO strings again ({@code 2026-01-01},
 * {@code 2026-03-10T10:00:00}). Decimals become exact decimals, so that {@code multipleOf: 0.01}
 * is checked without binary rounding.
 */
final class YamlToJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private YamlToJson() {}

  static JsonNode read(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    return convert(new Yaml(new SafeConstructor(options)).load(yaml));
  }

  static JsonNode convert(Object o) {
    if (o == null) {
      return F.nullNode();
    }
    if (o instanceof Map<?, ?> map) {
      ObjectNode n = F.objectNode();
      map.forEach((k, v) -> n.set(String.valueOf(k), convert(v)));
      return n;
    }
    if (o instanceof List<?> list) {
      ArrayNode n = F.arrayNode();
      list.forEach(v -> n.add(convert(v)));
      return n;
    }
    if (o instanceof String s) {
      return F.textNode(s);
    }
    if (o instanceof Boolean b) {
      return F.booleanNode(b);
    }
    if (o instanceof Integer i) {
      return F.numberNode(i);
    }
    if (o instanceof Long l) {
      return F.numberNode(l);
    }
    if (o instanceof BigInteger b) {
      return F.numberNode(b);
    }
    if (o instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? F.textNode(d.toString()) : F.numberNode(new BigDecimal(Double.toString(d)));
    }
    if (o instanceof Date d) {
      LocalDateTime t = LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
      return F.textNode(t.toLocalTime().toSecondOfDay() == 0 && t.getNano() == 0 ? t.toLocalDate().toString() : t.toString());
    }
    if (o instanceof byte[] bytes) {
      return F.binaryNode(bytes);
    }
    throw new IllegalArgumentException("no JSON for " + o.getClass().getName() + ": " + o);
  }
}
