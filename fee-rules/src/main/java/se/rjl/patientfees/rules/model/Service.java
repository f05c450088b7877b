package se.rjl.patientfees.rules.model;

/** What the contact was (or would have been): the first dimension of a fee-code row's selector. */
public enum Service {
  /** Physical visit: at the clinic, a home visit, day care, ambulance care on site (L3066–L3080). */
  VISIT,
  /** Qualified distance contact (L4134–L4156). */
  DISTANCE,
  /** Interim sampling without a visit ("mellanliggande provtagning", L4426–L4438). */
  SAMPLING,
  /** Prescription without a visit (code 620, L4039–L4055). */
  PRESCRIPTION,
  /** Sick note without a visit (code 640, L4065–L4068, L4791–L4794). */
  SICK_NOTE,
  /** Health care such as hälsokurva, kostrådgivning (L4225–L4230). */
  HEALTH_CARE,
  /** Vaccination: fee + vaccine price, outside the cap (L4993–L5047). */
  VACCINATION,
  /** Dialysis treatment (L3503–L3504, L5137). */
  DIALYSIS,
  /** A procedure charged at full DRG cost, e.g. non-medical circumcision (code 700, L4077–L4085). */
  FULL_COST_PROCEDURE,
  /** Refund of the fee after more than 30 minutes' wait (code 600, L4505–L4509). */
  WAITING_TIME_REFUND,
  /** Sale of goods without a visit (code 440). */
  GOODS,
  /** A booked inpatient stay or operation (only for missed and late-cancelled bookings: 612, 616). */
  ADMISSION
}
