package se.rjl.patientfees.rules.model;

/** Who the patient meets, where the fee-code rows differ. */
public enum Profession {
  /** Läkare (for dental care under health-care rules: tandläkare). */
  DOCTOR,
  /** Sjukvårdande behandling: nurse, physiotherapist, other staff than doctor. */
  TREATMENT,
  /** Psykolog/kurator, where a row names them (code 182). */
  PSYCHOLOGIST
}
