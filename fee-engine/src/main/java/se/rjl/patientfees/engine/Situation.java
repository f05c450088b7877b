package se.rjl.patientfees.engine;

import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * A contact reduced to the fee-code table's dimensions: what the rules decided, before the table is
 * looked up. {@code profession} may be null where the contact has none (sampling, prescription):
 * then only rows that take every profession match.
 */
public record Situation(
    Service service,
    Event event,
    Profession profession,
    Level level,
    Tariff tariff,
    Basis basis,
    Setting setting,
    Referral referral,
    Urgency urgency,
    boolean interpreter,
    int birthdayAge,
    int calendarAge) {

  /** "service=visit profession=doctor careLevel=primary tariff=standard ..." for messages. */
  public String describe() {
    return "service=" + YamlValue.kebab(service)
        + " event=" + YamlValue.kebab(event)
        + " profession=" + (profession == null ? "(none)" : YamlValue.kebab(profession))
        + " careLevel=" + YamlValue.kebab(level)
        + " tariff=" + YamlValue.kebab(tariff)
        + " basis=" + YamlValue.kebab(basis)
        + " setting=" + YamlValue.kebab(setting)
        + " referral=" + YamlValue.kebab(referral)
        + " urgency=" + YamlValue.kebab(urgency)
        + " interpreter=" + interpreter
        + " age=" + birthdayAge;
  }
}
