package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.rjl.patientfees.api.ContactFee;
import se.rjl.patientfees.api.ExplanationStep;
import se.rjl.patientfees.api.FeeCode;

/**
 * The response of {@code POST /v1/price}: what one contact costs, before the cap ledger, and why.
 * With a {@code card} in the request the contact is priced against it: then also its {@code
 * paymentId}, the {@code cap}, what to {@code register} in eFrikort and the {@code capState} to keep.
 *
 * <pre>{@code
 * {"rulebookId": "rjl-2026", "pay": {"amount": "250.00", "currency": "SEK"}, ...,
 *  "feeCode": {"code": "100", "product": "Läkarbesök, primärvård", "key": "100", "source": "<regelbok lines>"},
 *  "explanation": [...]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record ContactFeeJson(
    String rulebookId,
    MoneyJson pay,
    MoneyJson fee,
    MoneyJson vaccine,
    MoneyJson towardCap,
    boolean capQualifying,
    FeeCodeJson feeCode,
    FeeCodeJson refundFeeCode,
    List<StepJson> explanation,
    MoneyJson employeeRefund,
    @JsonInclude(JsonInclude.Include.NON_NULL) String paymentId,
    @JsonInclude(JsonInclude.Include.NON_NULL) BatchResponse.CapJson cap,
    @JsonInclude(JsonInclude.Include.NON_NULL) RegisterJson register,
    @JsonInclude(JsonInclude.Include.NON_NULL) CapStateJson capState) {

  public static ContactFeeJson of(ContactFee f) {
    return new ContactFeeJson(f.rulebookId(), MoneyJson.of(f.pay()), MoneyJson.of(f.fee()), MoneyJson.of(f.vaccine()),
        MoneyJson.of(f.towardCap()), f.capQualifying(), FeeCodeJson.of(f.feeCode()), FeeCodeJson.of(f.refundFeeCode()),
        StepJson.of(f.explanation()), MoneyJson.of(f.employeeRefund()), null, null, null, null);
  }

  /** A contact priced against a card: the fee after frikort, the cap, what to register and the state to keep. */
  public static ContactFeeJson of(se.rjl.patientfees.api.CappedFee c) {
    ContactFeeJson f = of(c.fee());
    return new ContactFeeJson(f.rulebookId(), f.pay(), f.fee(), f.vaccine(), f.towardCap(), f.capQualifying(), f.feeCode(),
        f.refundFeeCode(), f.explanation(), f.employeeRefund(), c.paymentId(), BatchResponse.CapJson.of(c.cap()),
        RegisterJson.of(c.register(), c.card()), JsonContract.capStateJson(c.state()));
  }

  /**
   * A fee-code row: Cosmic code (null for rows printed without one), product, rulebook key, source.
   *
   * <pre>{@code
   * {"code": "100", "product": "Läkarbesök, primärvård", "key": "100", "source": "<regelbok lines>"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public record FeeCodeJson(String code, String product, String key, String source) {
    static FeeCodeJson of(FeeCode c) {
      return c == null ? null : new FeeCodeJson(c.code(), c.product(), c.key(), c.source());
    }
  }

  /**
   * One rule applied: stable id, rulebook key, regelbok source, Swedish text.
   *
   * <pre>{@code
   * {"id": "fee-code", "rulebookKey": "100", "source": "<regelbok lines>", "textSv": "Avgiftskod 100 ..."}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public record StepJson(String id, String rulebookKey, String source, String textSv) {
    public static List<StepJson> of(List<ExplanationStep> steps) {
      return steps.stream().map(s -> new StepJson(s.id(), s.rulebookKey(), s.source(), s.textSv())).toList();
    }
  }
}
