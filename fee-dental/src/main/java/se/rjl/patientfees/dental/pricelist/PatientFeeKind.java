package se.rjl.patientfees.dental.pricelist;

/** The patient-fee rows of the price list, by what they charge for. */
public enum PatientFeeKind {
  /** Besöksavgift 951–953 (L7096–L7098). */
  VISIT,
  /** Uteblivande / sent återbud: A19, the two "Ny" rows, 961–963. */
  MISSED_VISIT,
  /** ASYL, patientavgift asylsökande, per besök (L7080). */
  ASYLUM,
  /** "Ny Receptförskrivning" (L7079). */
  PRESCRIPTION
}
