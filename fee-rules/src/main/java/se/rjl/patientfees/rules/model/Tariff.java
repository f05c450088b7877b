package se.rjl.patientfees.rules.model;

/** Which price list a patient pays by, derived from residence and insurance (regelbok §8). */
public enum Tariff {
  /** County residents and everyone who pays as they do (other regions, EU card, Nordic, UK, ...). */
  STANDARD,
  /** Asylum seekers with LMA card and people without permits (L5394–L5489). */
  ASYLUM,
  /** Foreign patients without coverage: the fixed price list (3 179 / 1 373, L5703–L5720). */
  FOREIGN_FULL_PRICE,
  /** Swedes abroad in planned care: 780 kr per visit (L5792–L5800). */
  SWEDE_ABROAD_PLANNED
}
