package se.rjl.patientfees.api;

import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.certificate.CertificateResult;

/**
 * What a certificate (intyg) costs: net, VAT and gross as the regelbok prints them, who pays, and
 * why. Certificate fees never count toward the cap (L4605). Amounts are {@link MonetaryAmount}s in
 * SEK.
 *
 * <pre>{@code
 * CertificateFee c = fees.priceCertificate(CertificateRequest.of("tariff-a", LocalDate.of(2026, 3, 10)));
 * c.net();    // SEK 248.00
 * c.vat();    // SEK 62.00 (25 %)
 * c.gross();  // SEK 310.00
 * c.pay();    // SEK 310.00: the patient is the payer
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the certificate's rulebook key, e.g. {@code tariff-a}
 * @param title its title as printed
 * @param free a free certificate, or one included in a charged contact's fee
 * @param net the amount without VAT (times the hours for the hourly tariff)
 * @param vatPercent 25, or 0 for VAT-free services
 * @param vat the VAT
 * @param gross the amount with VAT
 * @param hours the hours charged for the hourly tariff, else 0
 * @param payer who pays the gross amount
 * @param pay what the patient pays: the gross amount when the patient is the payer, else 0
 * @param invoiced what is invoiced to another payer (Försäkringskassan, the employer, ...), else 0
 * @param towardCap always 0 (L4605)
 * @param visitFeeWaived the visit's only purpose was the certificate: no patient fee for the visit
 * @param explanation the rules applied, in order
 */
public record CertificateFee(
    String rulebookId,
    String key,
    String title,
    boolean free,
    MonetaryAmount net,
    int vatPercent,
    MonetaryAmount vat,
    MonetaryAmount gross,
    int hours,
    Payer payer,
    MonetaryAmount pay,
    MonetaryAmount invoiced,
    MonetaryAmount towardCap,
    boolean visitFeeWaived,
    List<ExplanationStep> explanation) {

  public CertificateFee {
    explanation = List.copyOf(explanation);
  }

  static CertificateFee of(CertificateResult r) {
    return new CertificateFee(r.rulebookId(), r.key(), r.title(), r.free(), Amounts.ofOre(r.netOre()), r.vatPercent(),
        Amounts.ofOre(r.vatOre()), Amounts.ofOre(r.grossOre()), r.hours(), EngineInputs.same(r.payer(), Payer.class), Amounts.ofOre(r.patientPaysOre()),
        Amounts.ofOre(r.invoicedOre()), Amounts.ofOre(r.countsTowardCapOre()), r.visitFeeWaived(),
        r.explanation().stream().map(ExplanationStep::of).toList());
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return explanation.stream().map(ExplanationStep::id).toList();
  }
}
