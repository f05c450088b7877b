package se.rjl.patientfees.engine.certificate;

import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.model.CertificateTariff.Payer;

/**
 * What a certificate costs. Amounts are whole öre; certificate fees never count toward the cap
 * (L4605).
 *
 * @param key the certificate's rulebook key
 * @param free a free certificate ({@code freeCertificates}) or one included in a charged contact
 * @param netOre the amount without VAT
 * @param vatPercent 25, or 0 for VAT-free services
 * @param vatOre the VAT
 * @param grossOre the amount with VAT, as printed (times the hours for the hourly tariff)
 * @param hours the hours charged for the hourly tariff, else 0
 * @param payer who pays the gross amount
 * @param patientPaysOre what the patient pays: the gross amount when the patient is the payer, else 0
 * @param invoicedOre what is invoiced to another payer (Försäkringskassan, the employer, ...), else 0
 * @param visitFeeWaived the visit's only purpose was the certificate: no patient fee for the visit
 */
public record CertificateResult(
    String rulebookId,
    String key,
    String title,
    boolean free,
    long netOre,
    int vatPercent,
    long vatOre,
    long grossOre,
    int hours,
    Payer payer,
    long patientPaysOre,
    long invoicedOre,
    boolean visitFeeWaived,
    Trace trace) {

  public CertificateResult {
    trace.freeze();
  }

  /** Always 0: "Intygsavgiften omfattas inte av högkostnadsskyddet" (L4605). */
  public long countsTowardCapOre() {
    return 0;
  }

  /** The rules applied, with citations and Swedish texts from the rulebook (rendered now). */
  public List<AppliedRule> explanation() {
    return trace.render();
  }

  public List<String> ruleIds() {
    return trace.ruleIds();
  }
}
