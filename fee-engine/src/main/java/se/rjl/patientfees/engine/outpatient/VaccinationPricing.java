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
 * from 65 and for risk groups; TBE 3–18; HPV up to 26): the rows marked {@code residentsOnly} are for
 * the county's residents ("länsinvånare", L5017–L5019), with asylum-seeking and undocumented children
 * counted as county children (L5399–L5400, L5475–L5476); the others for every patient on the Swedish
 * fees; none for patients on the fixed price list (L4997–L4998). Decision E06.
 */
final class VaccinationPricing {
  /** Whether the vaccination is free, and what the vaccine costs the patient. */
  record Outcome(boolean free, long vaccineOre) {}

  private VaccinationPricing() {}

  /** The rulebook's child band ("barn och ungdomar under 20 år", R09), as the fee rows use it for asylum children. */
  private static final String CHILD_BAND = "child";

  static Outcome of(CompiledRulebook book, Patient p, Vaccination v, int birthdayAge, int calendarAge,
      se.rjl.patientfees.rules.model.Tariff tariff, Trace why) {
    VaccinationRule rule = book.vaccinations().get(v.vaccine());
    boolean swedishFees = tariff != se.rjl.patientfees.rules.model.Tariff.FOREIGN_FULL_PRICE;
    if (rule != null && swedishFees) {
      AgeBand band = rule.freeAgeBand() == null ? null : book.rulebook().ageBands().get(rule.freeAgeBand());
      boolean byAge = band != null && band.contains(Ages.inBand(band, birthdayAge, calendarAge));
      boolean byRisk = rule.freeForRiskGroups() && v.riskGroup();
      if ((byAge || byRisk) && rule.residentsOnly() && !countyResident(book, p, birthdayAge)) {
        why.add(Rule.VACCINATION_RESIDENTS_ONLY, why.ref(rule));
      } else if (byAge || byRisk) {
        why.add(Rule.VACCINATION_FREE, why.ref(rule), Trace.flag(byAge));
        return new Outcome(true, 0);
      }
    }
    if (rule != null && swedishFees && rule.vaccineAlwaysFree()) {
      why.add(Rule.VACCINATION_VACCINE_FREE, why.ref(rule));
      return new Outcome(false, 0);
    }
    why.add(Rule.VACCINATION_FEE_PLUS_VACCINE, v.priceOre());
    return new Outcome(false, v.priceOre());
  }

  /** A county resident for the "länsinvånare" programmes: folkbokförd, a quota refugee, or an asylum or undocumented child. */
  private static boolean countyResident(CompiledRulebook book, Patient p, int birthdayAge) {
    return switch (p.residence()) {
      case COUNTY_RESIDENT, QUOTA_REFUGEE -> true;
      case ASYLUM_SEEKER, UNDOCUMENTED -> book.rulebook().ageBand(CHILD_BAND).map(b -> b.contains(birthdayAge)).orElse(false);
      default -> false;
    };
  }
}
