package se.rjl.patientfees.api.json;

import java.util.List;

/**
 * {@code POST /v1/price/batch}: a patient's contacts, priced in date order through the cap ledger,
 * starting from an optional cap state (none: no earlier payments) or the patient's eFrikort {@code
 * card} (not both).
 *
 * <pre>{@code
 * {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
 *  "contacts": [{"at": "2026-03-10T10:00", "careUnit": "primary-care", "kind": "physical-visit",
 *                "profession": "doctor"}],
 *  "capState": {"entries": []}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record BatchRequest(PatientJson patient, List<ContactJson> contacts, CapStateJson capState, CardJson card) {

  /** A request without a card. */
  public BatchRequest(PatientJson patient, List<ContactJson> contacts, CapStateJson capState) {
    this(patient, contacts, capState, null);
  }
}
