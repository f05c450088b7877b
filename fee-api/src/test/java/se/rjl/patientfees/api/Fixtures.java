package se.rjl.patientfees.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.Profession;

/** Shared test data: the regelbok's headline case and the repository's folders. */
public final class Fixtures {
  public static final Path RULEBOOKS = Path.of(System.getProperty("rulebooks.dir", "../rulebooks"));
  public static final Path SCENARIOS = Path.of(System.getProperty("scenarios.dir", "../scenarios"));
  public static final Path RULEBOOK_2026 = RULEBOOKS.resolve("2026.yaml");

  /** An adult county resident (born 1980-05-01). */
  public static final Patient ADULT = Patient.countyResident(LocalDate.of(1980, 5, 1));

  /** The single request for an adult's primary-care doctor's visit on 2026-03-10 10:00. */
  public static final String PRICE_REQUEST = """
      {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
       "contact": {"at": "2026-03-10T10:00", "careUnit": "primary-care", "kind": "physical-visit", "profession": "doctor"}}
      """;

  private Fixtures() {}

  /** A primary-care doctor's visit (code 100, 250 kr for adults, L3353–L3364). */
  public static Contact doctorVisit(LocalDateTime at) {
    return Contact.builder(at, CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT).profession(Profession.DOCTOR).build();
  }

  /** A batch request with {@code n} primary-care doctor's visits, one a week from 2026-01-05. */
  public static String batchOfDoctorVisits(int n) {
    StringBuilder b = new StringBuilder("{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\"}, \"contacts\": [");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"at\": \"").append(LocalDateTime.of(2026, 1, 5, 10, 0).plusWeeks(i))
          .append("\", \"careUnit\": \"primary-care\", \"kind\": \"physical-visit\", \"profession\": \"doctor\"}");
    }
    return b.append("]}").toString();
  }
}
