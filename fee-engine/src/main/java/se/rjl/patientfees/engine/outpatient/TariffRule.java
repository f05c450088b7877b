package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * Which price list a patient pays by (regelbok "Vård av personer från andra länder", L5388–L5857).
 */
public final class TariffRule {
  private TariffRule() {}

  /** Rejects residence details that contradict each other, naming the field. */
  public static void checkConsistent(Patient p) {
    Residence r = p.residence();
    if (p.euCard() && r != Residence.EU_EES && r != Residence.UK && r != Residence.SWEDE_ABROAD) {
      throw new InvalidInputException("patient.euCard", "contradictory",
          "an EU card is only relevant for EU/EES and UK citizens and Swedes abroad in the EU/EES, not for residence "
              + kebab(r) + (r == Residence.COUNTY_RESIDENT ? " (a Swedish EU card does not apply in Sweden)" : ""));
    }
    if ((r == Residence.CONVENTION_COUNTRY) != (p.conventionCountry() != null)) {
      throw new InvalidInputException("patient.conventionCountry", r == Residence.CONVENTION_COUNTRY ? "missing" : "contradictory",
          r == Residence.CONVENTION_COUNTRY
              ? "say which convention country (algeria, australia, quebec, israel)"
              : "a convention country is only given for residence convention-country");
    }
    if ((r == Residence.SWEDE_ABROAD) != (p.swedeAbroadGroup() != null)) {
      throw new InvalidInputException("patient.swedeAbroadGroup", r == Residence.SWEDE_ABROAD ? "missing" : "contradictory",
          r == Residence.SWEDE_ABROAD
              ? "say where the Swede abroad lives (eu-ees, eu-ees-pensioner, convention-country, full-cost-country, other-country,"
              + " developing-country-mission, student-with-fk-certificate, deregistered-citizen)"
              : "a Swede-abroad group is only given for residence swede-abroad");
    }
    if (p.euCard() && r == Residence.SWEDE_ABROAD
        && p.swedeAbroadGroup() != se.rjl.patientfees.engine.input.SwedeAbroadGroup.EU_EES) {
      throw new InvalidInputException("patient.euCard", "contradictory",
          "a Swede abroad shows the EU card (or E112) of an EU/EES country of residence only");
    }
  }

  /**
   * Rejects contact inputs that only matter for some patients: {@code necessaryCare} (EU/EES and UK
   * card holders, decision E51) and {@code deliveryCare} (Israel, decision R28).
   */
  static void checkContactInputs(Patient p, se.rjl.patientfees.engine.input.Contact c) {
    Residence r = p.residence();
    if (c.necessaryCare() && !((r == Residence.EU_EES || r == Residence.UK) && p.euCard())) {
      throw new InvalidInputException("contact.necessaryCare", "contradictory",
          "necessary care is only told apart for EU/EES and UK patients with the EU card (decision E51)");
    }
    if (c.deliveryCare() && !(r == Residence.CONVENTION_COUNTRY
        && p.conventionCountry() == se.rjl.patientfees.engine.input.ConventionCountry.ISRAEL)) {
      throw new InvalidInputException("contact.deliveryCare", "contradictory",
          "delivery care only changes the price for Israeli convention patients (decision R28)");
    }
  }

