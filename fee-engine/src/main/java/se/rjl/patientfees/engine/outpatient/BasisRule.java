package se.rjl.patientfees.engine.outpatient;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.PriorVisit;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.FreeReason;
import se.rjl.patientfees.rules.model.OutpatientRules;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Why an attended contact is free, where it is: a free reason from the rulebook, smittskydd, a team
 * visit's other caregivers, an acute return within 24 hours, the free return after an upper-airway
 * infection, a non-qualified distance contact, a free screening programme. For missed and
 * late-cancelled visits the ordinary fee applies "även vid besök som normalt är avgiftsfria"
 * (L4348–L4350), except child health programme visits (L4352–L4354).
 */
final class BasisRule {
  private BasisRule() {}

  static Basis of(CompiledRulebook book, Contact c, int birthdayAge, Explanation why) {
    if (c.event() != Event.ATTENDED) {
      if (c.childHealthProgramme()) {
        why.add("missed.child-health-programme", "L4352–L4354", "Uteblivet BHV-besök debiteras inte.");
        return Basis.FREE;
      }
      if (c.missedFeeWaived()) {
        why.add("missed.fee-waived", "L4358–L4359",
            "Undantag från avgiften beslutat av klinik eller verksamhetschef (eller vårdens fel, L4382-L4383): avgiftsfritt (beslut E09).");
        return Basis.FREE;
      }
      if (c.kind() == ContactKind.NON_QUALIFIED_DISTANCE) {
        why.add("missed.non-qualified-distance", "L4158–L4166",
            "Bokad kontakt som inte är en kvalificerad distanskontakt: hade varit avgiftsfri, ingen avgift (beslut R40, E09).");
        return Basis.FREE;
      }
      if (c.afterLateUnitCancellation()) {
        why.add("missed.normally-free-charged", "L4348–L4350",
            "Uteblivet besök eller sent återbud debiteras även när besöket hade varit avgiftsfritt efter vårdens sena avbokning.");
      }
      if (c.freeReason() != null) {
        why.add("missed.normally-free-charged", "L4348–L4350",
            "Uteblivet besök eller sent återbud debiteras även vid besök som normalt är avgiftsfria.");
      }
      return Basis.CHARGED;
    }
    if (c.freeReason() != null) {
      FreeReason r = book.freeReasons().get(c.freeReason());
      if (r == null) {
        throw new InvalidInputException("contact.freeReason", "unknown-free-reason",
            "'" + c.freeReason() + "' is not a free reason of rulebook " + book.id()
                + Suggest.didYouMean(c.freeReason(), book.freeReasons().keySet()));
      }
      if (!r.onlyForServices().isEmpty() && !r.onlyForServices().contains(OutpatientPricer.serviceOf(c))) {
        throw new InvalidInputException("contact.freeReason", "contradictory",
            "the free reason '" + r.key() + "' is only for " + r.onlyForServices().stream()
                .map(se.rjl.patientfees.rules.yaml.YamlValue::kebab).sorted().toList() + ", not for kind "
                + se.rjl.patientfees.rules.yaml.YamlValue.kebab(c.kind()));
      }
      if (r.freeWeeksAfterDelivery() != null && !withinWeeksAfterDelivery(book, c, r, why)) {
        // Decision R36: from week 13 the contact is priced as usual.
      } else {
        why.add(r.basis() == Basis.SMITTSKYDD ? "free.smittskydd" : "free.reason", r.key(), r.source(),
            "Avgiftsfritt: " + r.title() + ".");
        return r.basis();
      }
    }
    String dentalBand = book.rulebook().outpatient().dentalFreeAgeBand();
    if (dentalBand != null && (c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.DENTAL_GENERAL
        || c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.DENTAL_SPECIALIST)) {
      var band = book.rulebook().ageBand(dentalBand).orElse(null);
      if (band != null && band.contains(birthdayAge)) {
        why.text("free.dental-85-plus", book, band.describe());
        return Basis.FREE;
      }
    }
    if (c.afterLateUnitCancellation()) {
      why.add("free.after-late-unit-cancellation", c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.PRIMARY_CARE ? "L4390–L4392" : "L4395–L4397",
          "Vårdenheten avbokade förra bokningen för samma sjukdom för sent (613/615): detta planerade vårdbesök är avgiftsfritt (beslut E08).");
      return Basis.FREE;
    }
    OutpatientRules rules = book.rulebook().outpatient();
    PriorVisit prior = c.priorVisit();
    if (prior != null) {
      if (prior.at().isAfter(c.at())) {
        throw new InvalidInputException("contact.priorVisit.at", "prior-after-contact", "the earlier visit is after this contact");
      }
      if (prior.acute() && c.urgency() == Urgency.ACUTE
          && elapsed(prior.at(), c.at()).compareTo(Duration.ofHours(rules.acuteReturnHours())) <= 0) {
        why.add("free.acute-return", "outpatient.acuteReturnHours", rules.source(),
            "Akut återbesök för samma sjukdom inom " + rules.acuteReturnHours() + " timmar: ingen ny patientavgift (L4189–L4192).");
        return Basis.FREE;
      }
      long days = ChronoUnit.DAYS.between(prior.at().toLocalDate(), c.at().toLocalDate());
      if (prior.upperAirwayInfectionWithoutAntibiotics() && days <= rules.upperAirwayFreeReturnDays() && prior.freeReturnUsed()) {
        // "rätt till ett avgiftsfritt återbesök" (finding F5): one free return, not every one.
        why.text("upper-airway-return.already-used", book, rules.upperAirwayFreeReturnDays());
      } else if (prior.upperAirwayInfectionWithoutAntibiotics() && days <= rules.upperAirwayFreeReturnDays()) {
        why.add("free.upper-airway-return", "outpatient.upperAirwayFreeReturnDays", rules.source(),
            "Återbesök inom " + rules.upperAirwayFreeReturnDays()
                + " dagar efter övre luftvägsinfektion utan antibiotika: avgiftsfritt (L5293–L5301).");
        return Basis.FREE;
      }
    }
    if (c.kind() == ContactKind.NON_QUALIFIED_DISTANCE) {
      why.add("free.non-qualified-distance", "L4158–L4166",
          "Ej kvalificerad distanskontakt (upplysning, rådgivning, provsvar, tidsbokning): avgiftsfri.");
      return Basis.FREE;
    }
    if (c.kind() == ContactKind.SCREENING) {
      why.add("free.screening", "L3112–L3115", "Avgiftsfri hälsovård och screening (mammografi, gynekologisk cellprovtagning m.m.).");
      return Basis.FREE;
    }
    if (c.teamFollower()) {
      why.add("team.follower", "L4463–L4479", "Teambesök: patienten betalar endast en avgift, till den som samordnar.");
      return Basis.TEAM_FOLLOWER;
    }
    return Basis.CHARGED;
  }

  /**
   * Whether the contact lies within the free reason's weeks after the delivery (week 1 = days 0–6
   * after the delivery date, decision R36); says so when it does not.
   */
  private static boolean withinWeeksAfterDelivery(CompiledRulebook book, Contact c, FreeReason r, Explanation why) {
    if (c.deliveryDate() == null) {
      throw new InvalidInputException("contact.deliveryDate", "missing",
          "the free reason '" + r.key() + "' holds for " + r.freeWeeksAfterDelivery() + " weeks after the delivery: give the delivery date");
    }
    long days = ChronoUnit.DAYS.between(c.deliveryDate(), c.at().toLocalDate());
    if (days < 7L * r.freeWeeksAfterDelivery()) {
      return true;
    }
    why.text("birth-injury.after-free-weeks", book, r.freeWeeksAfterDelivery(), c.deliveryDate(), days / 7 + 1);
    return false;
  }

  /** Real elapsed time between two Stockholm local times, across daylight-saving changes (R25). */
  static Duration elapsed(java.time.LocalDateTime from, java.time.LocalDateTime to) {
    java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
    return Duration.between(from.atZone(stockholm), to.atZone(stockholm));
  }
}
