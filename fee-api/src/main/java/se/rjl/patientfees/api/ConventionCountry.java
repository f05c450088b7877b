package se.rjl.patientfees.api;

/** The convention countries (L5568–L5623); the Israeli convention covers childbirth care only. Thread-safe (an enum). */
public enum ConventionCountry {
  ALGERIA,
  AUSTRALIA,
  QUEBEC,
  ISRAEL
}
