package se.rjl.patientfees.api;

/** What happened to a booked contact (L4345–L4397): attended, missed without cancelling, cancelled too late by the patient, cancelled too late by the care unit. Thread-safe (an enum). */
public enum Event {
  ATTENDED,
  MISSED,
  LATE_CANCELLED,
  CANCELLED_BY_UNIT
}
