package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.api.AidFee;
import se.rjl.patientfees.api.AidFee.AidKind;

/**
 * The response of {@code POST /v1/aids}: what the patient pays, the grant, the aids cap after the
 * aid and the aids cap state to keep for the patient's next aid.
 *
 * <pre>{@code
 * {"paymentId": "hm-4711", "rulebookId": "rjl-2026", "row": {"key": "cpap", ...}, "covered": true,
 *  "pay": {"amount": "450.00", "currency": "SEK"}, "fee": {...}, "grant": {...}, "towardAidsCap": {...},
 *  "frikort": false, "months": [...], "aidsCap": {...}, "aidsCapState": {"entries": [...]}, "explanation": [...]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the aids row used, or null when none applies
 * @param aidsCap where the patient stands toward the aids cap after this aid
 * @param aidsCapState the aids cap state to send with the patient's next aid
 */
public record AidFeeJson(
    String paymentId,
    String rulebookId,
    RowJson row,
    boolean covered,
    MoneyJson pay,
    MoneyJson fee,
    MoneyJson grant,
    MoneyJson towardAidsCap,
    boolean frikort,
    List<MonthJson> months,
    BatchResponse.CapJson aidsCap,
    CapStateJson aidsCapState,
    List<ContactFeeJson.StepJson> explanation) {

  public static AidFeeJson of(AidFee f) {
    AidFee.Row r = f.row();
    return new AidFeeJson(f.paymentId(), f.rulebookId(),
        r == null ? null : new RowJson(r.key(), r.title(), r.kind(), r.unit(), r.countsTowardAidsCap(), r.source()),
        f.covered(), MoneyJson.of(f.pay()), MoneyJson.of(f.fee()), MoneyJson.of(f.grant()), MoneyJson.of(f.towardAidsCap()),
        f.frikort(),
        f.months().stream().map(m -> new MonthJson(m.paymentId(), m.date(), MoneyJson.of(m.fee()), MoneyJson.of(m.pay()),
            MoneyJson.of(m.counted()), m.frikort())).toList(),
        BatchResponse.CapJson.of(f.aidsCap()), JsonContract.capStateJson(f.state()), ContactFeeJson.StepJson.of(f.explanation()));
  }

  /**
   * The aids row used.
   *
   * <pre>{@code
   * {"key": "cpap", "title": "CPAP", "kind": "fee", "unit": "månad", "countsTowardAidsCap": true, "source": "<regelbok lines>"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param kind {@code fee}, {@code percent-of-price}, {@code grant}, {@code percent-grant} or {@code own-responsibility}
   */
  public record RowJson(String key, String title, AidKind kind, String unit, boolean countsTowardAidsCap, String source) {}

  /**
   * One month of a monthly fee through the aids cap.
   *
   * <pre>{@code
   * {"paymentId": "hm-4711-m1", "date": "2026-02-01", "fee": {...}, "pay": {...}, "counted": {...}, "frikort": false}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public record MonthJson(String paymentId, LocalDate date, MoneyJson fee, MoneyJson pay, MoneyJson counted, boolean frikort) {}
}
