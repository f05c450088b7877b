package se.rjl.patientfees.api.json;

/**
 * {@code POST /v1/price}: one contact, priced without the cap ledger — or, with {@code card} (the
 * patient's eFrikort card), against it (then {@code contact.paymentId} may name the payment).
 *
 * <pre>{@code
 * {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
 *  "contact": {"at": "2026-03-10T10:00", "careUnit": "primary-care", "kind": "physical-visit",
 *              "profession": "doctor"}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record PriceRequest(PatientJson patient, ContactJson contact, CardJson card) {

  /** A request without a card: priced without the cap ledger. */
  public PriceRequest(PatientJson patient, ContactJson contact) {
    this(patient, contact, null);
  }
}
