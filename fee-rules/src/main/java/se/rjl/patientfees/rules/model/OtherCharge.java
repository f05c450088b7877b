package se.rjl.patientfees.rules.model;

/**
 * An amount of the regelbok that is neither a patient fee nor a tariff of its own: goods sold in the
 * register, a charge to someone else, or a compensation paid to the patient (section {@code
 * otherCharges}). Kept so that the rulebook holds every amount of the regelbok, with its source;
 * none of them counts toward the cap.
 *
 * @param direction who pays whom
 */
public record OtherCharge(String key, String title, long amountOre, Direction direction, String note, Source source) {

  /** Who pays whom. */
  public enum Direction {
    /** The patient (or customer) pays, e.g. goods in the register. */
    PATIENT_PAYS,
    /** Someone else than the patient pays (an estate, a company, an authority). */
    THIRD_PARTY_PAYS,
    /** The region pays the patient, e.g. a compensation. */
    PATIENT_RECEIVES
  }
}
