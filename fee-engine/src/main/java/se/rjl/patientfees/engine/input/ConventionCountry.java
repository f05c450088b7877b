package se.rjl.patientfees.engine.input;

/** The convention countries (L5568–L5623). */
public enum ConventionCountry {
  ALGERIA,
  AUSTRALIA,
  QUEBEC,
  /** The convention covers childbirth care only (L5602–L5609). */
  ISRAEL
}
