package se.rjl.patientfees.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.engine.ledger.CapEntry;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/** The request schema agrees with the Java contract: examples pass, unknown fields fail, enums match. */
class RequestSchemaTest {
  static final JsonNode SCHEMA_NODE = load();
  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE.toString());

  static JsonNode load() {
    try (InputStream in = RequestSchemaTest.class.getResourceAsStream("/schema/price-request.schema.json")) {
      return JsonContract.mapper().readTree(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Error> validate(String json) throws Exception {
    return SCHEMA.validate(JsonContract.mapper().readTree(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"price-request.json", "price-request-vaccination.json", "batch-request.json"})
  void documentedExamplesAreValid(String name) throws Exception {
    assertThat(validate(JsonContractTest.example(name))).isEmpty();
    assertThat(JsonContractTest.JSON.handle(JsonContractTest.example(name)).status()).isEqualTo(200);
  }

  @Test
  void theSchemaRefusesWhatTheContractRefuses() throws Exception {
    assertThat(validate(Fixtures.PRICE_REQUEST)).isEmpty();
    assertThat(validate(Fixtures.PRICE_REQUEST.replace("\"profession\"", "\"colour\": 1, \"profession\""))).isNotEmpty();
    assertThat(validate(Fixtures.PRICE_REQUEST.replace("primary-care", "PRIMARY_CARE"))).isNotEmpty();
    assertThat(validate(Fixtures.PRICE_REQUEST.replace("\"birthDate\": \"1980-05-01\", ", ""))).isNotEmpty();
    assertThat(validate(Fixtures.batchOfDoctorVisits(3))).isEmpty();
    assertThat(validate(Fixtures.PRICE_REQUEST.replace("\"kind\": \"physical-visit\"",
        "\"kind\": \"vaccination\", \"vaccination\": {\"vaccine\": \"influenza\", \"price\": {\"amount\": 250, \"currency\": \"SEK\"}}")))
        .isNotEmpty();
  }

  static List<String> components(Class<?> record) {
    return java.util.Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
  }

  static List<String> schemaProperties(String pointer) {
    List<String> out = new ArrayList<>();
    SCHEMA_NODE.at(pointer).fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theContractCoversEveryEngineInputAndTheSchemaEveryContractField() {
    // A field added to the engine's Contact or Patient must be added to the JSON contract (and the schema).
    assertThat(components(ContactJson.class)).containsAll(components(se.rjl.patientfees.engine.input.Contact.class));
    assertThat(components(PatientJson.class)).containsAll(components(se.rjl.patientfees.engine.input.Patient.class));
    assertThat(schemaProperties("/$defs/contact/properties")).containsExactlyInAnyOrderElementsOf(components(ContactJson.class));
    assertThat(schemaProperties("/$defs/patient/properties")).containsExactlyInAnyOrderElementsOf(components(PatientJson.class));
    assertThat(schemaProperties("/$defs/batchRequest/properties")).containsExactlyInAnyOrderElementsOf(components(BatchRequest.class));
    assertThat(schemaProperties("/$defs/priceRequest/properties")).containsExactlyInAnyOrderElementsOf(components(PriceRequest.class));
  }

  @Test
  void schemaEnumsAreTheJavaEnums() {
    Map<String, Class<?>> defs = Map.of(
        "/$defs/careUnit/enum", CareUnit.class,
        "/$defs/contactKind/enum", ContactKind.class,
        "/$defs/referralSource/enum", ReferralSource.class,
        "/$defs/residence/enum", Residence.class,
        "/$defs/patient/properties/conventionCountry/enum", ConventionCountry.class,
        "/$defs/patient/properties/swedeAbroadGroup/enum", SwedeAbroadGroup.class,
        "/$defs/contact/properties/profession/enum", Profession.class,
        "/$defs/contact/properties/urgency/enum", Urgency.class,
        "/$defs/contact/properties/event/enum", Event.class,
        "/$defs/capState/properties/entries/items/properties/origin/enum", CapEntry.Origin.class);
    defs.forEach((pointer, type) -> {
      List<String> inSchema = new ArrayList<>();
      SCHEMA_NODE.at(pointer).forEach(n -> inSchema.add(n.asText()));
      assertThat(inSchema).as(pointer + " vs " + type.getSimpleName()).containsExactlyElementsOf(KebabEnums.values(type));
    });
  }
}
