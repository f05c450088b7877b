package se.rjl.patientfees.rules.model;

/**
 * A reason why an outpatient contact is free ("Avgiftsfria besök och åtgärder", L5099–L5301).
 *
 * @param basis how the fee-code table registers it: {@link Basis#FREE} or {@link Basis#SMITTSKYDD}
 * @param freeWeeksAfterDelivery null, or the number of weeks after the delivery date the reason
 *     holds (birth injury: "t.o.m vecka 12 efter förlossningen"; week 1 = days 0–6, decision R36)
 * @param onlyForServices the services the reason may be given for (empty: any)
 */
public record FreeReason(String key, String title, Basis basis, Source source, Integer freeWeeksAfterDelivery,
    java.util.Set<Service> onlyForServices) {

  public FreeReason {
    onlyForServices = onlyForServices == null ? java.util.Set.of() : java.util.Set.copyOf(onlyForServices);
  }

  /** A reason without a time limit, for any service. */
  public FreeReason(String key, String title, Basis basis, Source source) {
    this(key, title, basis, source, null, java.util.Set.of());
  }
}
