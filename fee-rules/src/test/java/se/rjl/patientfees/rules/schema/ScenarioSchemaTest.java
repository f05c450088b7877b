package se.rjl.patientfees.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.RulebookFiles;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * rulebooks/schema/scenario.schema.json: every scenario file conforms and points at it, broken
 * cases are rejected, and its keys and choices are the ones the engine's ScenarioReader reads.
 */
class ScenarioSchemaTest {
  static Path schemaFile;
  static JsonNode schemaJson;
  static Schema schema;
  static List<Path> scenarioFiles;

  @BeforeAll
  static void load() throws IOException {
    schemaFile = RulebookFiles.rulebooksDir().resolve("schema/scenario.schema.json");
    String text = Files.readString(schemaFile, StandardCharsets.UTF_8);
    schemaJson = new ObjectMapper().readTree(text);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    try (Stream<Path> files = Files.walk(RulebookFiles.scenariosDir())) {
      scenarioFiles = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    }
  }

  static List<String> errors(String yaml) {
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(YamlToJson.read(yaml))) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  @Test
  void everyScenarioFileConforms() throws IOException {
    assertThat(scenarioFiles).isNotEmpty();
    for (Path f : scenarioFiles) {
      assertThat(errors(Files.readString(f, StandardCharsets.UTF_8))).as(f.toString()).isEmpty();
    }
  }

  @Test
  void everyScenarioFilePointsAtTheSchema() throws IOException {
    for (Path f : scenarioFiles) {
      SchemaTest.assertPointsAt(f, schemaFile);
    }
  }

  static final String CASE = """
      cases:
        - name: "Vuxen, läkarbesök i primärvården: 250 kr"
          source: L3056-L3057
          decisions: [R07]
          patient: {birthDate: 1980-05-01, residence: county-resident}
          contact:
            at: 2026-03-10T10:00
            careUnit: primary-care
            kind: physical-visit
            profession: doctor
            expect: {pay: 250, feeCode: "100", towardCap: 250}
      """;

  @Test
  void theTemplateCaseConforms() {
    assertThat(errors(CASE)).isEmpty();
    assertThat(errors(CASE.replace("source: L3056-L3057", "source: L3056-L3057, L5117"))).isEmpty();
    assertThat(errors(CASE.replace("{pay: 250, feeCode: \"100\", towardCap: 250}", "{error: {field: at}}"))).isEmpty();
    assertThat(errors(CASE.replace("birthDate: 1980-05-01", "personnummer: \"198005012384\""))).isEmpty();
  }

  @Test
  void brokenCasesAreRejectedAtTheirPlace() {
    assertRejected(CASE.replace("careUnit: primary-care", "careUnit: vårdcentral"), "/cases/0/contact/careUnit");
    assertRejected(CASE.replace("kind: physical-visit", "kind: physical_visit"), "/cases/0/contact/kind");
    assertRejected(CASE.replace("profession: doctor", "profesion: doctor"), "/cases/0/contact");
    assertRejected(CASE.replace("at: 2026-03-10T10:00", "at: 2026-03-10"), "/cases/0/contact/at");
    assertRejected(CASE.replace("feeCode: \"100\"", "feeCode: 100"), "/cases/0/contact/expect/feeCode");
    assertRejected(CASE.replace("{pay: 250, feeCode: \"100\", towardCap: 250}", "{feeCode: \"100\"}"), "/cases/0/contact/expect");
    assertRejected(CASE.replace("pay: 250,", "pay: -250,"), "/cases/0/contact/expect/pay");
    assertRejected(CASE.replace("pay: 250,", "pay: 250.001,"), "/cases/0/contact/expect/pay");
    assertRejected(CASE.replace("towardCap: 250}", "towardCap: 250, grant: 100}"), "/cases/0/contact/expect");
    assertRejected(CASE.replace("    patient: {birthDate: 1980-05-01, residence: county-resident}\n", ""), "/cases/0");
    assertRejected(CASE.replace("residence: county-resident", "residence: county"), "/cases/0/patient/residence");
    assertRejected(CASE.replace("{birthDate: 1980-05-01, residence: county-resident}", "{residence: county-resident}"), "/cases/0/patient");
    assertRejected(CASE.replace("    source: L3056-L3057\n", ""), "/cases/0");
    assertRejected(CASE.replace("source: L3056-L3057", "source: rad 3056"), "/cases/0/source");
    assertRejected(CASE + "    contacts:\n      - {at: 2026-03-11T10:00, careUnit: primary-care, kind: physical-visit, expect: {pay: 0}}\n", "/cases/0");
    assertRejected(CASE.replace("    contact:\n", "    visit:\n"), "/cases/0");
    assertRejected("section: x\n", "");
    assertRejected("cases: []\n", "/cases");
  }

