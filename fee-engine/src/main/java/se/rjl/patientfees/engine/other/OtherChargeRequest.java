package se.rjl.patientfees.engine.other;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One of the rulebook's other charges to price (section {@code otherCharges}, decisions E52, E53).
 *
 * @param key a key of the rulebook's {@code otherCharges}
 * @param date the day of the charge (chooses the rulebook); for the cancelled operation, the planned
 *     operation's day may be given instead through {@code operation}
 * @param quantity how many units for a charge with a unit (samples, persons), null for 1
 * @param operation for the compensation of a cancelled operation: when it was planned and cancelled,
 *     else null
 */
public record OtherChargeRequest(String key, LocalDate date, Integer quantity, CancelledOperation operation) {

  public static OtherChargeRequest of(String key, LocalDate date) {
    return new OtherChargeRequest(key, date, null, null);
  }

  public OtherChargeRequest withQuantity(Integer q) {
    return new OtherChargeRequest(key, date, q, operation);
  }

  public OtherChargeRequest withOperation(CancelledOperation o) {
    return new OtherChargeRequest(key, date, quantity, o);
  }

  /**
   * A planned day-surgery or operation that the care side cancelled (L4398–L4423).
   *
   * @param plannedStart when the operation should have started, Stockholm local time
   * @param informedAt when the patient was told it is cancelled
   * @param performedInRegion the operation was to be performed in the region (null: yes)
   * @param operatingDepartment a planned day surgery or operation in an operating department (null: yes)
   * @param exclusions keys of the charge's exclusions that apply (the clinic's guideline), empty for none
   */
  public record CancelledOperation(LocalDateTime plannedStart, LocalDateTime informedAt, Boolean performedInRegion,
      Boolean operatingDepartment, List<String> exclusions) {

    public CancelledOperation {
      exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    public static CancelledOperation of(LocalDateTime plannedStart, LocalDateTime informedAt) {
      return new CancelledOperation(plannedStart, informedAt, null, null, List.of());
    }

    public CancelledOperation withExclusions(List<String> keys) {
      return new CancelledOperation(plannedStart, informedAt, performedInRegion, operatingDepartment, keys);
    }
  }
}
