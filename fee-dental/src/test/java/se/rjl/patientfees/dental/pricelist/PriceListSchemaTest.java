package se.rjl.patientfees.dental.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The editor schema (rulebooks/schema/pricelist.schema.json) accepts the real list and refuses mistakes. */
class PriceListSchemaTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static Schema schema() throws Exception {
    String text = Files.readString(Ftv2024.rulebooksDir().resolve("schema/pricelist.schema.json"));
    new ObjectMapper().readTree(text); // valid JSON
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  /** YAML as JSON the way an editor sees it: dates and other plain scalars by their YAML tag. */
  static JsonNode toJson(String yaml) {
    Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
    return json(root);
  }

  private static JsonNode json(Node n) {
    if (n instanceof MappingNode m) {
      ObjectNode o = F.objectNode();
      for (NodeTuple t : m.getValue()) {
        o.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
      }
      return o;
    }
    if (n instanceof SequenceNode s) {
      ArrayNode a = F.arrayNode();
      s.getValue().forEach(x -> a.add(json(x)));
      return a;
    }
    ScalarNode s = (ScalarNode) n;
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) {
      return F.nullNode();
    }
    if (tag.equals(Tag.INT)) {
      return F.numberNode(Long.parseLong(s.getValue().replace("_", "")));
    }
    if (tag.equals(Tag.FLOAT)) {
      return F.numberNode(new java.math.BigDecimal(s.getValue().replace("_", "")));
    }
    if (tag.equals(Tag.BOOL)) {
      return F.booleanNode(Boolean.parseBoolean(s.getValue()));
    }
    return F.textNode(s.getValue());
  }

  @Test
  void theRealListConforms() throws Exception {
    List<Error> errors = schema().validate(toJson(Ftv2024.readFile()));
    assertThat(errors).isEmpty();
  }

  /** A schema key the reader never asks for would be refused by the loader as unknown. */
  @Test
  void everyKeyOfTheSchemaIsOneTheReaderReads() throws Exception {
    Path dir = Path.of("src/main/java/se/rjl/patientfees/rules/pricelist");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "run from the fee-rules module");
    String source = Files.readString(dir.resolve("PriceListReader.java"))
        + Files.readString(dir.resolve("../load/ReadContext.java"));
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("\"([A-Za-z]+)\"").matcher(source);
    while (m.find()) {
      named.add(m.group(1));
    }
    JsonNode schema = new ObjectMapper().readTree(Files.readString(Ftv2024.rulebooksDir().resolve("schema/pricelist.schema.json")));
    Set<String> keys = new TreeSet<>();
    schema.findValues("properties").forEach(props -> props.fieldNames().forEachRemaining(keys::add));
    assertThat(keys).contains("priceList", "referencePrice", "bookedMinutes");
    keys.removeAll(named);
    assertThat(keys).as("schema keys the reader does not read").isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheLoaderRefuses() throws Exception {
    Schema schema = schema();
    String ok = PriceListLoaderTest.HEAD + PriceListLoaderTest.FEES;
    assertThat(schema.validate(toJson(ok))).isEmpty();
    assertThat(schema.validate(toJson(ok.replace("referencePrice: 970", "referencePris: 970")))).isNotEmpty();
    assertThat(schema.validate(toJson(ok.replace("price: 250", "price: -250")))).isNotEmpty();
    assertThat(schema.validate(toJson(ok.replace("    source: L6286\n", "")))).isNotEmpty();
    assertThat(schema.validate(toJson(ok.replace("area: general", "area: allman")))).isNotEmpty();
    assertThat(schema.validate(toJson(ok.replace("source: L6286", "source: rad 6286")))).isNotEmpty();
    assertThat(schema.validate(toJson(ok.replace("    price: 250\n", "    price: 250\n    referencePrice: 200\n")))).isNotEmpty();
  }
}