  @Test
  void otherStepsConformAndBreak() {
    String stay = "cases:\n  - name: stay\n    source: L4512-L4513\n    patient: {birthDate: 1980-05-01, residence: county-resident}\n"
        + "    stay: {admission: 2026-03-01, discharge: 2026-03-12, leaves: [{from: 2026-03-05T08:00, to: 2026-03-05T22:00}],"
        + " expect: {pay: 1430, days: 11, priceList: standard, perDay: [{date: 2026-03-01, day: 1, amount: 130, reason: charged}]}}\n";
    assertThat(errors(stay)).isEmpty();
    assertRejected(stay.replace("priceList: standard", "priceList: normal"), "/cases/0/stay/expect/priceList");
    assertRejected(stay.replace("reason: charged", "reason: paid"), "/cases/0/stay/expect/perDay/0/reason");
    String certificate = "cases:\n  - name: intyg\n    source: L4655-L4659\n"
        + "    certificate: {date: 2026-03-01, key: tariff-a, visit: only-purpose, expect: {pay: 310, net: 248, vat: 62, gross: 310}}\n";
    assertThat(errors(certificate)).as("a certificate needs no patient").isEmpty();
    assertRejected(certificate.replace("visit: only-purpose", "visit: yes"), "/cases/0/certificate/visit");
    String steps = "cases:\n  - name: steg\n    source: L4655-L4659\n    steps:\n"
        + "      - certificate: {date: 2026-03-01, key: tariff-a, expect: {pay: 310}}\n"
        + "      - copies: {date: 2026-03-01, pages: 15, expect: {pay: 60}}\n";
    assertThat(errors(steps)).isEmpty();
    assertRejected(steps.replace("      - copies:", "      - aid:"), "/cases/0");
    assertRejected(steps + "        contact: {at: 2026-03-10T10:00, careUnit: primary-care, kind: physical-visit, expect: {pay: 0}}\n",
        "/cases/0/steps/1");
  }

  static void assertRejected(String yaml, String at) {
    List<Error> errors = schema.validate(YamlToJson.read(yaml));
    assertThat(errors).as("errors for:\n" + yaml).isNotEmpty();
    assertThat(errors).as("an error at '" + at + "' for:\n" + yaml + "\n" + errors)
        .anySatisfy(e -> assertThat(e.getInstanceLocation().toString()).isEqualTo(at));
  }

  // ---------------------------------------------------------------------------------------------
  // Coverage against the engine's sources (fee-rules cannot depend on fee-engine, so its enums and
  // keys are read from the source text).

  static Path engineSources() {
    Path p = RulebookFiles.rulebooksDir().toAbsolutePath().normalize().getParent().resolve("fee-engine/src/main/java/se/rjl/patientfees/engine");
    assumeTrue(Files.isDirectory(p), "the fee-engine sources are next to the rulebooks");
    return p;
  }

  /** The constants of {@code enum name} in a Java source file, in kebab case. */
  static List<String> enumConstants(Path javaFile, String name) throws IOException {
    String src = Files.readString(javaFile, StandardCharsets.UTF_8)
        .replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    Matcher m = Pattern.compile("enum\\s+" + name + "\\s*(?:implements[^{]*)?\\{").matcher(src);
    assertThat(m.find()).as("enum " + name + " in " + javaFile).isTrue();
    String body = src.substring(m.end());
    int end = body.length();
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (c == ';' || c == '}')) {
        end = i;
        break;
      }
    }
    List<String> out = new ArrayList<>();
    for (String part : body.substring(0, end).replaceAll("\\([^)]*\\)", "").split(",")) {
      String id = part.strip();
      if (!id.isEmpty()) {
        out.add(id.toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return out;
  }

  static Set<String> schemaEnum(String def) {
    Set<String> out = new LinkedHashSet<>();
    schemaJson.get("$defs").get(def).get("enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  static List<String> kebab(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(YamlValue::kebab).toList();
  }

  @Test
  void choicesAreTheEnginesEnums() throws IOException {
    Path engine = engineSources();
    assertThat(schemaEnum("residence")).containsExactlyElementsOf(enumConstants(engine.resolve("input/Residence.java"), "Residence"));
    assertThat(schemaEnum("conventionCountry")).containsExactlyElementsOf(enumConstants(engine.resolve("input/ConventionCountry.java"), "ConventionCountry"));
    assertThat(schemaEnum("swedeAbroadGroup")).containsExactlyElementsOf(enumConstants(engine.resolve("input/SwedeAbroadGroup.java"), "SwedeAbroadGroup"));
    assertThat(schemaEnum("careUnit")).containsExactlyElementsOf(enumConstants(engine.resolve("input/CareUnit.java"), "CareUnit"));
    assertThat(schemaEnum("contactKind")).containsExactlyElementsOf(enumConstants(engine.resolve("input/ContactKind.java"), "ContactKind"));
    assertThat(schemaEnum("referralSource")).containsExactlyElementsOf(enumConstants(engine.resolve("input/ReferralSource.java"), "ReferralSource"));
    assertThat(schemaEnum("certificateVisit")).containsExactlyElementsOf(enumConstants(engine.resolve("certificate/CertificateRequest.java"), "Visit"));
    assertThat(schemaEnum("priceList")).containsExactlyElementsOf(enumConstants(engine.resolve("inpatient/InpatientResult.java"), "PriceList"));
    assertThat(schemaEnum("dayReason")).containsExactlyElementsOf(enumConstants(engine.resolve("inpatient/InpatientDay.java"), "DayReason"));
    assertThat(schemaEnum("profession")).containsExactlyElementsOf(kebab(Profession.class));
    assertThat(schemaEnum("urgency")).containsExactlyElementsOf(kebab(Urgency.class));
    assertThat(schemaEnum("event")).containsExactlyElementsOf(kebab(Event.class));
    assertThat(schemaEnum("payer")).containsExactlyElementsOf(kebab(CertificateTariff.Payer.class));
  }

  @Test
  void everyKeyOfTheSchemaIsOneTheReaderReads() throws IOException {
    String reader = Files.readString(RulebookFiles.rulebooksDir().toAbsolutePath().normalize().getParent()
        .resolve("fee-scenarios/src/main/java/se/rjl/patientfees/scenario/ScenarioReader.java"), StandardCharsets.UTF_8);
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("\"([A-Za-z]+)\"").matcher(reader);
    while (m.find()) {
      named.add(m.group(1));
    }
    Set<String> keys = SchemaTest.propertyNames(schemaJson, new TreeSet<>());
    keys.removeAll(named);
    assertThat(keys).as("schema keys ScenarioReader does not read").isEmpty();
  }
}
