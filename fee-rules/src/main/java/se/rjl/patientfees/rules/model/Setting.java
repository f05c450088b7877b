package se.rjl.patientfees.rules.model;

/** Where the contact takes place, where the rows differ (korttidsboende: codes 160, 170, 360). */
public enum Setting {
  CLINIC,
  HOME,
  SHORT_TERM_HOUSING_CLINIC,
  SHORT_TERM_HOUSING_HOME
}
