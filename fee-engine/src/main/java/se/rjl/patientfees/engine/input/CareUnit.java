package se.rjl.patientfees.engine.input;

/** The kind of care unit the contact is at. */
public enum CareUnit {
  PRIMARY_CARE,
  SPECIALIST_CARE,
  EMERGENCY_DEPARTMENT,
  NARAKUT,
  EYE_CARE,
  /** Dental care charged under health-care rules, general dentistry (L5302–L5346). */
  DENTAL_GENERAL,
  /** Dental care charged under health-care rules, specialist dentistry. */
  DENTAL_SPECIALIST
}
