package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * A group of foreign patients or Swedes abroad defined by a list of countries (regelbok §
 * "Vård av personer från andra länder", L5388–L5857).
 */
public record PatientGroup(String key, String title, List<String> countries, Source source) {
  public PatientGroup {
    countries = List.copyOf(countries);
  }
}
