package se.rjl.patientfees.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cap ledger's rules, one example each (regelbok L3235–L3342; decisions E02, E03). */
class CapLedgerTest {
  static final long CAP = 1450_00;
  final CapLedger ledger = new CapLedger(d -> new CapPolicy.Cap(CAP, 12, d.getYear() < 2027 ? "rjl-2026" : "rjl-2027"));

  CapLedger.Outcome charge(CapState s, String id, LocalDate d, long kr, boolean qualifying) {
    return ledger.charge(s, new CapLedger.Charge(id, d, kr * 100, qualifying));
  }

  @Test
  void periodRunsTwelveMonthsFromTheFirstPaymentAndEndsTheDayBefore() {
    // E03: first visit 2026-01-15 -> the period covers 2027-01-14, not 2027-01-15 (L3335-L3336).
    CapLedger.Outcome o = charge(CapState.EMPTY, "a", LocalDate.of(2026, 1, 15), 250, true);
    assertThat(o.result().period().firstDay()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(o.result().period().lastDay()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(ledger.periodOn(o.state(), LocalDate.of(2027, 1, 14))).isPresent();
    assertThat(ledger.periodOn(o.state(), LocalDate.of(2027, 1, 15))).isEmpty();
  }

  @Test
  void aPeriodFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
    // E03: 2024-02-29 -> 2025-02-28 (the "same date" 2025-02-29 does not exist).
    assertThat(CapPeriod.lastDayFor(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(CapPeriod.lastDayFor(LocalDate.of(2027, 3, 1), 12)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void theFeeThatCrossesTheCapIsCutAndThenFrikortMakesQualifyingFeesFree() {
    // 1 450 kr cap (L3279-L3280, L3292-L3293): five visits of 250 = 1 250, the sixth pays 200.
    CapState s = CapState.EMPTY;
    LocalDate d = LocalDate.of(2026, 2, 1);
    for (int i = 0; i < 5; i++) {
      s = charge(s, "v" + i, d.plusDays(i * 7L), 250, true).state();
    }
    CapLedger.Outcome sixth = charge(s, "v5", d.plusDays(40), 250, true);
    assertThat(sixth.result().payOre()).isEqualTo(200_00);
    assertThat(sixth.result().frikortApplied()).isTrue();
    assertThat(sixth.result().period().frikortFrom()).isEqualTo(d.plusDays(40));
    assertThat(sixth.result().remainingOre()).isZero();
    CapLedger.Outcome seventh = charge(sixth.state(), "v6", d.plusDays(60), 250, true);
    assertThat(seventh.result().payOre()).isZero();
    // Non-qualifying fees (missed visit, L3313) neither count nor are waived.
    CapLedger.Outcome missed = charge(seventh.state(), "m1", d.plusDays(61), 250, false);
    assertThat(missed.result().payOre()).isEqualTo(250_00);
    assertThat(missed.state()).isEqualTo(seventh.state());
  }

  @Test
  void receiptsFromOtherRegionsCountAndAreIdempotent() {
    // L3251-L3274: fees paid in other regions count; the same receipt is not counted twice.
    CapLedger.Outcome r = ledger.recordReceipt(CapState.EMPTY, "receipt-1", LocalDate.of(2026, 3, 1), 1300_00);
    CapLedger.Outcome again = ledger.recordReceipt(r.state(), "receipt-1", LocalDate.of(2026, 3, 1), 1300_00);
    assertThat(again.state()).isEqualTo(r.state());
    CapLedger.Outcome visit = charge(r.state(), "v", LocalDate.of(2026, 3, 5), 250, true);
    assertThat(visit.result().payOre()).isEqualTo(150_00);
  }

  @Test
  void reversingAPaymentWithdrawsTheFrikortThatDependedOnIt() {
    CapState s = CapState.EMPTY;
    for (int i = 0; i < 6; i++) {
      s = charge(s, "v" + i, LocalDate.of(2026, 4, 1 + i), 250, true).state();
    }
    assertThat(ledger.periodOn(s, LocalDate.of(2026, 4, 10)).orElseThrow().frikortOn(LocalDate.of(2026, 4, 10))).isTrue();
    CapState reversed = ledger.reverse(s, "v2");
    assertThat(ledger.reverse(reversed, "v2")).isEqualTo(reversed);
    CapPeriod p = ledger.periodOn(reversed, LocalDate.of(2026, 4, 10)).orElseThrow();
    assertThat(p.sumOre()).isEqualTo(1200_00);
    assertThat(p.frikortOn(LocalDate.of(2026, 4, 10))).isFalse();
    assertThat(charge(reversed, "v9", LocalDate.of(2026, 4, 10), 250, true).result().payOre()).isEqualTo(250_00);
  }

  @Test
  void aPeriodKeepsTheCapOfTheRulebookInForceOnItsFirstDay() {
    // E02: the period from 2026-06-01 runs into 2027 with rjl-2026's cap.
    CapLedger twoBooks = new CapLedger(d -> d.getYear() < 2027
        ? new CapPolicy.Cap(1450_00, 12, "rjl-2026") : new CapPolicy.Cap(1500_00, 12, "rjl-2027"));
    CapLedger.Outcome o = twoBooks.charge(CapState.EMPTY, new CapLedger.Charge("a", LocalDate.of(2026, 6, 1), 250_00, true));
    CapLedger.Outcome next = twoBooks.charge(o.state(), new CapLedger.Charge("b", LocalDate.of(2027, 2, 1), 250_00, true));
    assertThat(next.result().period().capRulebookId()).isEqualTo("rjl-2026");
    assertThat(next.result().period().capOre()).isEqualTo(1450_00);
    CapLedger.Outcome later = twoBooks.charge(next.state(), new CapLedger.Charge("c", LocalDate.of(2027, 6, 1), 250_00, true));
    assertThat(later.result().period().capRulebookId()).isEqualTo("rjl-2027");
    assertThat(later.result().period().capOre()).isEqualTo(1500_00);
  }
}
