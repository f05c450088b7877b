package se.rjl.patientfees.api;

/** Where the patient lives and how they are insured: decides the price list (regelbok §8). Thread-safe (an enum). */
public enum Residence {
  /** Folkbokförd in Jönköpings län. */
  COUNTY_RESIDENT,
  /** Folkbokförd in another Swedish region ("utomlänspatient", L3157–L3158). */
  OTHER_REGION_RESIDENT,
  /** Citizen of an EU/EES country or Switzerland on a temporary stay (needs the EU card, L5491–L5531). */
  EU_EES,
  /** Resident of Denmark, Finland, Iceland or Norway: no card needed (L5663–L5675). */
  NORDIC,
  /** United Kingdom: needs a card or provisional certificate (L5677–L5701). */
  UK,
  /** Algeria, Australia, Québec or Israel (L5568–L5623): needs the convention country. */
  CONVENTION_COUNTRY,
  /** Swedish citizen living abroad (L5731–L5816): needs the Swede-abroad group. */
  SWEDE_ABROAD,
  /** Asylum seeker with LMA card (L5394–L5470). */
  ASYLUM_SEEKER,
  /** Person without permit ("tillståndslös"): fees as for asylum seekers (L5472–L5480). */
  UNDOCUMENTED,
  /** Quota refugee with residence permit and personnummer: as county residents (L5481–L5489). */
  QUOTA_REFUGEE,
  /** Foreign patient with no proof of a right to subsidised care: the fixed price list (L5703–L5720). */
  FOREIGN_UNINSURED
}
