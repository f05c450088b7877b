package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.rjl.patientfees.api.CapStatus;
import se.rjl.patientfees.api.CappedFee;
import se.rjl.patientfees.api.PricedHistory;

/**
 * The response of {@code POST /v1/price/batch}: each contact in the order priced (by time), the
 * total and the cap state to keep for the next request.
 *
 * <pre>{@code
 * {"contacts": [{"index": 0, "paymentId": "2026-03-10T10:00", "pay": {"amount": "250.00", ...}, ...}],
 *  "totalPay": {"amount": "250.00", "currency": "SEK"},
 *  "capState": {"entries": [...], "periods": [...]}}
 * }</pre>
 *
 * <p>Each contact says what to report to the registry ({@code register}); its {@code cap} lists any
 * refund owed after a late registration or a receipt beyond the cap (decision E81).
 *
 * <p>Immutable and thread-safe.
 */
public record BatchResponse(List<Item> contacts, MoneyJson totalPay, CapStateJson capState) {

  /**
   * One contact priced through the ledger.
   *
   * <pre>{@code
   * BatchResponse.Item first = response.contacts().get(0);
   * first.index();          // its position in the request's contacts
   * first.pay().amount();   // "250.00"
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param index the contact's index in the request's {@code contacts}
   * @param pay what the patient pays (after frikort, plus any vaccine)
   * @param towardCap what counted toward the cap
   * @param cap the cap period after this contact, with any refund owed
   * @param register what to report to the registry (eFrikort) for this contact
   */
  public record Item(
      int index,
      String paymentId,
      LocalDateTime at,
      String rulebookId,
      MoneyJson pay,
      MoneyJson fee,
      MoneyJson vaccine,
      MoneyJson towardCap,
      boolean capQualifying,
      boolean frikortApplied,
      ContactFeeJson.FeeCodeJson feeCode,
      ContactFeeJson.FeeCodeJson refundFeeCode,
      CapJson cap,
      List<ContactFeeJson.StepJson> explanation,
      RegisterJson register) {}

  /**
   * Where the patient stands toward the cap.
   *
   * <pre>{@code
   * {"amount": {"amount": "1450.00", "currency": "SEK"}, "sumInPeriod": {...}, "remaining": {...},
   *  "periodFirstDay": "2026-01-17", "periodLastDay": "2027-01-16", "frikortFrom": null, "rulebookId": "rjl-2026"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param amount the cap (1 450 kr in 2026)
   * @param periodFirstDay null when no period is open
   * @param rulebookId the rulebook whose cap applies ({@code registry-card}: the card's limit)
   * @param refundOwed what is owed back to the patient in all (decision E81)
   * @param refunds the payments it is owed for, each with the amount and why
   */
  public record CapJson(
      MoneyJson amount,
      MoneyJson sumInPeriod,
      MoneyJson remaining,
      LocalDate periodFirstDay,
      LocalDate periodLastDay,
      LocalDate frikortFrom,
      String rulebookId,
      MoneyJson refundOwed,
      List<RegisterJson.RefundJson> refunds) {
    public static CapJson of(CapStatus s) {
      return new CapJson(MoneyJson.of(s.cap()), MoneyJson.of(s.sumInPeriod()), MoneyJson.of(s.remaining()),
          s.periodFirstDay(), s.periodLastDay(), s.frikortFrom(), s.capRulebookId(), MoneyJson.of(s.refundOwed()),
          RegisterJson.RefundJson.of(s.refunds()));
    }
  }

  /** {@code indexes.get(i)}: the request index of the i-th contact priced. */
  public static BatchResponse of(PricedHistory h, List<Integer> indexes) {
    List<Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < h.contacts().size(); i++) {
      CappedFee c = h.contacts().get(i);
      ContactFeeJson f = ContactFeeJson.of(c.fee());
      items.add(new Item(indexes.get(i), c.paymentId(), c.at(), f.rulebookId(), f.pay(), f.fee(), f.vaccine(), f.towardCap(),
          f.capQualifying(), c.frikortApplied(), f.feeCode(), f.refundFeeCode(), CapJson.of(c.cap()), f.explanation(),
          RegisterJson.of(c.register(), c.card())));
    }
    return new BatchResponse(items, MoneyJson.of(h.totalPay()), JsonContract.capStateJson(h.state()));
  }
}
