package se.rjl.patientfees.engine.input;

/** Where a Swede living abroad lives, as the regelbok groups countries (L5731–L5816). */
public enum SwedeAbroadGroup {
  /** An EU/EES country: county fee with the EU card of that country; planned care with E112. */
  EU_EES,
  /** Pensioner with Swedish pension in EU/EES with Försäkringskassan's certificate: county fee. */
  EU_EES_PENSIONER,
  /** A convention country: acute at county fee, planned 780 kr (decision R31). */
  CONVENTION_COUNTRY,
  /** Kanada, Nya Zeeland, USA, Monaco, Andorra: acute at county fee, planned at full cost. */
  FULL_COST_COUNTRY,
  /** Any other country: acute at county fee, planned 780 kr per visit. */
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
