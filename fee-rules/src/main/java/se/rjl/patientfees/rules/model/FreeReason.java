package se.rjl.patientfees.rules.model;

/**
 * A reason why an outpatient contact is free ("Avgiftsfria besök och åtgärder", L5099–L5301).
 *
 * @param basis how the fee-code table registers it: {@link Basis#FREE} or {@link Basis#SMITTSKYDD}
 */
public record FreeReason(String key, String title, Basis basis, Source source) {}
