package se.rjl.patientfees.app.dental;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.dental.DentalRequest;
import se.rjl.patientfees.dental.pricelist.ChargedBy;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.DentalStaff;

/** The dental request schema (price-dental) agrees with the Java request: properties, enums and the documented example. */
class DentalRequestSchemaTest {
  static final JsonNode DENTAL_NODE = load("/schema/dental-request.schema.json");
  static final Schema DENTAL = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(DENTAL_NODE.toString());

  static JsonNode load(String resource) {
    try (InputStream in = DentalRequestSchemaTest.class.getResourceAsStream(resource)) {
      return JsonContract.mapper().readTree(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
  }

  /** The contract's kebab-case spelling of an enum's values. */
  static List<String> kebabValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
  }

  @Test
  void theDentalSchemaIsTheDentalRequest() throws Exception {
    List<String> props = new ArrayList<>();
    DENTAL_NODE.at("/properties").fieldNames().forEachRemaining(props::add);
    assertThat(props).containsExactlyInAnyOrderElementsOf(components(DentalRequestJson.class));
    assertThat(components(DentalRequestJson.class)).containsExactlyElementsOf(components(DentalRequest.class));
    Map.of("/properties/kind/enum", DentalRequest.Kind.class,
        "/properties/area/enum", DentalArea.class,
        "/properties/staff/enum", DentalStaff.class,
        "/properties/chargedBy/enum", ChargedBy.class).forEach((pointer, type) -> {
          List<String> inSchema = new ArrayList<>();
          DENTAL_NODE.at(pointer).forEach(n -> inSchema.add(n.asText()));
          assertThat(inSchema).as(pointer).containsExactlyElementsOf(kebabValues(type));
        });
    String example;
    try (InputStream in = DentalRequestSchemaTest.class.getResourceAsStream("/examples/dental-request.json")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(DENTAL.validate(JsonContract.mapper().readTree(example))).isEmpty();
    assertThat(DENTAL.validate(JsonContract.mapper().readTree(example.replace("\"kind\"", "\"colour\": 1, \"kind\"")))).isNotEmpty();
    assertThat(JsonContract.convert(JsonContract.readObject(example), DentalRequestJson.class).toRequest().kind())
        .isEqualTo(DentalRequest.Kind.MISSED_VISIT);
  }
}
