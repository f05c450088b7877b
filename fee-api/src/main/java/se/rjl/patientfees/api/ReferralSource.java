package se.rjl.patientfees.api;

/** Who wrote the referral (L3140–L3188). Thread-safe (an enum). */
public enum ReferralSource {
  PRIMARY_CARE,
  SPECIALIST_CARE,
  PRIVATE_GP_WITH_AGREEMENT,
  PRIVATE_SPECIALIST_WITH_AGREEMENT,
  FULLY_PRIVATE,
  SCHOOL_DOCTOR,
  OCCUPATIONAL_HEALTH
}
