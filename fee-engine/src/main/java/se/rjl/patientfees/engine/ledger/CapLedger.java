package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.rjl.patientfees.engine.InvalidInputException;

/**
 * The high-cost protection as a pure function: (state, event) → (result, new state). The same
 * mechanism serves the outpatient cap (1 450 kr, L3279–L3336) and the aids cap (1 800 kr, L2794).
 * No hidden state: the caller keeps the {@link CapState}. Thread-safe.
 *
 * <ul>
 *   <li>A period starts on the date of the first qualifying payment and lasts the cap's months; its
 *       cap is fixed on that day (E02, E03) and kept in the state.
 *   <li>A fee that crosses the cap is cut to the remainder; from then until the period ends the
 *       patient has frikort and qualifying fees cost 0 kr.
 *   <li>Non-qualifying fees neither count nor are waived.
 *   <li>Receipts from other regions count (L3251–L3274); reversals and corrections change what
 *       counts and withdraw a frikort that depended on them.
 *   <li>Whatever order events arrive in, what counts is what the same payments count in date order
 *       (decision E81): a late registration ("efterregistrering") or a correction that moves the cap
 *       never makes a period count more than its cap; what was paid beyond it is reported as owed
 *       back ({@link CapEntry#refundOre()}), never silently kept.
 *   <li>A payment id recorded again with the same content changes nothing; with other content it is
 *       a conflict ({@code paymentId}, {@code payment-id-conflict}).
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
      if (feeOre > CapEntry.MAX_ORE) {
        throw new InvalidInputException("feeOre", "amount-too-large", "a fee must be at most " + CapEntry.MAX_TEXT);
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

  /** Prices a fee against the state: what counts, what the patient pays now. */
  public Outcome charge(CapState state, Charge c) {
    CapEntry earlier = state.index.get(c.paymentId());
    if (earlier != null) {
      CapEntry now = new CapEntry(c.paymentId(), c.date(), c.feeOre(), 0, 0, CapEntry.Origin.CONTACT);
      if (!c.qualifying() || !earlier.sameContent(now)) {
        throw conflict(earlier, c.qualifying() ? "a contact of " + kr(c.feeOre()) + " on " + c.date()
            : "a fee that does not count toward the cap");
      }
      CapState s = complete(state);
      return new Outcome(new Result(earlier.paidOre(), earlier.countedOre(), earlier.paidOre() < earlier.feeOre(),
          periodIn(s, earlier.date())), s);
    }
    if (!c.qualifying() || c.feeOre() == 0) {
      CapState s = complete(state);
      return new Outcome(new Result(c.feeOre(), 0, false, periodIn(s, c.date())), s);
    }
    CapState s = complete(state);
    CapState next = add(s, new CapEntry(c.paymentId(), c.date(), c.feeOre(), 0, 0, CapEntry.Origin.CONTACT), true);
    CapEntry added = next.newest.entry().paymentId().equals(c.paymentId()) ? next.newest.entry() : next.index.get(c.paymentId());
    CapPeriod last = next.periods.length == 0 ? null : next.periods[next.periods.length - 1];
    CapPeriod period = last != null && last.contains(c.date()) ? last : periodIn(next, c.date());
    return new Outcome(new Result(added.paidOre(), added.countedOre(), added.paidOre() < c.feeOre(), period), next);
  }

  /**
   * A receipt paid elsewhere, entered by staff: counts up to what remains of the cap in date order;
   * what it paid beyond that is reported as owed back. The same receipt again changes nothing.
   */
  public Outcome recordReceipt(CapState state, String paymentId, LocalDate date, long amountOre) {
    return recordPaid(state, new CapEntry(paymentId, date, amountOre, amountOre, 0, CapEntry.Origin.RECEIPT));
  }

  /**
   * Records a payment made elsewhere with its paid amount (a receipt, or a card's transaction).
   * Nothing to pay now: {@code payOre} is 0.
   */
  public Outcome recordPaid(CapState state, CapEntry paid) {
    se.rjl.patientfees.engine.Bounds.amount("amount", paid.feeOre());
    CapEntry earlier = state.index.get(paid.paymentId());
    if (earlier != null) {
      if (!earlier.sameContent(paid)) {
        throw conflict(earlier, "a " + paid.origin().name().toLowerCase(java.util.Locale.ROOT) + " of " + kr(paid.feeOre())
            + " on " + paid.date());
      }
      CapState s = complete(state);
      return new Outcome(new Result(0, earlier.countedOre(), false, periodIn(s, earlier.date())), s);
    }
    CapState s = complete(state);
    if (paid.feeOre() == 0) {
      return new Outcome(new Result(0, 0, false, periodIn(s, paid.date())), s);
    }
    CapState next = add(s, paid.withAmounts(paid.feeOre(), 0), false);
    return new Outcome(new Result(0, next.index.get(paid.paymentId()).countedOre(), false, periodIn(next, paid.date())), next);
  }

  /**
   * Puts back an entry that a reversal removed (undoing the correction): the state is then exactly as
   * before the reversal. An entry already there with the same content changes nothing.
   */
  public CapState restore(CapState state, CapEntry entry) {
    CapEntry earlier = state.index.get(entry.paymentId());
    if (earlier != null) {
      if (!earlier.sameContent(entry)) {
        throw conflict(earlier, "another payment");
      }
      return complete(state);
    }
    if (entry.feeOre() == 0) {
      return complete(state);
    }
    return add(complete(state), entry, false);
  }

  /** Reverses a payment: idempotent; an unknown id changes nothing. */
  public CapState reverse(CapState state, String paymentId) {
    CapState s = complete(state);
    if (s.index.get(paymentId) == null) {
      return s;
    }
    List<CapEntry> rest = new ArrayList<>(s.size);
    for (CapEntry e : s.entries()) {
      if (!e.paymentId().equals(paymentId)) {
        rest.add(e);
      }
    }
    return derive(rest.toArray(new CapEntry[0]), s.periods);
  }

  /**
   * Corrects a payment to a new amount (the fee was wrong, or the difference was settled): it now
   * asks and paid {@code amountOre}. 0 removes it. What counts is derived again in date order.
   *
   * @throws InvalidInputException {@code paymentId} / {@code unknown-payment} when the state does not hold it
   */
  public CapState correct(CapState state, String paymentId, long amountOre) {
    if (amountOre < 0 || amountOre > CapEntry.MAX_ORE) {
      throw new InvalidInputException("amount", amountOre < 0 ? "negative-amount" : "amount-too-large",
          "a corrected amount must be between 0 and " + CapEntry.MAX_TEXT);
    }
    CapState s = complete(state);
    CapEntry e = s.index.get(paymentId);
    if (e == null) {
      throw new InvalidInputException("paymentId", "unknown-payment", "no payment " + paymentId + " is recorded to correct");
    }
    List<CapEntry> all = new ArrayList<>(s.size);
    for (CapEntry x : s.entries()) {
      if (!x.paymentId().equals(paymentId)) {
        all.add(x);
      } else if (amountOre > 0) {
        // It keeps its place among the payments of its day (what it counted before, up to the new amount).
        all.add(new CapEntry(paymentId, e.date(), amountOre, amountOre, Math.min(e.countedOre(), amountOre), e.origin()));
      }
    }
    all.sort(CapState::compare);
    return derive(all.toArray(new CapEntry[0]), s.periods);
  }

  /**
   * Takes a reversed transaction out of a card's amount when the card came without its transactions
   * (decision E82): the card's summary entry for the period containing {@code date} shrinks by
   * {@code amountOre}.
   *
   * @throws InvalidInputException {@code paymentId} / {@code unknown-payment} when no card summary
   *     covers the date, {@code amount} / {@code exceeds-card} when it holds less
   */
  public CapState reverseFromCard(CapState state, String summaryId, LocalDate date, long amountOre) {
    CapState s = complete(state);
    CapEntry summary = s.index.get(summaryId);
    CapPeriod p = periodIn(s, date);
    if (summary == null || summary.origin() != CapEntry.Origin.CARD || p == null || !p.contains(summary.date())) {
      throw new InvalidInputException("paymentId", "unknown-payment",
          "no card amount covers " + date + ": the transaction is not in the cap state");
    }
    if (amountOre > summary.feeOre()) {
      throw new InvalidInputException("amount", "exceeds-card",
          "the card counted " + kr(summary.feeOre()) + " before this period's later payments; " + kr(amountOre) + " cannot be taken out");
    }
    return correct(s, summaryId, summary.feeOre() - amountOre);
  }

  /** The period containing {@code date}, if one is open. */
  public Optional<CapPeriod> periodOn(CapState state, LocalDate date) {
    return Optional.ofNullable(periodIn(complete(state), date));
  }

  /** Every period in date order, with what counts in each. */
  public List<CapPeriod> periods(CapState state) {
    return List.of(complete(state).periods);
  }

  /**
   * The state with every period's sums derived by this ledger's policy (a state built from saved
   * entries is completed on first use; the answer is cached in it).
   */
  public CapState complete(CapState state) {
    if (state.derived) {
      return state;
    }
    CapState done = state.completedBy(policy);
    if (done == null) {
      done = derive(state.entries().toArray(new CapEntry[0]), state.periods);
      state.rememberCompleted(policy, done);
    }
    return done;
  }

  private static CapPeriod periodIn(CapState s, LocalDate d) {
    CapPeriod[] ps = s.periods;
    for (int i = ps.length - 1; i >= 0; i--) {
      if (!d.isBefore(ps[i].firstDay())) {
        return d.isAfter(ps[i].lastDay()) ? null : ps[i];
      }
    }
    return null;
  }

  /**
   * {@code s} (derived) with {@code e} added. When {@code asDue}, the entry pays what counts (a
   * contact priced now); else its {@code paidOre} stands. A payment after every other one (the usual
   * case) updates only the last period; one before them derives the periods again in date order.
   */
  private CapState add(CapState s, CapEntry e, boolean asDue) {
    if (s.size >= CapState.MAX_ENTRIES) {
      throw new InvalidInputException("capState", "too-many", "a cap state holds at most " + CapState.MAX_ENTRIES + " payments");
    }
    CapState.Cell newest = s.newest;
    CapPeriod[] ps = s.periods;
    CapPeriod last = ps.length == 0 ? null : ps[ps.length - 1];
    boolean after = newest == null || e.date().isAfter(newest.entry().date());
    boolean sameDayAfter = newest != null && e.date().equals(newest.entry().date())
        && e.paymentId().compareTo(newest.entry().paymentId()) > 0 && (last == null || last.overpaidOre() == 0);
    if (after || sameDayAfter) {
      long can = asDue ? e.feeOre() : Math.min(e.feeOre(), e.paidOre());
      CapPeriod p = last;
      CapPeriod[] next = ps;
      if (last == null || e.date().isAfter(last.lastDay())) {
        if (can == 0) {
          // Nothing it paid can count, so it opens no period (E03); kept for its id.
          CapEntry done = e.withAmounts(asDue ? 0 : e.paidOre(), 0);
          return new CapState(new CapState.Cell(done, newest), s.size + 1, s.index.putNew(done), ps, true);
        }
        p = open(e.date(), null);
        next = java.util.Arrays.copyOf(ps, ps.length + 1);
      } else {
        next = ps.clone();
      }
      long counted = Math.min(can, p.capOre() - p.sumOre());
      long paid = asDue ? counted : e.paidOre();
      long sum = p.sumOre() + counted;
      LocalDate frikort = p.frikortFrom() == null && sum >= p.capOre() ? e.date() : p.frikortFrom();
      next[next.length - 1] = new CapPeriod(p.firstDay(), p.lastDay(), p.capOre(), p.capRulebookId(), sum, frikort,
          p.overpaidOre() + (paid - counted));
      CapEntry done = e.withAmounts(paid, counted);
      return new CapState(new CapState.Cell(done, newest), s.size + 1, s.index.putNew(done), next, true);
    }
    CapEntry[] all = new CapEntry[s.size + 1];
    int fresh = -1;
    int i = 0;
    for (CapEntry x : s.entries()) {
      if (fresh < 0 && CapState.compare(e, x) < 0) {
        fresh = i;
        all[i++] = e;
      }
      all[i++] = x;
    }
    if (fresh < 0) {
      fresh = i;
      all[i] = e;
    }
    return derive(all, fresh, asDue, s.periods);
  }

  /** The facts of a period opening on {@code day}: kept ones when {@code kept} has them, else the policy's. */
  private CapPeriod open(LocalDate day, CapPeriod[] kept) {
    if (kept != null) {
      for (CapPeriod k : kept) {
        if (k.firstDay().equals(day)) {
          return k.factsOnly();
        }
      }
    }
    CapPolicy.Cap cap = policy.capFor(day);
    return new CapPeriod(day, CapPeriod.lastDayFor(day, cap.periodMonths()), cap.amountOre(), cap.rulebookId(), 0, null, 0);
  }

  /** {@link #derive(CapEntry[], int, boolean, CapPeriod[])} with no new entry. */
  private CapState derive(CapEntry[] asc, CapPeriod[] kept) {
    return derive(asc, -1, false, kept);
  }

  /**
   * Derives what counts from payments in date order (then id), keeping the facts of periods that
   * open on the same day as before. A payment counts at most what it paid ({@code asDue}: the new
   * entry {@code fresh} pays what counts); a period opens at the first day after the previous
   * period's last day on which something can count. The payments of one day share what remains of
   * the cap that day: first each keeps what it counted before, then each up to what it paid, then
   * the new entry — so a day's amounts do not depend on the order its payments arrived in, and a
   * late payment never takes what earlier-recorded ones of its day already counted (decision E81).
   */
  private CapState derive(CapEntry[] asc, int fresh, boolean asDue, CapPeriod[] kept) {
    int n = asc.length;
    long[] can = new long[n];
    long[] got = new long[n];
    for (int k = 0; k < n; k++) {
      can[k] = k == fresh && asDue ? asc[k].feeOre() : Math.min(asc[k].feeOre(), asc[k].paidOre());
    }
    List<CapPeriod> periods = new ArrayList<>();
    CapPeriod cur = null;
    long sum = 0;
    long over = 0;
    LocalDate frikort = null;
    CapState.Cell cell = null;
    IdIndex index = IdIndex.EMPTY;
    int i = 0;
    while (i < n) {
      LocalDate day = asc[i].date();
      int j = i;
      long able = 0;
      while (j < n && asc[j].date().equals(day)) {
        able = Math.addExact(able, can[j]);
        j++;
      }
      if ((cur == null || day.isAfter(cur.lastDay())) && able > 0) {
        if (cur != null) {
          periods.add(new CapPeriod(cur.firstDay(), cur.lastDay(), cur.capOre(), cur.capRulebookId(), sum, frikort, over));
        }
        cur = open(day, kept);
        sum = 0;
        over = 0;
        frikort = null;
      }
      boolean inPeriod = cur != null && !day.isAfter(cur.lastDay());
      long left = inPeriod ? Math.min(cur.capOre() - sum, able) : 0;
      if (inPeriod) {
        sum += left;
      }
      for (int k = i; k < j; k++) {
        if (k != fresh) {
          got[k] = Math.min(Math.min(asc[k].countedOre(), can[k]), left);
          left -= got[k];
        }
      }
      for (int k = i; k < j; k++) {
        if (k != fresh) {
          long more = Math.min(can[k] - got[k], left);
          got[k] += more;
          left -= more;
        }
      }
      for (int k = i; k < j; k++) {
        if (k == fresh) {
          got[k] = Math.min(can[k], left);
          left -= got[k];
        }
        long paid = k == fresh && asDue ? got[k] : asc[k].paidOre();
        if (inPeriod) {
          over += paid - got[k];
        }
        CapEntry done = asc[k].withAmounts(paid, got[k]);
        cell = new CapState.Cell(done, cell);
        index = index.put(done);
      }
      if (inPeriod && frikort == null && sum >= cur.capOre()) {
        frikort = day;
      }
      i = j;
    }
    if (cur != null) {
      periods.add(new CapPeriod(cur.firstDay(), cur.lastDay(), cur.capOre(), cur.capRulebookId(), sum, frikort, over));
    }
    return new CapState(cell, n, index, periods.toArray(new CapPeriod[0]), true);
  }

  private static InvalidInputException conflict(CapEntry earlier, String now) {
    return new InvalidInputException("paymentId", "payment-id-conflict", "payment id " + earlier.paymentId()
        + " is already recorded as a " + earlier.origin().name().toLowerCase(java.util.Locale.ROOT) + " of "
        + kr(earlier.feeOre()) + " on " + earlier.date() + ", not " + now + ": give this payment its own id");
  }

  private static String kr(long ore) {
    return se.rjl.patientfees.engine.outpatient.Money.kr(ore);
  }
}
