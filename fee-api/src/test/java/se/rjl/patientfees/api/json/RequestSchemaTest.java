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
    return load("/schema/price-request.schema.json");
  }

  static JsonNode load(String resource) {
    try (InputStream in = RequestSchemaTest.class.getResourceAsStream(resource)) {
      return JsonContract.mapper().readTree(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Error> validate(String json) throws Exception {
    return SCHEMA.validate(JsonContract.mapper().readTree(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"price-request.json", "price-request-vaccination.json", "batch-request.json", "inpatient-request.json",
      "certificate-request.json", "copies-request.json", "aid-request.json"})
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

  @Test
  void theSchemaRefusesWhatTheContractRefusesForStaysCertificatesCopiesAndAids() throws Exception {
    String stay = JsonContractTest.example("inpatient-request.json");
    assertThat(validate(stay.replace("\"dischargeDate\"", "\"colour\": 1, \"dischargeDate\""))).isNotEmpty();
    assertThat(validate(stay.replace("\"dischargeDate\": \"2026-03-14\"", "\"dischargeDate\": \"2026-03-14\", \"urgency\": \"ACUTE\""))).isNotEmpty();
    assertThat(validate(stay.replace("\"dischargeDate\": \"2026-03-14\"",
        "\"dischargeDate\": \"2026-03-14\", \"leaves\": [{\"from\": \"2026-03-05T08:00\", \"to\": \"2026-03-05T20:00\"}],"
            + " \"transfers\": [\"2026-03-08\"], \"urgency\": \"acute\""))).isEmpty();
    String certificate = JsonContractTest.example("certificate-request.json");
    assertThat(validate(certificate.replace("\"tariff-a\"", "\"hourly\", \"hours\": 2, \"visit\": \"only-purpose\", \"payer\": \"employer\""))).isEmpty();
    assertThat(validate(certificate.replace("\"tariff-a\"", "\"hourly\", \"hours\": \"2\""))).isNotEmpty();
    assertThat(validate(certificate.replace("\"tariff-a\"", "\"tariff-a\", \"payer\": \"boss\""))).isNotEmpty();
    String copies = JsonContractTest.example("copies-request.json");
    assertThat(validate(copies.replace("15", "-1"))).isNotEmpty();
    assertThat(validate(copies.replace("\"pages\": 15", "\"pages\": 15, \"cds\": 1, \"recipient\": \"forsakringskassan\""))).isEmpty();
    String aid = JsonContractTest.example("aid-request.json");
    assertThat(validate(aid.replace("\"months\": 2", "\"price\": {\"amount\": 1200, \"currency\": \"SEK\"}"))).isNotEmpty();
    assertThat(validate(aid.replace("\"months\": 2", "\"price\": {\"amount\": \"1200.00\", \"currency\": \"SEK\"}, \"conditions\": [\"visual-impairment\"]")))
        .isEmpty();
    assertThat(validate(aid.replace("\"paymentId\"", "\"paymentID\""))).isNotEmpty();
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
  void theSchemaHasEveryFieldOfTheOtherRequests() {
    Map<String, Class<?>> defs = Map.of(
        "/$defs/inpatientRequest/properties", InpatientRequest.class,
        "/$defs/stay/properties", InpatientRequest.StayJson.class,
        "/$defs/stay/properties/leaves/items/properties", InpatientRequest.LeaveJson.class,
        "/$defs/certificateRequest/properties", CertificatePriceRequest.class,
        "/$defs/certificate/properties", CertificatePriceRequest.CertificateJson.class,
        "/$defs/copiesRequest/properties", CopiesRequest.class,
        "/$defs/copies/properties", CopiesRequest.CopiesJson.class,
        "/$defs/aidRequest/properties", AidPriceRequest.class,
        "/$defs/aid/properties", AidPriceRequest.AidJson.class);
    defs.forEach((pointer, type) -> assertThat(schemaProperties(pointer)).as(pointer).containsExactlyInAnyOrderElementsOf(components(type)));
    Map.of("/$defs/otherChargeRequest/properties", OtherChargePriceRequest.class,
        "/$defs/charge/properties", OtherChargePriceRequest.ChargeJson.class,
        "/$defs/charge/properties/operation/properties", OtherChargePriceRequest.OperationJson.class)
        .forEach((pointer, type) -> assertThat(schemaProperties(pointer)).as(pointer).containsExactlyInAnyOrderElementsOf(components(type)));
    // A field added to the engine's request must be added to the contract: the JSON names are the engine's
    // (amounts without the Ore suffix, admission/discharge with Date).
    assertThat(components(CertificatePriceRequest.CertificateJson.class))
        .containsAll(components(se.rjl.patientfees.engine.certificate.CertificateRequest.class));
    assertThat(components(CopiesRequest.CopiesJson.class)).containsAll(components(se.rjl.patientfees.engine.copies.CopyRequest.class));
    assertThat(components(InpatientRequest.StayJson.class)).containsAll(components(se.rjl.patientfees.engine.inpatient.Stay.class));
    assertThat(components(AidPriceRequest.AidJson.class)).containsAll(components(se.rjl.patientfees.engine.aids.AidRequest.class).stream()
        .map(n -> n.endsWith("Ore") ? n.substring(0, n.length() - 3) : n).toList());
  }

  @Test
  void schemaEnumsAreTheJavaEnums() {
    Map<String, Class<?>> defs = Map.ofEntries(
        Map.entry("/$defs/careUnit/enum", CareUnit.class),
        Map.entry("/$defs/contactKind/enum", ContactKind.class),
        Map.entry("/$defs/referralSource/enum", ReferralSource.class),
        Map.entry("/$defs/residence/enum", Residence.class),
        Map.entry("/$defs/patient/properties/conventionCountry/enum", ConventionCountry.class),
        Map.entry("/$defs/patient/properties/swedeAbroadGroup/enum", SwedeAbroadGroup.class),
        Map.entry("/$defs/contact/properties/profession/enum", Profession.class),
        Map.entry("/$defs/contact/properties/urgency/enum", Urgency.class),
        Map.entry("/$defs/contact/properties/event/enum", Event.class),
        Map.entry("/$defs/capState/properties/entries/items/properties/origin/enum", CapEntry.Origin.class),
        Map.entry("/$defs/stay/properties/urgency/enum", Urgency.class),
        Map.entry("/$defs/certificate/properties/visit/enum", se.rjl.patientfees.engine.certificate.CertificateRequest.Visit.class),
        Map.entry("/$defs/certificate/properties/payer/enum", se.rjl.patientfees.rules.model.CertificateTariff.Payer.class));
    defs.forEach((pointer, type) -> {
      List<String> inSchema = new ArrayList<>();
      SCHEMA_NODE.at(pointer).forEach(n -> inSchema.add(n.asText()));
      assertThat(inSchema).as(pointer + " vs " + type.getSimpleName()).containsExactlyElementsOf(KebabEnums.values(type));
    });
  }
}
