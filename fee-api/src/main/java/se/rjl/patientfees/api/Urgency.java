package se.rjl.patientfees.api;

/** Acute or planned. Thread-safe (an enum). */
public enum Urgency {
  ACUTE,
  PLANNED
}
