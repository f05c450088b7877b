package se.rjl.patientfees.rules.model;

/** What happened to the booked contact (L4345–L4397). */
public enum Event {
  ATTENDED,
  /** The patient did not come and did not cancel ("uteblivet besök, ej meddelat återbud"). */
  MISSED,
  /** The patient cancelled too late ("sent återbud"). */
  LATE_CANCELLED,
  /** The care unit cancelled too late: the next visit for the same illness is free (613, 615). */
  CANCELLED_BY_UNIT
}
