package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * {@code POST /v1/inpatient}: a hospital stay (slutenvård), priced day by day.
 *
 * <pre>{@code
 * {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
 *  "stay": {"admissionDate": "2026-03-02", "dischargeDate": "2026-03-14"}}
 * }</pre>
 */
public record InpatientRequest(PatientJson patient, StayJson stay) {

  /**
   * The stay: admission and discharge dates are required; the rest is optional.
   *
   * <pre>{@code
   * {"admissionDate": "2026-03-02", "dischargeDate": "2026-03-20", "transfers": ["2026-03-09"],
   *  "leaves": [{"from": "2026-03-13T08:00", "to": "2026-03-14T20:00"}]}
   * }</pre>
   *
   * @param admissionDate the day the patient is admitted (paid)
   * @param dischargeDate the day the patient is discharged (free unless it is also the admission day)
   * @param transfers days the patient moved to another clinic or hospital: each starts a new
   *     vårdtillfälle at day 1
   * @param leaves leave periods (permission), Stockholm local times
   * @param exemption a key of the rulebook's {@code inpatient.exemptGroups} ({@code custody},
   *     {@code forensic-psychiatry}, {@code compulsory-psychiatric-care}, {@code asylum-lma})
   * @param urgency {@code acute} or {@code planned}: needed for patients from abroad
   * @param deliveryCare the stay is childbirth care (default false)
   */
  public record StayJson(
      LocalDate admissionDate,
      LocalDate dischargeDate,
      List<LocalDate> transfers,
      List<LeaveJson> leaves,
      String exemption,
      Urgency urgency,
      Boolean deliveryCare,
      LocalDate exemptFrom,
      LocalDate exemptTo) {}

  /**
   * A leave of absence during the stay.
   *
   * <pre>{@code
   * {"from": "2026-03-13T08:00", "to": "2026-03-14T20:00"}
   * }</pre>
   */
  public record LeaveJson(LocalDateTime from, LocalDateTime to) {}
}
