package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactField;
import se.rjl.patientfees.engine.input.Patient;

/**
 * The scenario format reads every field of the one contact schema at its path (issue 14 part 2; the
 * JSON contract and the visit file have the same test in their modules).
 */
class ContactSchemaScenarioTest {
  @Test
  void everySchemaFieldBindsInTheScenarioFormat() {
    for (ContactField f : ContactField.values()) {
      if (!f.isIn(ContactField.Format.SCENARIO)) {
        continue;
      }
      Map<String, Object> patient = new TreeMap<>();
      patient.put("residence", "county-resident");
      if (f != ContactField.PERSONNUMMER) {
        patient.put("birthDate", "1970-01-01");
      }
      Map<String, Object> contact = new TreeMap<>();
      contact.put("at", "2026-03-10T10:00");
      contact.put("careUnit", "primary-care");
      contact.put("kind", "physical-visit");
      for (ContactField c : f.companions()) {
        put(f.part() == ContactField.Part.PATIENT ? patient : contact, c);
      }
      put(f.part() == ContactField.Part.PATIENT ? patient : contact, f);
      String yaml = "cases:\n  - name: \"binds " + f + "\"\n    source: L1\n    patient: " + flow(patient)
          + "\n    contact: " + flow(contact).replaceFirst("\\}$", ", expect: {pay: 0}}") + "\n";
      List<ScenarioCase> cases = ScenarioReader.read("t.yaml", yaml);
      assertThat(cases).as(yaml).hasSize(1);
      ScenarioCase sc = cases.get(0);
      Contact c = sc.steps().get(0).contact();
      Patient p = sc.patient().toPatient(c.at().toLocalDate());
      if (f == ContactField.PERSONNUMMER) {
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1961, 5, 4));
        continue;
      }
      assertThat(f.valueIn(p, c)).as(f + " from " + yaml).isNotNull().isEqualTo(f.read(f.exampleText(), '.'));
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> o, ContactField f) {
    String[] parts = f.path().split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      o = (Map<String, Object>) o.computeIfAbsent(parts[i], k -> new TreeMap<String, Object>());
    }
    // Amounts are numbers of kronor in the scenario format.
    o.put(parts[parts.length - 1], f.type() == ContactField.Type.AMOUNT ? (Object) Double.valueOf(f.exampleText()) : f.exampleText());
  }

  @SuppressWarnings("unchecked")
  private static String flow(Map<String, Object> m) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (b.length() > 1) {
        b.append(", ");
      }
      Object v = e.getValue();
      b.append(e.getKey()).append(": ").append(v instanceof Map ? flow((Map<String, Object>) v) : v.toString());
    }
    return b.append('}').toString();
  }
}
