package se.rjl.patientfees.api;

/** Who the patient meets, where the fee-code rows differ: doctor (for dental care: dentist), treatment staff, psychologist or counsellor. Thread-safe (an enum). */
public enum Profession {
  DOCTOR,
  TREATMENT,
  PSYCHOLOGIST
}
