package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * A certificate fee (intyg, L4602–L4928): the net amount, the VAT rate and the gross amount as the
 * regelbok prints them. Validation checks gross = net × (1 + rate) rounded half up to whole kronor.
 *
 * @param vatRatePercent 25 or 0
 * @param perHour true for the hourly tariff
 * @param examples the regelbok's examples, verbatim
 * @param payer who is invoiced when the request names no payer (the patient unless the regelbok
 *     says otherwise, e.g. Försäkringskassan for the avstämningsmöte)
 * @param includedInChargedContact the certificate is included in the fee of a visit or distance
 *     contact that is charged, and costs its amount only without one (sick notes, L4791–L4794)
 * @param nationalTariffDoctorsOnly only a doctor under the national tariff may charge it (E213,
 *     L4824–L4826, decision E13); otherwise it is free
 */
public record CertificateTariff(
    String key,
    String title,
    long netOre,
    int vatRatePercent,
    long grossOre,
    boolean perHour,
    List<String> examples,
    Source source,
    se.rjl.patientfees.rules.yaml.Location location,
    Payer payer,
    boolean includedInChargedContact,
    boolean nationalTariffDoctorsOnly) {

  public CertificateTariff {
    examples = List.copyOf(examples);
    if (payer == null) {
      payer = Payer.PATIENT;
    }
  }

  /** A tariff paid by the patient. */
  public CertificateTariff(String key, String title, long netOre, int vatRatePercent, long grossOre, boolean perHour,
      List<String> examples, Source source, se.rjl.patientfees.rules.yaml.Location location) {
    this(key, title, netOre, vatRatePercent, grossOre, perHour, examples, source, location, Payer.PATIENT, false, false);
  }

  /** A tariff any doctor may charge. */
  public CertificateTariff(String key, String title, long netOre, int vatRatePercent, long grossOre, boolean perHour,
      List<String> examples, Source source, se.rjl.patientfees.rules.yaml.Location location, Payer payer,
      boolean includedInChargedContact) {
    this(key, title, netOre, vatRatePercent, grossOre, perHour, examples, source, location, payer, includedInChargedContact, false);
  }

  /** Who pays a certificate fee. */
  public enum Payer {
    PATIENT,
    /** Försäkringskassan (avstämningsmöte L4859–L4860, blankett E213 L4826–L4827). */
    FORSAKRINGSKASSAN,
    /** The employer (arbetsplatsbesök, L4900–L4907, decision R35). */
    EMPLOYER,
    /** Arbetsförmedlingen or the municipality's social services (L4831–L4835). */
    EMPLOYMENT_SERVICE_OR_SOCIAL_SERVICES
  }

  public long vatOre() {
    return grossOre - netOre;
  }
}
