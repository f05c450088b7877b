package se.rjl.patientfees.dental.pricelist;

/** The price list's first column: "ATV-kod eller STV-kod" (A or S). */
public enum DentalArea {
  /** A: allmäntandvård (ATV-kod). */
  GENERAL,
  /** S: specialisttandvård (STV-kod). */
  SPECIALIST,
  /** The column is blank: the three bare "Ny" rows (decision E22). */
  UNSPECIFIED
}
