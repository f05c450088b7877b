package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.calendar.Ages;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.Vaccination;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.VaccinationRule;

/**
 * Vaccination: "vanlig patientavgift + vaccinpris", one fee whatever the number of injections, not
 * counting toward the cap (L4993–L4999). The free programmes (influenza, covid-19 and pneumococcal
 * from 65 and for risk groups; TBE 3–18; HPV up to 26) are offered to the county's residents
 * ("länsinvånare", L5017–L5019; decision E06).
 */
final class VaccinationPricing {
  /** Whether the vaccination is free, and what the vaccine costs the patient. */
  record Outcome(boolean free, long vaccineOre) {}

  private VaccinationPricing() {}

  static Outcome of(CompiledRulebook book, Patient p, Vaccination v, int birthdayAge, int calendarAge, Trace why) {
    VaccinationRule rule = book.vaccinations().get(v.vaccine());
    boolean resident = p.residence() == Residence.COUNTY_RESIDENT || p.residence() == Residence.QUOTA_REFUGEE;
    if (rule != null && resident) {
      AgeBand band = rule.freeAgeBand() == null ? null : book.rulebook().ageBands().get(rule.freeAgeBand());
      boolean byAge = band != null && band.contains(Ages.inBand(band, birthdayAge, calendarAge));
      boolean byRisk = rule.freeForRiskGroups() && v.riskGroup();
      if (byAge || byRisk) {
        why.add(Rule.VACCINATION_FREE, why.ref(rule), Trace.flag(byAge));
        return new Outcome(true, 0);
      }
      if (rule.vaccineAlwaysFree()) {
        why.add(Rule.VACCINATION_VACCINE_FREE, why.ref(rule));
        return new Outcome(false, 0);
      }
    }
    why.add(Rule.VACCINATION_FEE_PLUS_VACCINE, v.priceOre());
    return new Outcome(false, v.priceOre());
  }
}
