package se.rjl.patientfees.api;

/** The kind of care unit the contact is at (dental: care charged under health-care rules, L5302–L5346). Thread-safe (an enum). */
public enum CareUnit {
  PRIMARY_CARE,
  SPECIALIST_CARE,
  EMERGENCY_DEPARTMENT,
  NARAKUT,
  EYE_CARE,
  DENTAL_GENERAL,
  DENTAL_SPECIALIST
}
