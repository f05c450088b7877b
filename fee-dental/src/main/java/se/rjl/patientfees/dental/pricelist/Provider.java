package se.rjl.patientfees.dental.pricelist;

/**
 * The price list's column "Extern / intern kod": whose code the row carries.
 */
public enum Provider {
  /** Extern: a national TLV code with a reference price (referenspris). */
  EXTERNAL,
  /** Intern: Folktandvården's own code, without a reference price. */
  INTERNAL,
  /** The column is blank: the three bare "Ny" rows (decision E22). */
  UNSPECIFIED
}
