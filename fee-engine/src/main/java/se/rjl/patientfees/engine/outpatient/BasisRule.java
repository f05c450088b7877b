package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
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

  static Basis of(CompiledRulebook book, Contact c, int birthdayAge, Trace why) {
    if (c.event() != Event.ATTENDED) {
      if (c.childHealthProgramme()) {
        why.add(Rule.MISSED_CHILD_HEALTH_PROGRAMME);
        return Basis.FREE;
      }
      if (c.missedFeeWaived()) {
        why.add(Rule.MISSED_FEE_WAIVED);
        return Basis.FREE;
      }
      if (c.kind() == ContactKind.NON_QUALIFIED_DISTANCE) {
        why.add(Rule.MISSED_NON_QUALIFIED_DISTANCE);
        return Basis.FREE;
      }
      if (c.afterLateUnitCancellation()) {
        why.add(Rule.MISSED_NORMALLY_FREE_CHARGED, 1);
      }
      if (c.freeReason() != null) {
        why.add(Rule.MISSED_NORMALLY_FREE_CHARGED, 0);
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
      if (r.freeWeeksAfterDelivery() != null && !withinWeeksAfterDelivery(c, r, why)) {
        // Decision R36: from week 13 the contact is priced as usual.
      } else {
        why.add(r.basis() == Basis.SMITTSKYDD ? Rule.FREE_SMITTSKYDD : Rule.FREE_REASON, why.ref(r));
        return r.basis();
      }
    }
    String dentalBand = book.rulebook().outpatient().dentalFreeAgeBand();
    if (dentalBand != null && (c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.DENTAL_GENERAL
        || c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.DENTAL_SPECIALIST)) {
      var band = book.rulebook().ageBand(dentalBand).orElse(null);
      if (band != null && band.contains(birthdayAge)) {
        why.add(Rule.FREE_DENTAL_AGE_BAND, why.ref(band.describe()));
        return Basis.FREE;
      }
    }
    if (c.afterLateUnitCancellation()) {
      why.add(Rule.FREE_AFTER_LATE_UNIT_CANCELLATION);
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
        why.add(Rule.FREE_ACUTE_RETURN);
        return Basis.FREE;
      }
      long days = ChronoUnit.DAYS.between(prior.at().toLocalDate(), c.at().toLocalDate());
      if (prior.upperAirwayInfectionWithoutAntibiotics() && days <= rules.upperAirwayFreeReturnDays() && prior.freeReturnUsed()) {
        // "rätt till ett avgiftsfritt återbesök" (finding F5): one free return, not every one.
        why.add(Rule.UPPER_AIRWAY_RETURN_ALREADY_USED);
      } else if (prior.upperAirwayInfectionWithoutAntibiotics() && days <= rules.upperAirwayFreeReturnDays()) {
        why.add(Rule.FREE_UPPER_AIRWAY_RETURN);
        return Basis.FREE;
      }
    }
    if (c.kind() == ContactKind.NON_QUALIFIED_DISTANCE) {
      why.add(Rule.FREE_NON_QUALIFIED_DISTANCE);
      return Basis.FREE;
    }
    if (c.kind() == ContactKind.SCREENING) {
      why.add(Rule.FREE_SCREENING);
      return Basis.FREE;
    }
    if (c.teamFollower()) {
      why.add(Rule.TEAM_FOLLOWER);
      return Basis.TEAM_FOLLOWER;
    }
    return Basis.CHARGED;
  }

  /**
   * Whether the contact lies within the free reason's weeks after the delivery (week 1 = days 0–6
   * after the delivery date, decision R36); says so when it does not.
   */
  private static boolean withinWeeksAfterDelivery(Contact c, FreeReason r, Trace why) {
    if (c.deliveryDate() == null) {
      throw new InvalidInputException("contact.deliveryDate", "missing",
          "the free reason '" + r.key() + "' holds for " + r.freeWeeksAfterDelivery() + " weeks after the delivery: give the delivery date");
    }
    long days = ChronoUnit.DAYS.between(c.deliveryDate(), c.at().toLocalDate());
    if (days < 7L * r.freeWeeksAfterDelivery()) {
      return true;
    }
    why.add(Rule.BIRTH_INJURY_AFTER_FREE_WEEKS, r.freeWeeksAfterDelivery(), c.deliveryDate().toEpochDay(), days / 7 + 1);
    return false;
  }

  /** Real elapsed time between two Stockholm local times, across daylight-saving changes (R25). */
  static Duration elapsed(java.time.LocalDateTime from, java.time.LocalDateTime to) {
    java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
    return Duration.between(from.atZone(stockholm), to.atZone(stockholm));
  }
}
