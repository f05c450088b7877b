package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Service;

/**
 * Öppen sjukvård för regionanställda (L5261–L5283) and frikort som anställningsförmån (L3340–L3342):
 * the employee pays the ordinary fee, which counts toward the cap and is registered in eFrikort, and
 * the fee for care is refunded with the salary; not for health checks, vaccinations or medicines, not
 * for a missed booking, and not when an insurer or other outsider is liable. Decision E54.
 */
final class EmployeeBenefit {
  private EmployeeBenefit() {}

  /** Whether the fee of this contact is refunded with the salary. */
  static boolean covers(Contact c, Service service) {
    if (!c.regionEmployee() || c.thirdPartyLiable() || c.event() != Event.ATTENDED) {
      return false;
    }
    return switch (service) {
      case HEALTH_CARE, VACCINATION, GOODS -> false;
      default -> true;
    };
  }

  static boolean explain(CompiledRulebook book, Contact c, Service service, Explanation why) {
    why.text("employee-benefit.efrikort", book);
    boolean covered = covers(c, service);
    if (covered) {
      why.text("employee-benefit.salary-refund", book);
    } else if (c.thirdPartyLiable()) {
      why.text("employee-benefit.third-party-liable", book);
    } else {
      why.text("employee-benefit.not-covered", book);
    }
    return covered;
  }
}