  static Tariff of(Patient p, se.rjl.patientfees.engine.input.Contact c, Trace why) {
    Residence r = p.residence();
    boolean acute = c.urgency() == Urgency.ACUTE;
    switch (r) {
      case COUNTY_RESIDENT -> why.add(Rule.TARIFF_COUNTY_RESIDENT);
      case OTHER_REGION_RESIDENT -> why.add(Rule.TARIFF_OTHER_REGION);
      case QUOTA_REFUGEE -> why.add(Rule.TARIFF_QUOTA_REFUGEE);
      case NORDIC -> why.add(Rule.TARIFF_NORDIC);
      case EU_EES, UK -> {
        if (p.euCard() && !acute && !c.necessaryCare()) {
          // "Planerad vård är de hänvisade att göra i sitt hemland" (finding F13, decision E51).
          why.add(Rule.TARIFF_EU_CARD_PLANNED);
          return Tariff.FOREIGN_FULL_PRICE;
        }
        if (p.euCard()) {
          why.add(r == Residence.UK ? Rule.TARIFF_UK_WITH_CARD : Rule.TARIFF_EU_WITH_CARD);
        } else {
          why.add(r == Residence.UK ? Rule.TARIFF_UK_WITHOUT_CARD : Rule.TARIFF_EU_WITHOUT_CARD);
          return Tariff.FOREIGN_FULL_PRICE;
        }
      }
      case CONVENTION_COUNTRY -> {
        switch (p.conventionCountry()) {
          case QUEBEC -> why.add(Rule.TARIFF_CONVENTION_QUEBEC);
          case ISRAEL -> {
            if (c.deliveryCare()) {
              // Decision R28 (finding F14): outpatient delivery care at the convention-country fee.
              why.add(Rule.TARIFF_CONVENTION_ISRAEL_DELIVERY);
              return Tariff.STANDARD;
            }
            why.add(Rule.TARIFF_CONVENTION_ISRAEL);
            return Tariff.FOREIGN_FULL_PRICE;
          }
          default -> {
            if (!acute) {
              why.add(Rule.TARIFF_CONVENTION_PLANNED);
              return Tariff.FOREIGN_FULL_PRICE;
            }
            why.add(Rule.TARIFF_CONVENTION_ACUTE);
          }
        }
      }
      case SWEDE_ABROAD -> {
        return swedeAbroad(p, acute, why);
      }
      case ASYLUM_SEEKER -> {
        why.add(Rule.TARIFF_ASYLUM);
        return Tariff.ASYLUM;
      }
      case UNDOCUMENTED -> {
        why.add(Rule.TARIFF_UNDOCUMENTED);
        return Tariff.ASYLUM;
      }
      case FOREIGN_UNINSURED -> {
        why.add(Rule.TARIFF_FOREIGN_UNINSURED);
        return Tariff.FOREIGN_FULL_PRICE;
      }
    }
    return Tariff.STANDARD;
  }

  private static Tariff swedeAbroad(Patient p, boolean acute, Trace why) {
    switch (p.swedeAbroadGroup()) {
      case DEVELOPING_COUNTRY_MISSION -> {
        why.add(Rule.TARIFF_SWEDE_ABROAD_MISSION);
        return Tariff.STANDARD;
      }
      case STUDENT_WITH_FK_CERTIFICATE -> {
        why.add(Rule.TARIFF_SWEDE_ABROAD_STUDENT);
        return Tariff.STANDARD;
      }
      case DEREGISTERED_CITIZEN -> {
        why.add(acute ? Rule.TARIFF_DEREGISTERED_ACUTE : Rule.TARIFF_DEREGISTERED_PLANNED);
        return acute ? Tariff.STANDARD : Tariff.FOREIGN_FULL_PRICE;
      }
      case EU_EES_PENSIONER -> {
        why.add(Rule.TARIFF_SWEDE_ABROAD_PENSIONER);
        return Tariff.STANDARD;
      }
      case EU_EES -> {
        if (p.euCard()) {
          why.add(Rule.TARIFF_SWEDE_ABROAD_EU_CARD);
          return Tariff.STANDARD;
        }
        why.add(Rule.TARIFF_SWEDE_ABROAD_EU_NO_CARD);
        return Tariff.FOREIGN_FULL_PRICE;
      }
      default -> {
        if (acute) {
          why.add(Rule.TARIFF_SWEDE_ABROAD_ACUTE);
          return Tariff.STANDARD;
        }
        if (p.swedeAbroadGroup() == se.rjl.patientfees.engine.input.SwedeAbroadGroup.FULL_COST_COUNTRY) {
          why.add(Rule.TARIFF_SWEDE_ABROAD_FULL_COST);
          return Tariff.FOREIGN_FULL_PRICE;
        }
        why.add(Rule.TARIFF_SWEDE_ABROAD_PLANNED);
        return Tariff.SWEDE_ABROAD_PLANNED;
      }
    }
  }

  private static String kebab(Enum<?> e) {
    return se.rjl.patientfees.rules.yaml.YamlValue.kebab(e);
  }
}
