package se.rjl.patientfees.dental.pricelist;

/** Who the visit is with, as the visit-fee and missed-visit rows name them (L7096–L7101). */
public enum DentalStaff {
  /** "tandhygienist/tandsköterska". */
  HYGIENIST,
  /** "allmäntandläkare". */
  GENERAL_DENTIST,
  /** "Specialisttandläkare", "specialist tdl". */
  SPECIALIST
}
