package se.rjl.patientfees.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.RulebookFiles;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.AidRules;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * rulebooks/schema/rulebook.schema.json (JSON Schema 2020-12, for editors): the real 2026 files and
 * the minimal test rulebook conform; broken documents do not; the files point at the schema; and the
 * schema names exactly the sections, keys and choices the loader reads.
 */
class SchemaTest {
  static final String FIRST_LINE = "# yaml-language-server: $schema=";

  static Path schemaFile;
  static JsonNode schemaJson;
  static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaFile = RulebookFiles.rulebooksDir().resolve("schema/rulebook.schema.json");
    String text = Files.readString(schemaFile, StandardCharsets.UTF_8);
    schemaJson = new ObjectMapper().readTree(text);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
  }

  static List<String> errors(String yaml) {
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(YamlToJson.read(yaml))) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  @Test
  void theSchemaIsDraft2020_12() {
    assertThat(schemaJson.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaJson.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theReal2026FilesConform() {
    RulebookFiles real = RulebookFiles.real();
    assertThat(real.names()).hasSizeGreaterThanOrEqualTo(7);
    for (String file : real.names()) {
      assertThat(errors(real.text(file))).as(file).isEmpty();
    }
  }

  @Test
  void theMinimalRulebookConforms() {
    RulebookFiles minimal = RulebookFiles.minimal();
    for (String file : minimal.names()) {
      assertThat(errors(minimal.text(file))).as(file).isEmpty();
    }
  }

  @Test
  void everyRulebookFilePointsAtTheSchema() throws IOException {
    Path dir = RulebookFiles.rulebooksDir();
    List<Path> files = new ArrayList<>(List.of(dir.resolve("2026.yaml")));
    try (Stream<Path> parts = Files.list(dir.resolve("2026"))) {
      parts.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    for (Path f : files) {
      assertPointsAt(f, schemaFile);
    }
    Path resources = Path.of("src/test/resources/minimal");
    if (Files.isDirectory(resources)) {
      for (String f : RulebookFiles.MINIMAL_FILES) {
        assertPointsAt(resources.resolve(f), schemaFile);
      }
    }
  }

  static void assertPointsAt(Path yaml, Path schemaFile) throws IOException {
    String first = Files.readAllLines(yaml, StandardCharsets.UTF_8).get(0);
    assertThat(first).as(yaml + " line 1").startsWith(FIRST_LINE);
    Path target = yaml.toAbsolutePath().getParent().resolve(first.substring(FIRST_LINE.length()).strip()).normalize();
    assertThat(Files.isRegularFile(target)).as(yaml + " -> " + target).isTrue();
    assertThat(Files.isSameFile(target, schemaFile)).as(yaml + " -> " + target).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // Broken documents.

  static final String ROW = """
      feeCodes:
        - key: "100"
          code: "100"
          product: "Läkarbesök"
          amount: 250
          countsTowardCap: true
          source: L3353-L3364
          match:
            - {service: visit, profession: doctor, careLevel: [primary, specialist], age: adult}
      """;

  @Test
  void theTemplateRowConforms() {
    assertThat(errors(ROW)).isEmpty();
    assertThat(errors(ROW.replace("amount: 250", "amount: 937.50"))).isEmpty();
    assertThat(errors(ROW.replace("source: L3353-L3364", "source: \"§ Avgiftsfria besök\""))).isEmpty();
    assertThat(errors(ROW.replace("source: L3353-L3364", "source: 000_660bf81ab5a4a909.txt L6273-L6280"))).isEmpty();
    assertThat(errors(ROW.replace("source: L3353-L3364", "source: L4356"))).isEmpty();
    assertThat(errors(ROW.replace("countsTowardCap: true", "countsTowardCap: true\n    review: \"new amount?\""))).isEmpty();
  }

  @Test
  void brokenRowsAreRejectedAtTheirPlace() {
    assertRejected(ROW.replace("amount: 250", "amount: -250"), "/feeCodes/0/amount");
    assertRejected(ROW.replace("amount: 250", "amount: 250.125"), "/feeCodes/0/amount");
    assertRejected(ROW.replace("amount: 250", "amount: \"250\""), "/feeCodes/0/amount");
    assertRejected(ROW.replace("amount: 250", "amount: [250]"), "/feeCodes/0/amount");
    assertRejected(ROW.replace("code: \"100\"", "code: 100"), "/feeCodes/0/code");
    assertRejected(ROW.replace("code: \"100\"", "code: \"1000\""), "/feeCodes/0/code");
    assertRejected(ROW.replace("product:", "produkt:"), "/feeCodes/0");
    assertRejected(ROW.replace("    source: L3353-L3364\n", ""), "/feeCodes/0");
    assertRejected(ROW.replace("source: L3353-L3364", "source: rad 3353"), "/feeCodes/0/source");
    assertRejected(ROW.replace("source: L3353-L3364", "source: \"§ \""), "/feeCodes/0/source");
    assertRejected(ROW.replace("countsTowardCap: true", "countsTowardCap: \"ja\""), "/feeCodes/0/countsTowardCap");
    assertRejected(ROW.replace("profession: doctor", "profession: docter"), "/feeCodes/0/match/0/profession");
    assertRejected(ROW.replace("careLevel: [primary, specialist]", "careLevel: [primary, PRIMARY_OUT_OF_HOURS]"), "/feeCodes/0/match/0/careLevel");
    assertRejected(ROW.replace("careLevel: [primary, specialist]", "careLevel: []"), "/feeCodes/0/match/0/careLevel");
    assertRejected(ROW.replace("{service: visit, ", "{"), "/feeCodes/0/match/0");
    assertRejected(ROW.replace("age: adult}", "age: adult, sex: any}"), "/feeCodes/0/match/0");
    assertRejected(ROW.replace("age: adult}", "age: Adult}"), "/feeCodes/0/match/0/age");
    assertRejected(ROW.replace("key: \"100\"", "key: \"100 läkare\""), "/feeCodes/0/key");
    assertRejected(ROW.replace("    match:\n      - {service: visit, profession: doctor, careLevel: [primary, specialist], age: adult}\n", ""),
        "/feeCodes/0");
    assertRejected(ROW.replace("    match:", "    unreachableBecause: \"x\"\n    match:"), "/feeCodes/0");
    assertRejected(ROW.replace("    match:\n      - {service: visit, profession: doctor, careLevel: [primary, specialist], age: adult}\n", "    match: []\n"),
        "/feeCodes/0/match");
    assertRejected(ROW.replace("countsTowardCap: true", "countsTowardCap: true\n    validFrom: 1. januari"), "/feeCodes/0/validFrom");
  }

  @Test
  void brokenSectionsAreRejected() {
    assertRejected("outpatient:\n  waitingTimeRefundMinutes: 30\n  acuteReturnHours: 24\n  upperAirwayFreeReturnDays: 5\n"
        + "  outOfHoursFrom: 21:00\n  source: L4102-L4509\n", "/outpatient/outOfHoursFrom"); // YAML 1.1 reads 21:00 as 1260
    assertRejected("feeCode: []\n", "");
    assertRejected("caps:\n  outpatient: [1450, 12]\n  aids: {amount: 1800, periodMonths: 12, source: L2794}\n", "/caps/outpatient");
    assertRejected("ageBands:\n  child: {from: 0, until: 20, by: birthdays, source: L1}\n", "/ageBands/child/by");
    assertRejected("ageBands:\n  Child: {from: 0, until: 20, by: birthday, source: L1}\n", "/ageBands");
    assertRejected("constants:\n  visit-fee: {amount: 250}\n", "/constants/visit-fee");
    assertRejected("parts: [2026/fee-codes.yaml]\n", "");
    assertRejected("inpatient:\n  dayBands: []\n  freeAgeBand: child\n  foreignPerDay: {amount: 130, source: L1}\n"
        + "  swedeAbroadPlannedPerDay: {amount: 1300, source: L1}\n  leaveMinHours: 12\n  source: L1\n", "/inpatient/dayBands");
    assertRejected("certificates:\n  - {key: a, title: A, net: 248, vatPercent: 25, gross: 310, payer: kund, source: L1}\n", "/certificates/0/payer");
    assertRejected("aids:\n  - {key: a, area: Syn, title: Glasögon, kind: percent-of-price, source: L1}\n", "/aids/0");
    assertRejected("aids:\n  - {key: a, area: Syn, title: Glasögon, kind: fee, amount: 100, grantIs: fixed, source: L1}\n", "/aids/0/kind");
    assertRejected("aids:\n  - {key: a, area: Cykel, title: Trehjuling, kind: grant, wheelInches: {atMost: 20, above: 20}, source: L1}\n",
        "/aids/0/wheelInches");
    assertRejected("rulebook:\n  id: x\n  title: x\n  region: x\n  validFrom: 2026-01-01\n  validTo: 2026-12-31\n  currency: EUR\n"
        + "  document: 002_2ec2799c06c93718.txt\n  source: L1\n", "/rulebook/currency");
  }

  @Test
  void unquotedDatesAreReadAsDates() {
    assertThat(YamlToJson.read("d: 2026-01-01\n").get("d").asText()).isEqualTo("2026-01-01");
    assertThat(YamlToJson.read("d: 2026-03-10T10:00:00\n").get("d").asText()).isEqualTo("2026-03-10T10:00");
    assertThat(YamlToJson.read("d: 937.50\n").get("d").decimalValue()).isEqualByComparingTo("937.5");
  }

  static void assertRejected(String yaml, String at) {
    List<Error> errors = schema.validate(YamlToJson.read(yaml));
    assertThat(errors).as("errors for:\n" + yaml).isNotEmpty();
    assertThat(errors).as("an error at " + at + " for:\n" + yaml + "\n" + errors)
        .anySatisfy(e -> assertThat(e.getInstanceLocation().toString()).isEqualTo(at));
  }

  // ---------------------------------------------------------------------------------------------
  // Coverage: the schema and the loader agree on sections, keys and choices.

  static JsonNode def(String name) {
    JsonNode d = schemaJson.get("$defs").get(name);
    assertThat(d).as("$defs/" + name).isNotNull();
    return d;
  }

  static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static List<String> kebab(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(YamlValue::kebab).toList();
  }

  @Test
  void choicesAreTheModelsEnumsInKebabCase() {
    assertThat(strings(def("service").get("enum"))).containsExactlyElementsOf(kebab(Service.class));
    assertThat(strings(def("event").get("enum"))).containsExactlyElementsOf(kebab(Event.class));
    assertThat(strings(def("profession").get("enum"))).containsExactlyElementsOf(kebab(Profession.class));
    assertThat(strings(def("careLevel").get("enum"))).containsExactlyElementsOf(kebab(Level.class));
    assertThat(strings(def("tariff").get("enum"))).containsExactlyElementsOf(kebab(Tariff.class));
    assertThat(strings(def("basis").get("enum"))).containsExactlyElementsOf(kebab(Basis.class));
    assertThat(strings(def("setting").get("enum"))).containsExactlyElementsOf(kebab(Setting.class));
    assertThat(strings(def("referral").get("enum"))).containsExactlyElementsOf(kebab(Referral.class));
    assertThat(strings(def("urgency").get("enum"))).containsExactlyElementsOf(kebab(Urgency.class));
    assertThat(strings(def("ageSemantics").get("enum"))).containsExactlyElementsOf(kebab(AgeSemantics.class));
    assertThat(strings(def("aidKind").get("enum"))).containsExactlyElementsOf(kebab(AidItem.AidKind.class));
    assertThat(strings(def("grantBasis").get("enum"))).containsExactlyElementsOf(kebab(AidRules.GrantBasis.class));
    assertThat(strings(def("limitPeriod").get("enum"))).containsExactlyElementsOf(kebab(AidRules.LimitPeriod.class));
    assertThat(strings(def("payer").get("enum"))).containsExactlyElementsOf(kebab(CertificateTariff.Payer.class));
    assertThat(strings(def("freeBasis").get("enum"))).containsExactly(YamlValue.kebab(Basis.FREE), YamlValue.kebab(Basis.SMITTSKYDD));
  }

  @Test
  void theSelectorHasEveryDimension() {
    assertThat(strings(fieldNames(def("selector").get("properties")))).containsExactly(
        "service", "event", "profession", "careLevel", "tariff", "basis", "setting", "referral", "urgency", "interpreter", "age",
        "countsTowardCap", "amount", "note", "review");
  }

  @Test
  void theSectionsAreTheLoadersSections() throws Exception {
    Set<String> sections = new LinkedHashSet<>(List.of("rulebook", "parts"));
    sections.addAll(staticList(RulebookLoader.class, "SECTIONS"));
    try {
      sections.addAll(staticList(RulebookLoader.class, "OPTIONAL_SECTIONS"));
    } catch (NoSuchFieldException e) {
      // no optional sections
    }
    assertThat(new TreeSet<>(strings(fieldNames(schemaJson.get("properties"))))).isEqualTo(new TreeSet<>(sections));
  }

  @SuppressWarnings("unchecked")
  static List<String> staticList(Class<?> type, String field) throws Exception {
    var f = type.getDeclaredField(field);
    f.setAccessible(true);
    return (List<String>) f.get(null);
  }

  static JsonNode fieldNames(JsonNode object) {
    var names = new ObjectMapper().createArrayNode();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Every property name anywhere in the schema. */
  static Set<String> propertyNames(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        props.fieldNames().forEachRemaining(into::add);
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        propertyNames(it.next(), into);
      }
    } else if (node.isArray()) {
      node.forEach(n -> propertyNames(n, into));
    }
    return into;
  }

  @Test
  void everyKeyOfTheSchemaIsOneTheLoaderReads() throws IOException {
    // The loader asks for its keys by name ("amount", "countsTowardCap", ...) in the load and yaml
    // packages; a key of the schema that the loader never names would be refused as unknown.
    Path main = Path.of("src/main/java/se/rjl/patientfees/rules");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(main), "run from the fee-rules module");
    StringBuilder source = new StringBuilder();
    for (String pkg : List.of("load", "yaml")) {
      try (Stream<Path> files = Files.list(main.resolve(pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          source.append(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("\"([A-Za-z]+)\"").matcher(source);
    while (m.find()) {
      named.add(m.group(1));
    }
    Set<String> keys = propertyNames(schemaJson, new TreeSet<>());
    keys.removeAll(named);
    assertThat(keys).as("schema keys the loader does not read").isEmpty();
  }

  @Test
  void everyKeyOfTheRealFilesIsInTheSchema() {
    Set<String> schemaKeys = propertyNames(schemaJson, new TreeSet<>());
    Set<String> used = new TreeSet<>();
    RulebookFiles real = RulebookFiles.real();
    for (String file : real.names()) {
      collectKeys(YamlToJson.read(real.text(file)), used, false);
    }
    used.removeAll(schemaKeys);
    assertThat(used).as("keys of the 2026 files").isEmpty();
  }

  /** Keys of every mapping, except the names under constants, ageBands and explanations (those are the entries' keys). */
  static void collectKeys(JsonNode node, Set<String> into, boolean namesAreData) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (!namesAreData) {
          into.add(e.getKey());
        }
        boolean dataNext = e.getKey().equals("constants") || e.getKey().equals("ageBands") || e.getKey().equals("explanations");
        collectKeys(e.getValue(), into, dataNext);
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectKeys(n, into, false));
    }
  }
}
