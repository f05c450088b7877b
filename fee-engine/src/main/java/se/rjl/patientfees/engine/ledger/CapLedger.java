package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.rjl.patientfees.engine.InvalidInputException;

/**
 * The high-cost protection as a pure function: (state, charge) → (result, new state). The same
 * mechanism serves the outpatient cap (1 450 kr, L3279–L3336) and the aids cap (1 800 kr, L2794).
 * No hidden state: the caller keeps the {@link CapState}. Thread-safe.
 *
 * <ul>
 *   <li>A period starts on the date of the first qualifying payment and lasts the cap's months.
 *   <li>A fee that crosses the cap is cut to the remainder; from then until the period ends the
 *       patient has frikort and qualifying fees cost 0 kr.
 *   <li>Non-qualifying fees neither count nor are waived.
 *   <li>Receipts from other regions count (L3251–L3274); reversals lower the sum and withdraw a
 *       frikort that depended on them; both are idempotent, keyed by payment id.
 * </ul>
 */
public final class CapLedger {
  private final CapPolicy policy;

  public CapLedger(CapPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A fee to pay. {@code qualifying}: of a kind the cap covers. */
  public record Charge(String paymentId, LocalDate date, long feeOre, boolean qualifying) {
    public Charge {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(date, "date");
      if (feeOre < 0) {
        throw new InvalidInputException("feeOre", "negative-amount", "a fee must not be negative");
      }
    }
  }

  /**
   * The outcome of a charge.
   *
   * @param payOre what the patient pays now
   * @param countedOre what counted toward the cap
   * @param frikortApplied the fee was waived (in full or in part) because the cap was reached
   * @param period the period the payment belongs to, after it (null when none is open: a
   *     non-qualifying fee outside any period)
   */
  public record Result(long payOre, long countedOre, boolean frikortApplied, CapPeriod period) {
    public long sumInPeriodOre() {
      return period == null ? 0 : period.sumOre();
    }

    public long remainingOre() {
      return period == null ? 0 : period.remainingOre();
    }
  }

  /** A result and the state after it. */
  public record Outcome(Result result, CapState state) {}

  public Outcome charge(CapState state, Charge c) {
    Optional<CapEntry> earlier = state.entry(c.paymentId());
    if (earlier.isPresent()) {
      // Recording the same payment again changes nothing.
      CapEntry e = earlier.get();
      return new Outcome(new Result(e.countedOre(), e.countedOre(), false, periodOn(state, e.date()).orElse(null)), state);
    }
    Optional<CapPeriod> open = periodOn(state, c.date());
    if (!c.qualifying()) {
      return new Outcome(new Result(c.feeOre(), 0, false, open.orElse(null)), state);
    }
    long remaining = open.map(CapPeriod::remainingOre).orElseGet(() -> policy.capFor(c.date()).amountOre());
    boolean frikort = open.map(p -> p.frikortOn(c.date())).orElse(false);
    long pay = frikort ? 0 : Math.min(c.feeOre(), remaining);
    CapState next = pay > 0 ? state.with(new CapEntry(c.paymentId(), c.date(), pay, CapEntry.Origin.CONTACT)) : state;
    CapPeriod after = periodOn(next, c.date()).orElse(null);
    return new Outcome(new Result(pay, pay, pay < c.feeOre(), after), next);
  }

  /** A receipt paid elsewhere, entered by staff: counts up to what remains of the cap. */
  public Outcome recordReceipt(CapState state, String paymentId, LocalDate date, long amountOre) {
    se.rjl.patientfees.engine.Bounds.amount("amount", amountOre);
    if (state.entry(paymentId).isPresent()) {
      CapEntry e = state.entry(paymentId).get();
      return new Outcome(new Result(0, e.countedOre(), false, periodOn(state, e.date()).orElse(null)), state);
    }
    Optional<CapPeriod> open = periodOn(state, date);
    long remaining = open.map(CapPeriod::remainingOre).orElseGet(() -> policy.capFor(date).amountOre());
    long counted = Math.min(amountOre, remaining);
    CapState next = counted > 0 ? state.with(new CapEntry(paymentId, date, counted, CapEntry.Origin.RECEIPT)) : state;
    return new Outcome(new Result(0, counted, false, periodOn(next, date).orElse(null)), next);
  }

  /**
   * Puts back an entry that a reversal removed (undoing the correction): idempotent; the state is
   * then exactly as before the reversal.
   */
  public CapState restore(CapState state, CapEntry entry) {
    return state.with(entry);
  }

  /** Reverses a payment: idempotent; an unknown id changes nothing. */
  public CapState reverse(CapState state, String paymentId) {
    return state.without(paymentId);
  }

  /** The period containing {@code date}, if one is open. */
  public Optional<CapPeriod> periodOn(CapState state, LocalDate date) {
    for (CapPeriod p : periods(state)) {
      if (p.contains(date)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every period, derived from the entries in date order. */
  public List<CapPeriod> periods(CapState state) {
    List<CapPeriod> out = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    CapPolicy.Cap cap = null;
    long sum = 0;
    long overpaid = 0;
    LocalDate frikort = null;
    for (CapEntry e : state.entries()) {
      if (first == null || e.date().isAfter(last)) {
        if (first != null) {
          out.add(new CapPeriod(first, last, cap.amountOre(), cap.rulebookId(), sum, frikort, overpaid));
        }
        first = e.date();
        cap = policy.capFor(first);
        last = CapPeriod.lastDayFor(first, cap.periodMonths());
        sum = 0;
        overpaid = 0;
        frikort = null;
      }
      long counted = Math.min(e.countedOre(), cap.amountOre() - sum);
      overpaid += e.countedOre() - counted;
      sum += counted;
      if (frikort == null && sum >= cap.amountOre()) {
        frikort = e.date();
      }
    }
    if (first != null) {
      out.add(new CapPeriod(first, last, cap.amountOre(), cap.rulebookId(), sum, frikort, overpaid));
    }
    return out;
  }
}
