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
  OTHER_COUNTRY
}
