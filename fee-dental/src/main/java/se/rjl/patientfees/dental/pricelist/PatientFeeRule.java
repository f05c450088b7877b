package se.rjl.patientfees.dental.pricelist;

import java.util.Set;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * When a patient-fee row applies: a visit fee, a missed-visit fee, the asylum fee or the
 * prescription fee. The amount is the row's price; the rule adds the conditions, each with its
 * source. A condition left out matches every value.
 *
 * @param key unique among the patient fees
 * @param row the key of the price row charged
 * @param staff who the visit is with; empty for every staff
 * @param chargedBy for missed visits: how the visit would have been charged; null for any
 * @param age the age band (with its counting, decision E23); null for every age
 * @param bookedMinutes the booked time; null for any
 */
public record PatientFeeRule(
    String key,
    PatientFeeKind kind,
    String row,
    Set<DentalStaff> staff,
    ChargedBy chargedBy,
    AgeBand age,
    MinuteRange bookedMinutes,
    String note,
    Source source,
    Location location) {

  public PatientFeeRule {
    staff = Set.copyOf(staff);
  }
}
