package se.rjl.patientfees.api;

/** Where a Swede living abroad lives, as the regelbok groups countries (L5731–L5816). Thread-safe (an enum). */
public enum SwedeAbroadGroup {
  EU_EES,
  EU_EES_PENSIONER,
  CONVENTION_COUNTRY,
  FULL_COST_COUNTRY,
  OTHER_COUNTRY,
  /**
   * Missionaries, priests and volunteers in developing countries still insured by Försäkringskassan:
   * outpatient care at the county fee, inpatient care at the highest day fee (L5802–L5809, decision E50).
   */
  DEVELOPING_COUNTRY_MISSION,
  /** A student in the EU/EES or Switzerland with Försäkringskassan's certificate: county fee (L5762–L5769, E50). */
  STUDENT_WITH_FK_CERTIFICATE,
  /** A Swedish citizen removed from the population register: acute care at the county fee (L5811–L5816, E50). */
  DEREGISTERED_CITIZEN
}
