package se.rjl.patientfees.engine.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One patient's payments toward one cap: immutable, owned and stored by the caller (the region's
 * system of record is eFrikort). Everything else — periods, sums, frikort — is derived from the
 * entries, so a state can be saved, sent and resumed without loss.
 */
public record CapState(List<CapEntry> entries) {
  public static final CapState EMPTY = new CapState(List.of());

  public CapState {
    List<CapEntry> sorted = new ArrayList<>(entries);
    sorted.sort(CapEntry.ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).paymentId().equals(sorted.get(i - 1).paymentId())) {
        throw new IllegalArgumentException("payment id " + sorted.get(i).paymentId() + " is recorded twice");
      }
    }
    entries = List.copyOf(sorted);
  }

  public Optional<CapEntry> entry(String paymentId) {
    return entries.stream().filter(e -> e.paymentId().equals(paymentId)).findFirst();
  }

  CapState with(CapEntry e) {
    if (entry(e.paymentId()).isPresent()) {
      return this;
    }
    List<CapEntry> l = new ArrayList<>(entries);
    l.add(e);
    return new CapState(l);
  }

  CapState without(String paymentId) {
    if (entry(paymentId).isEmpty()) {
      return this;
    }
    return new CapState(entries.stream().filter(e -> !e.paymentId().equals(paymentId)).toList());
  }
}
