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

  // ---- Issue 16: the ledger is right in any order (decision E81) ----

  @Test
  void aVisitRegisteredLateOpensThePeriodAndWhatWasPaidBeyondTheCapIsOwedBack() {
    // Six visits July–September reach frikort (5 × 250 + 200, L3279–L3293); a March visit priced
    // afterwards opens the period on 2026-03-10 (L3335–L3336) and pays 250 kr as it would have in
    // date order; the period counts 1 450 kr, and the 250 kr paid beyond it in September is owed back.
    CapState s = CapState.EMPTY;
    for (int i = 0; i < 6; i++) {
      s = charge(s, "jul" + i, LocalDate.of(2026, 7, 1).plusDays(14L * i), 250, true).state();
    }
    CapLedger.Outcome march = charge(s, "mar", LocalDate.of(2026, 3, 10), 250, true);
    assertThat(march.result().payOre()).isEqualTo(250_00);
    CapPeriod p = march.result().period();
    assertThat(p.firstDay()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 3, 9));
    assertThat(p.sumOre()).isEqualTo(1450_00);
    assertThat(p.overpaidOre()).isEqualTo(250_00);
    assertThat(march.state().refunds()).extracting(CapEntry::paymentId, CapEntry::refundOre)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("jul4", 50_00L), org.assertj.core.groups.Tuple.tuple("jul5", 200_00L));
    // Settling the refunds (the register corrects each payment to what counts) leaves nothing owed.
    CapState settled = ledger.correct(ledger.correct(march.state(), "jul4", 200_00), "jul5", 0);
    assertThat(settled.refundOre()).isZero();
    assertThat(ledger.periodOn(settled, LocalDate.of(2026, 9, 30)).orElseThrow().sumOre()).isEqualTo(1450_00);
  }

  @Test
  void receiptsEnteredOutOfOrderNeverCountMoreThanTheCap() {
    // 756.10 kr dated 2026-11-03, then 1 091.67 kr dated 2026-09-30 (L3251–L3274): in date order the
    // September receipt counts in full and the November one only the 358.33 kr left; 397.77 kr was
    // paid beyond the cap and is reported.
    CapState s = ledger.recordReceipt(CapState.EMPTY, "nov", LocalDate.of(2026, 11, 3), 756_10).state();
    CapLedger.Outcome sep = ledger.recordReceipt(s, "sep", LocalDate.of(2026, 9, 30), 1091_67);
    CapPeriod p = sep.result().period();
    assertThat(p.firstDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(p.sumOre()).isEqualTo(1450_00);
    assertThat(sep.state().entry("nov").orElseThrow().countedOre()).isEqualTo(358_33);
    assertThat(sep.state().refundOre()).isEqualTo(397_77);
    // The same two receipts in date order give the same period.
    CapState inOrder = ledger.recordReceipt(ledger.recordReceipt(CapState.EMPTY, "sep", LocalDate.of(2026, 9, 30), 1091_67).state(),
        "nov", LocalDate.of(2026, 11, 3), 756_10).state();
    assertThat(ledger.periods(inOrder)).isEqualTo(ledger.periods(sep.state()));
  }

  @Test
  void reversingAPeriodsFirstPaymentAndChargingItAgainNeverCountsPastTheCap() {
    CapState s = CapState.EMPTY;
    for (int i = 0; i < 6; i++) {
      s = charge(s, "v" + i, LocalDate.of(2026, 1, 15).plusMonths(i), 250, true).state();
    }
    CapState reversed = ledger.reverse(s, "v0");
    assertThat(ledger.periods(reversed).get(0).firstDay()).isEqualTo(LocalDate.of(2026, 2, 15));
    // Charged again under a new id on its own date: the period starts on 15 January again.
    CapLedger.Outcome again = charge(reversed, "v0-again", LocalDate.of(2026, 1, 15), 250, true);
    assertThat(again.result().payOre()).isEqualTo(250_00);
    for (CapPeriod p : ledger.periods(again.state())) {
      assertThat(p.sumOre()).isLessThanOrEqualTo(p.capOre());
    }
    assertThat(again.result().period().sumOre()).isEqualTo(1450_00);
    assertThat(again.state().refundOre()).isZero();
    // Charged again later (2026-08-01): it falls in the period from February, already at the cap.
    CapLedger.Outcome later = charge(reversed, "v0-later", LocalDate.of(2026, 8, 1), 250, true);
    assertThat(later.result().payOre()).isEqualTo(250_00);
    assertThat(later.result().period().sumOre()).isEqualTo(1450_00);
  }

  @Test
  void aPeriodReadFromACardKeepsTheCardsCapAndEnd() {
    // Issue 10: a period opened 2025-11-20 with 1 300 kr counted, limit 1 450 kr; no rulebook for
    // 2025 is needed (decision E80). A doctor visit on 2026-02-03 pays the 150 kr left.
    RegistryCard card = new RegistryCard("c1", LocalDate.of(2025, 11, 20), LocalDate.of(2026, 11, 19), 1300_00, 150_00,
        RegistryCard.Status.BELOW_LIMIT, null, null);
    CapLedger onlyThisYear = new CapLedger(d -> {
      if (d.getYear() < 2026) {
        throw new AssertionError("the 2025 cap must not be asked for: the card carries it");
      }
      return new CapPolicy.Cap(CAP, 12, "rjl-2026");
    });
    CapLedger.Outcome o = onlyThisYear.charge(card.toState(12), new CapLedger.Charge("k1", LocalDate.of(2026, 2, 3), 250_00, true));
    assertThat(o.result().payOre()).isEqualTo(150_00);
    assertThat(o.result().period().frikortFrom()).isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(o.result().period().lastDay()).isEqualTo(LocalDate.of(2026, 11, 19));
    assertThat(o.result().period().capRulebookId()).isEqualTo(CapPeriod.REGISTRY);
    // After the card's period a new one opens with this year's cap.
    CapLedger.Outcome after = onlyThisYear.charge(o.state(), new CapLedger.Charge("k2", LocalDate.of(2026, 11, 20), 250_00, true));
    assertThat(after.result().payOre()).isEqualTo(250_00);
    assertThat(after.result().period().firstDay()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(after.result().period().capRulebookId()).isEqualTo("rjl-2026");
  }
}
