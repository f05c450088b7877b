package se.rjl.patientfees.rules.model;

/** Acute or planned care. */
public enum Urgency {
  ACUTE,
  PLANNED
}
