package se.rjl.patientfees.api;

/** Where a Swede living abroad lives, as the regelbok groups countries (L5731–L5816). Thread-safe (an enum). */
public enum SwedeAbroadGroup {
  EU_EES,
  EU_EES_PENSIONER,
  CONVENTION_COUNTRY,
  FULL_COST_COUNTRY,
  OTHER_COUNTRY
}
