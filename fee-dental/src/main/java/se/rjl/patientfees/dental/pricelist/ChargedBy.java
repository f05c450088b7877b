package se.rjl.patientfees.dental.pricelist;

/**
 * How the missed visit would have been charged; it decides which missed-visit rows apply (decision
 * E23).
 */
public enum ChargedBy {
  /** The treatment prices of the list (ordinary dental care, also free child and youth care). */
  TREATMENT_PRICE,
  /** A visit fee, codes 951–953 (dental care charged as health care). */
  VISIT_FEE
}
