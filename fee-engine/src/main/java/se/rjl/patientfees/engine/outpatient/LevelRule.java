package se.rjl.patientfees.engine.outpatient;

import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import java.time.LocalDateTime;
import java.time.LocalTime;
import se.rjl.patientfees.engine.calendar.WorkingDays;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Service;

/**
 * The care level as the fee-code table tells it apart. Code 110 covers "akutmottagning, jourcentral,
 * allmänläkares mottagning efter kl 21.00, lör-, sön- och helgdag" (L3366–L3383, decision E05).
 */
final class LevelRule {
  private LevelRule() {}

  static Level of(CareUnit unit, Service service, Profession profession, LocalDateTime at, LocalTime outOfHoursFrom,
      WorkingDays days, Trace why, se.rjl.patientfees.engine.input.ContactKind kind) {
    switch (unit) {
      case PRIMARY_CARE -> {
        boolean doctorVisit = service == Service.VISIT && profession == Profession.DOCTOR;
        if (doctorVisit && kind == se.rjl.patientfees.engine.input.ContactKind.DAY_CARE) {
          // Code 110 lists "Dagsjukvård läkare" (finding D3): registered like an out-of-hours visit.
          why.add(Rule.LEVEL_PRIMARY_DAY_CARE);
          return Level.PRIMARY_OUT_OF_HOURS;
        }
        if (doctorVisit && (!at.toLocalTime().isBefore(outOfHoursFrom) || days.isWeekendOrHoliday(at.toLocalDate()))) {
          why.add(Rule.LEVEL_PRIMARY_OUT_OF_HOURS);
          return Level.PRIMARY_OUT_OF_HOURS;
        }
        return Level.PRIMARY;
      }
      case DENTAL_GENERAL, DENTAL_SPECIALIST -> {
        why.add(Rule.LEVEL_DENTAL);
        return Level.DENTAL;
      }
      default -> {
        return Level.SPECIALIST;
      }
    }
  }
}
