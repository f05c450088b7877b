package se.rjl.patientfees.engine.outpatient;

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
              + kebab(r) + (r == Residence.COUNTY_RESIDENT ? " (\"Svenskt EU-kort gäller inte i Sverige\", L5514)" : ""));
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
          "a Swede abroad shows the EU card (or E112) of an EU/EES country of residence only (L5740–L5750)");
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

  static Tariff of(se.rjl.patientfees.engine.CompiledRulebook book, Patient p, se.rjl.patientfees.engine.input.Contact c,
      Explanation why) {
    Residence r = p.residence();
    boolean acute = c.urgency() == Urgency.ACUTE;
    switch (r) {
      case COUNTY_RESIDENT -> why.add("tariff.county-resident", "L3279–L3282", "Folkbokförd i länet: vanlig patientavgift.");
      case OTHER_REGION_RESIDENT -> why.add("tariff.other-region", "L3157–L3158",
          "Utomlänspatient: vårdande regions avgifter gäller, vanlig patientavgift.");
      case QUOTA_REFUGEE -> why.add("tariff.quota-refugee", "L5481–L5489",
          "Kvotflykting med personnummer: samma regler som länsinvånare.");
      case NORDIC -> why.add("tariff.nordic", "L5663–L5675", "Nordisk konvention: 250 kr öppenvård, inget EU-kort krävs.");
      case EU_EES, UK -> {
        if (p.euCard() && !acute && !c.necessaryCare()) {
          // "Planerad vård är de hänvisade att göra i sitt hemland" (finding F13, decision E51).
          why.text("tariff.eu-card-planned", book);
          return Tariff.FOREIGN_FULL_PRICE;
        }
        if (p.euCard()) {
          why.add(r == Residence.UK ? "tariff.uk-with-card" : "tariff.eu-with-card", r == Residence.UK ? "L5677–L5701" : "L5625–L5661",
              "EU-kort (eller provisoriskt intyg) uppvisat: samma avgift som länsinvånare.");
        } else {
          why.add(r == Residence.UK ? "tariff.uk-without-card" : "tariff.eu-without-card", r == Residence.UK ? "L5677–L5701" : "L5524–L5530",
              "Inget EU-kort: hela kostnaden enligt fast prislista.");
          return Tariff.FOREIGN_FULL_PRICE;
        }
      }
      case CONVENTION_COUNTRY -> {
        switch (p.conventionCountry()) {
          case QUEBEC -> why.add("tariff.convention-quebec", "L5611–L5623", "Québec: betalar som svenskar.");
          case ISRAEL -> {
            if (c.deliveryCare()) {
              // Decision R28 (finding F14): outpatient delivery care at the convention-country fee.
              why.text("tariff.convention-israel-delivery", book);
              return Tariff.STANDARD;
            }
            why.add("tariff.convention-israel", "L5602–L5609",
                "Israel: konventionen gäller endast förlossningsvård; öppenvård enligt fast prislista.");
            return Tariff.FOREIGN_FULL_PRICE;
          }
          default -> {
            if (!acute) {
              why.add("tariff.convention-planned", "L5580–L5600",
                  "Konventionsland: konventionen gäller akut vård; planerad vård enligt fast prislista.");
              return Tariff.FOREIGN_FULL_PRICE;
            }
            why.add("tariff.convention-acute", "L5580–L5600", "Konventionsland, akut vård: 250 kr öppenvård.");
          }
        }
      }
      case SWEDE_ABROAD -> {
        return swedeAbroad(book, p, acute, why);
      }
      case ASYLUM_SEEKER -> {
        why.add("tariff.asylum", "L5394–L5443", "Asylsökande: avgifter för asylsökande (frikortsförmån gäller inte).");
        return Tariff.ASYLUM;
      }
      case UNDOCUMENTED -> {
        why.add("tariff.undocumented", "L5472–L5480", "Tillståndslös: samma patientavgifter som för asylsökande.");
        return Tariff.ASYLUM;
      }
      case FOREIGN_UNINSURED -> {
        why.add("tariff.foreign-uninsured", "L5703–L5720",
            "Kan inte visa rätt till subventionerad vård: hela avgiften enligt fast prislista.");
        return Tariff.FOREIGN_FULL_PRICE;
      }
    }
    return Tariff.STANDARD;
  }

  private static Tariff swedeAbroad(se.rjl.patientfees.engine.CompiledRulebook book, Patient p, boolean acute, Explanation why) {
    switch (p.swedeAbroadGroup()) {
      case DEVELOPING_COUNTRY_MISSION -> {
        why.text("tariff.swede-abroad-mission", book);
        return Tariff.STANDARD;
      }
      case STUDENT_WITH_FK_CERTIFICATE -> {
        why.text("tariff.swede-abroad-student", book);
        return Tariff.STANDARD;
      }
      case DEREGISTERED_CITIZEN -> {
        why.text(acute ? "tariff.deregistered-acute" : "tariff.deregistered-planned", book);
        return acute ? Tariff.STANDARD : Tariff.FOREIGN_FULL_PRICE;
      }
      case EU_EES_PENSIONER -> {
        why.add("tariff.swede-abroad-pensioner", "L5752–L5757", "Utlandssvensk pensionär i EU/EES med intyg: vanlig patientavgift.");
        return Tariff.STANDARD;
      }
      case EU_EES -> {
        if (p.euCard()) {
          why.add("tariff.swede-abroad-eu-card", "L5740–L5750",
              "Utlandssvensk i EU/EES med bosättningslandets EU-kort (planerad vård: E112): vanlig patientavgift.");
          return Tariff.STANDARD;
        }
        why.add("tariff.swede-abroad-eu-no-card", "L5740–L5750", "Utlandssvensk i EU/EES utan EU-kort: hel avgift enligt prislista.");
        return Tariff.FOREIGN_FULL_PRICE;
      }
      default -> {
        if (acute) {
          why.add("tariff.swede-abroad-acute", "L5776–L5800", "Utlandssvensk, akut vård: vanlig patientavgift.");
          return Tariff.STANDARD;
        }
        if (p.swedeAbroadGroup() == se.rjl.patientfees.engine.input.SwedeAbroadGroup.FULL_COST_COUNTRY) {
          why.add("tariff.swede-abroad-full-cost", "L5784–L5790",
              "Utlandssvensk i Kanada, Nya Zeeland, USA, Monaco eller Andorra, planerad vård: hela vårdkostnaden.");
          return Tariff.FOREIGN_FULL_PRICE;
        }
        why.add("tariff.swede-abroad-planned", "L5776–L5800",
            "Utlandssvensk, planerad vård: avgift per besök om 6 x högsta slutenvårdsavgiften, beslut R31.");
        return Tariff.SWEDE_ABROAD_PLANNED;
      }
    }
  }

  private static String kebab(Enum<?> e) {
    return se.rjl.patientfees.rules.yaml.YamlValue.kebab(e);
  }
}
