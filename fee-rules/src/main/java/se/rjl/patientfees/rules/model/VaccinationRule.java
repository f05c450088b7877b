package se.rjl.patientfees.rules.model;

/**
 * When a vaccination is free (L4993–L5047; HPV: 2026 budget, seed 002 L2370–L2372).
 *
 * @param vaccine the vaccine's key (influenza, covid-19, pneumococcal, tbe, hpv, ...)
 * @param freeAgeBand key of the age band in which fee and vaccine are free, or null
 * @param freeForRiskGroups whether risk groups (Folkhälsomyndigheten) are free at every age
 * @param vaccineAlwaysFree the vaccine itself is free for everyone; only the fee is paid (covid-19)
 * @param residentsOnly the free age band and risk groups are for the county's residents only
 *     ("länsinvånare", decision E06); other programmes are free for every patient on the Swedish fees
 */
public record VaccinationRule(
    String vaccine,
    String title,
    String freeAgeBand,
    boolean freeForRiskGroups,
    boolean vaccineAlwaysFree,
    Source source,
    boolean residentsOnly) {

  /** A programme without a residence condition. */
  public VaccinationRule(String vaccine, String title, String freeAgeBand, boolean freeForRiskGroups, boolean vaccineAlwaysFree,
      Source source) {
    this(vaccine, title, freeAgeBand, freeForRiskGroups, vaccineAlwaysFree, source, false);
  }
}
