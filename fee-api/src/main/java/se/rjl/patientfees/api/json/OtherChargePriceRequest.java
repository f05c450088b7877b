package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The request of {@code POST /v1/other-charges}: one of the rulebook's other charges by key
 * (decisions E52, E53). The patient is needed for the compensation of a cancelled operation only.
 *
 * <pre>{@code
 * {"charge": {"key": "driving-licence-extra-sample", "date": "2026-03-10", "quantity": 2}}
 * {"patient": {"birthDate": "1970-05-01", "residence": "county-resident"},
 *  "charge": {"key": "cancelled-operation-compensation", "date": "2026-03-16",
 *             "operation": {"plannedStart": "2026-03-16T08:00", "informedAt": "2026-03-14T10:00"}}}
 * }</pre>
 *
 * <p>Immutable and thread-safe (the exclusions list is as Jackson read it; it is not changed).
 */
public record OtherChargePriceRequest(PatientJson patient, ChargeJson charge) {

  /**
   * The charge: key, date, and the quantity for charges per unit (samples, persons).
   *
   * @param operation for the cancelled-operation compensation only
   */
  public record ChargeJson(String key, LocalDate date, Integer quantity, OperationJson operation) {}

  /**
   * A planned operation the care side cancelled.
   *
   * @param performedInRegion default true
   * @param operatingDepartment a planned day surgery or operation in an operating department, default true
   * @param exclusions keys of the guideline's exclusions that apply (new-time-same-day, already-inpatient,
   *     informed-may-be-cancelled, caused-by-patient)
   */
  public record OperationJson(LocalDateTime plannedStart, LocalDateTime informedAt, Boolean performedInRegion,
      Boolean operatingDepartment, List<String> exclusions) {}
}
