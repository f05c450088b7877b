package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.input.Referral;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.rules.model.Level;

/**
 * Whether a referral makes the first visit free ("Patientavgifter vid remittering", L3140–L3188):
 * from primary to specialist care and back (also from a private specialist to primary care, also
 * acute), and from a private GP with an agreement to specialist care. Referrals within specialist
 * care, from private specialists to specialist care, from school doctors, fully private doctors and
 * occupational health pay the ordinary fee.
 */
final class ReferralRule {
  private ReferralRule() {}

  static se.rjl.patientfees.rules.model.Referral of(Referral referral, Level level, Explanation why) {
    if (referral == null) {
      return se.rjl.patientfees.rules.model.Referral.NONE;
    }
    boolean toSpecialist = level == Level.SPECIALIST;
    boolean toPrimary = level == Level.PRIMARY || level == Level.PRIMARY_OUT_OF_HOURS;
    ReferralSource s = referral.source();
    boolean freeFirst =
        (s == ReferralSource.PRIMARY_CARE && toSpecialist)
            || (s == ReferralSource.SPECIALIST_CARE && toPrimary)
            || (s == ReferralSource.PRIVATE_SPECIALIST_WITH_AGREEMENT && toPrimary)
            || (s == ReferralSource.PRIVATE_GP_WITH_AGREEMENT && toSpecialist);
    if (freeFirst && referral.poolTraining() && toPrimary) {
      why.add("referral.pool-training", "L4444–L4446",
          "Remiss till bassängträning: undantaget från avgiftsfritt första remissbesök, vanlig patientavgift.");
      return se.rjl.patientfees.rules.model.Referral.NONE;
    }
    if (!freeFirst) {
      String cite = switch (s) {
        case PRIVATE_SPECIALIST_WITH_AGREEMENT -> "L3167–L3168";
        case SCHOOL_DOCTOR -> "L3174–L3178";
        case FULLY_PRIVATE -> "L3180–L3183";
        case OCCUPATIONAL_HEALTH -> "L3185–L3188";
        default -> "L3146–L3147";
      };
      why.add("referral.ordinary-fee", cite, "Remissen ger inte avgiftsfritt första besök: vanlig patientavgift.");
      return se.rjl.patientfees.rules.model.Referral.NONE;
    }
    if (referral.firstVisit()) {
      why.add("referral.first-visit", s == ReferralSource.PRIVATE_GP_WITH_AGREEMENT ? "L3164–L3165" : "L3141–L3144",
          "Första remissbesöket mellan primärvård och specialistvård.");
      return se.rjl.patientfees.rules.model.Referral.FIRST_VISIT;
    }
    why.add("referral.follow-up", "L3141–L3144", "Återbesök efter remiss: endast första remissbesöket är avgiftsfritt.");
    return se.rjl.patientfees.rules.model.Referral.FOLLOW_UP;
  }
}
