package se.rjl.patientfees.api;

import java.util.List;

/**
 * A correction of the cap state (a reversal, a changed fee) and what to report to the registry.
 *
 * <p>Immutable and thread-safe (the updates are copied).
 *
 * @param state the cap state after the correction: keep it
 * @param register the registry updates: {@code DeleteTransaction} for a reversal, {@code
 *     UpdateTransaction} for a changed amount, and an update for every payment whose counted part
 *     the correction changed
 * @param cap where the patient stands in the corrected payment's period, with any refund owed
 */
public record CapCorrection(CapState state, List<RegistryUpdate> register, CapStatus cap) {
  public CapCorrection {
    register = List.copyOf(register);
  }
}
