package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
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

  static se.rjl.patientfees.rules.model.Referral of(Referral referral, Level level, Trace why) {
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
      why.add(Rule.REFERRAL_POOL_TRAINING);
      return se.rjl.patientfees.rules.model.Referral.NONE;
    }
    if (!freeFirst) {
      why.add(switch (s) {
        case PRIVATE_SPECIALIST_WITH_AGREEMENT -> Rule.REFERRAL_ORDINARY_FEE_PRIVATE_SPECIALIST;
        case SCHOOL_DOCTOR -> Rule.REFERRAL_ORDINARY_FEE_SCHOOL_DOCTOR;
        case FULLY_PRIVATE -> Rule.REFERRAL_ORDINARY_FEE_FULLY_PRIVATE;
        case OCCUPATIONAL_HEALTH -> Rule.REFERRAL_ORDINARY_FEE_OCCUPATIONAL_HEALTH;
        default -> Rule.REFERRAL_ORDINARY_FEE;
      });
      return se.rjl.patientfees.rules.model.Referral.NONE;
    }
    if (referral.firstVisit()) {
      why.add(s == ReferralSource.PRIVATE_GP_WITH_AGREEMENT ? Rule.REFERRAL_FIRST_VISIT_PRIVATE_GP : Rule.REFERRAL_FIRST_VISIT);
      return se.rjl.patientfees.rules.model.Referral.FIRST_VISIT;
    }
    why.add(Rule.REFERRAL_FOLLOW_UP);
    return se.rjl.patientfees.rules.model.Referral.FOLLOW_UP;
  }
}
