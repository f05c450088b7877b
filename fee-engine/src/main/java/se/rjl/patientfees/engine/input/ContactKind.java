package se.rjl.patientfees.engine.input;

/** What kind of contact it is. */
public enum ContactKind {
  PHYSICAL_VISIT,
  HOME_VISIT,
  DAY_CARE,
  /** Visit at a short-term housing unit ("korttidsboende, planerad mottagning", code 160). */
  SHORT_TERM_HOUSING_VISIT,
  /** Home visit at short-term housing (code 170). */
  SHORT_TERM_HOUSING_HOME_VISIT,
  /** Qualified distance contact (100 kr, L4134–L4156). */
  QUALIFIED_DISTANCE,
  /** Advice, booking, test results: not a qualified contact, free (L4158–L4166). */
  NON_QUALIFIED_DISTANCE,
  /** Interim sampling without a visit (L4426–L4438). */
  INTERIM_SAMPLING,
  PRESCRIPTION_WITHOUT_VISIT,
  SICK_NOTE_WITHOUT_VISIT,
  VACCINATION,
  /** Hälsovård: hälsokurva, kostrådgivning (L4225–L4230). */
  HEALTH_CARE,
  /**
   * Screening in a free programme (mammography, cervical screening, organised prostate testing).
   * Aortic screening, bone density, blood pressure and ECG cost 100 kr (L3082–L3100), they are not
   * free: bone density is on 240 "Provtagning" (L3506–L3515), so use {@link #INTERIM_SAMPLING} for
   * them (finding D7).
   */
  SCREENING,
  DIALYSIS,
  /** A procedure charged at full DRG cost (non-medical circumcision, code 700). */
  FULL_COST_PROCEDURE,
  /**
   * Goods sold without a visit (code 440, L3620–L3623): the register charges the product's own
   * price; no patient fee.
   */
  GOODS_SALE
}
