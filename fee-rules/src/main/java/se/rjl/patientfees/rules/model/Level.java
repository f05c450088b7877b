package se.rjl.patientfees.rules.model;

/**
 * The care level as the fee-code table tells it apart. The engine maps a contact's care unit onto
 * it: emergency departments, närakut and eye care are {@link #SPECIALIST}; a primary-care doctor's
 * visit after 21:00 or on a weekend or holiday is {@link #PRIMARY_OUT_OF_HOURS} (code 110,
 * L3366–L3383).
 */
public enum Level {
  PRIMARY,
  PRIMARY_OUT_OF_HOURS,
  SPECIALIST,
  /**
   * Dental care charged under health-care rules (L5302–L5346): its own age limits, by calendar
   * year (decision R19).
   */
  DENTAL
}
