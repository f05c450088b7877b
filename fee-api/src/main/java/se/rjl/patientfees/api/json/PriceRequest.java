package se.rjl.patientfees.api.json;

/**
 * {@code POST /v1/price}: one contact, priced without the cap ledger.
 *
 * <pre>{@code
 * {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
 *  "contact": {"at": "2026-03-10T10:00", "careUnit": "primary-care", "kind": "physical-visit",
 *              "profession": "doctor"}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record PriceRequest(PatientJson patient, ContactJson contact) {}
