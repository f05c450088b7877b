package se.rjl.patientfees.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.EngineView;
import se.rjl.patientfees.engine.input.ContactField;
import se.rjl.patientfees.api.Patient;

/**
 * The JSON contract reads every field of the one contact schema ({@link ContactField}) at its path,
 * and has no contact or patient field the schema does not describe (issue 14 part 2). The visit file
 * and the scenario format have the same test in their modules.
 */
class ContactSchemaJsonTest {
  @Test
  void everySchemaFieldBindsInTheJsonContract() throws Exception {
    for (ContactField f : ContactField.values()) {
      if (!f.isIn(ContactField.Format.JSON)) {
        continue;
      }
      ObjectNode req = JsonContract.mapper().createObjectNode();
      ObjectNode patient = req.putObject("patient");
      patient.put("residence", "county-resident");
      if (f != ContactField.PERSONNUMMER) {
        patient.put("birthDate", "1970-01-01");
      }
      ObjectNode contact = req.putObject("contact");
      contact.put("at", "2026-03-10T10:00");
      contact.put("careUnit", "primary-care");
      contact.put("kind", "physical-visit");
      for (ContactField c : f.companions()) {
        put(req, c);
      }
      put(req, f);
      PatientJson pj = JsonContract.mapper().treeToValue(req.get("patient"), PatientJson.class);
      ContactJson cj = JsonContract.mapper().treeToValue(req.get("contact"), ContactJson.class);
      JsonContract.Errors errors = new JsonContract.Errors();
      Contact c = JsonContract.toContact(cj, "contact", errors);
      assertThat(errors.size()).as(f + ": " + req).isZero();
      Patient p = JsonContract.toPatient(pj, c.at().toLocalDate());
      if (f == ContactField.PERSONNUMMER) {
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1961, 5, 4));
        continue;
      }
      assertThat(f.valueIn(EngineView.patient(p), EngineView.contact(c))).as(f + " from " + req).isNotNull().isEqualTo(f.read(f.exampleText(), '.'));
    }
  }

  @Test
  void theJsonContractHasNoContactFieldTheSchemaDoesNotDescribe() {
    Set<String> schema = new LinkedHashSet<>();
    for (ContactField f : ContactField.values()) {
      if (f.isIn(ContactField.Format.JSON)) {
        schema.add(f.jsonField());
      }
    }
    Set<String> json = new LinkedHashSet<>();
    paths("patient", PatientJson.class, json);
    paths("contact", ContactJson.class, json);
    json.remove("contact.paymentId"); // a batch's ledger key, not a contact field
    assertThat(json).containsExactlyInAnyOrderElementsOf(schema);
  }

  private static void paths(String prefix, Class<?> type, Set<String> out) {
    for (RecordComponent rc : type.getRecordComponents()) {
      Class<?> t = rc.getType();
      String path = prefix + "." + rc.getName();
      if (t.isRecord() && t != MoneyJson.class) {
        paths(path, t, out);
      } else {
        out.add(path);
      }
    }
  }

  private static void put(ObjectNode req, ContactField f) {
    ObjectNode o = (ObjectNode) req.get(f.part().key());
    String[] parts = f.path().split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      o = o.has(parts[i]) ? (ObjectNode) o.get(parts[i]) : o.putObject(parts[i]);
    }
    String name = parts[parts.length - 1];
    String v = f.exampleText();
    switch (f.type()) {
      case BOOLEAN -> o.put(name, Boolean.parseBoolean(v));
      case WHOLE_NUMBER -> o.put(name, Integer.parseInt(v));
      case AMOUNT -> o.putObject(name).put("amount", v).put("currency", "SEK");
      default -> o.put(name, v);
    }
  }

}
