package se.rjl.patientfees.rules.model;

/** How an age limit is counted (DEVELOPERS.md D3, decision E01). */
public enum AgeSemantics {
  /** Whole years at the contact date: "från och med 20-årsdagen". */
  BIRTHDAY,
  /** Contact year minus birth year: "t.o.m. det kalenderår de fyller 19". */
  CALENDAR_YEAR
}
