package se.rjl.patientfees.api;

import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A patient's contacts priced in date order through the cap ledger, and the cap state after the
 * last one.
 *
 * <pre>{@code
 * PricedHistory h = fees.priceHistory(patient, contacts, CapState.EMPTY);
 * h.totalPay();                        // what the patient paid in all
 * h.contacts().get(6).frikortApplied(); // true once the cap is reached
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param contacts the priced contacts, in the order priced (by time, stable for equal times)
 * @param state the cap state after the last contact (the initial state when there were none)
 */
public record PricedHistory(List<CappedFee> contacts, CapState state) {
  public PricedHistory {
    contacts = List.copyOf(contacts);
  }

  /** The sum of what the patient pays for all contacts. */
  public MonetaryAmount totalPay() {
    long ore = 0;
    for (CappedFee c : contacts) {
      ore += Amounts.toOre(c.pay());
    }
    return Amounts.ofOre(ore);
  }
}
