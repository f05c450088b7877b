package se.rjl.patientfees.api;

/** What kind of outpatient contact it is. Thread-safe (an enum). */
public enum ContactKind {
  /** A visit at the care unit. */
  PHYSICAL_VISIT,
  /** A home visit. */
  HOME_VISIT,
  /** Day care. */
  DAY_CARE,
  /** Visit at a short-term housing unit ("korttidsboende, planerad mottagning", code 160). */
  SHORT_TERM_HOUSING_VISIT,
  /** Home visit at short-term housing (code 170). */
  SHORT_TERM_HOUSING_HOME_VISIT,
  /** Qualified distance contact (L4134–L4156). */
  QUALIFIED_DISTANCE,
  /** Advice, booking, test results: not a qualified contact, free (L4158–L4166). */
  NON_QUALIFIED_DISTANCE,
  /** Interim sampling without a visit (L4426–L4438). */
  INTERIM_SAMPLING,
  /** A prescription renewed without a visit. */
  PRESCRIPTION_WITHOUT_VISIT,
  /** A sick note written without a visit. */
  SICK_NOTE_WITHOUT_VISIT,
  /** A vaccination: give the vaccine with {@link Contact.Builder#vaccination}. */
  VACCINATION,
  /** Hälsovård: hälsokurva, kostrådgivning (L4225–L4230). */
  HEALTH_CARE,
  /** Screening in a free programme (mammography, cervical screening, aortic screening, ...). */
  SCREENING,
  /** Dialysis. */
  DIALYSIS,
  /** A procedure charged at full DRG cost (non-medical circumcision, code 700). */
  FULL_COST_PROCEDURE,
  /** Goods sold without a visit (code 440, L3620–L3623): the product's own price, no patient fee. */
  GOODS_SALE
}
