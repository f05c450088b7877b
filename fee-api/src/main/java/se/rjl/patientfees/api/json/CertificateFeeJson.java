package se.rjl.patientfees.api.json;

import java.util.List;
import se.rjl.patientfees.api.CertificateFee;
import se.rjl.patientfees.api.Payer;

/**
 * The response of {@code POST /v1/certificate}: net, VAT, gross, who pays, and why.
 *
 * <pre>{@code
 * {"rulebookId": "rjl-2026", "key": "tariff-a", "title": "...", "free": false,
 *  "pay": {"amount": "310.00", "currency": "SEK"}, "net": {"amount": "248.00", ...}, "vatPercent": 25,
 *  "vat": {"amount": "62.00", ...}, "gross": {"amount": "310.00", ...}, "hours": 0, "payer": "patient", ...}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pay what the patient pays (the gross amount when the patient is the payer, else 0)
 * @param invoiced what is invoiced to another payer, else 0
 */
public record CertificateFeeJson(
    String rulebookId,
    String key,
    String title,
    boolean free,
    MoneyJson pay,
    MoneyJson net,
    int vatPercent,
    MoneyJson vat,
    MoneyJson gross,
    int hours,
    Payer payer,
    MoneyJson invoiced,
    MoneyJson towardCap,
    boolean visitFeeWaived,
    List<ContactFeeJson.StepJson> explanation) {

  public static CertificateFeeJson of(CertificateFee f) {
    return new CertificateFeeJson(f.rulebookId(), f.key(), f.title(), f.free(), MoneyJson.of(f.pay()), MoneyJson.of(f.net()),
        f.vatPercent(), MoneyJson.of(f.vat()), MoneyJson.of(f.gross()), f.hours(), f.payer(), MoneyJson.of(f.invoiced()),
        MoneyJson.of(f.towardCap()), f.visitFeeWaived(), ContactFeeJson.StepJson.of(f.explanation()));
  }
}
