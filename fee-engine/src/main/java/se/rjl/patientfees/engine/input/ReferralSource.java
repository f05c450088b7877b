package se.rjl.patientfees.engine.input;

/** Who wrote the referral (L3140–L3188). */
public enum ReferralSource {
  PRIMARY_CARE,
  SPECIALIST_CARE,
  /** Private GP with agreement (LOL or vårdavtal): the first specialist visit is free (L3164–L3165). */
  PRIVATE_GP_WITH_AGREEMENT,
  /** Private specialist with agreement: the visit costs 250 (L3167–L3168). */
  PRIVATE_SPECIALIST_WITH_AGREEMENT,
  /** Fully private doctor without agreement (L3180–L3183). */
  FULLY_PRIVATE,
  /** School doctor (L3174–L3178). */
  SCHOOL_DOCTOR,
  /** Occupational health (företagshälsovård, L3185–L3188). */
  OCCUPATIONAL_HEALTH
}
