package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
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

  static boolean explain(Contact c, Service service, Trace why) {
    why.add(Rule.EMPLOYEE_BENEFIT_EFRIKORT);
    boolean covered = covers(c, service);
    if (covered) {
      why.add(Rule.EMPLOYEE_BENEFIT_SALARY_REFUND);
    } else if (c.thirdPartyLiable()) {
      why.add(Rule.EMPLOYEE_BENEFIT_THIRD_PARTY_LIABLE);
    } else {
      why.add(Rule.EMPLOYEE_BENEFIT_NOT_COVERED);
    }
    return covered;
  }
}
