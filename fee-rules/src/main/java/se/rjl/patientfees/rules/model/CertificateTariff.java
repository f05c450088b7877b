package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * A certificate fee (intyg, L4602–L4928): the net amount, the VAT rate and the gross amount as the
 * regelbok prints them. Validation checks gross = net × (1 + rate) rounded half up to whole kronor.
 *
 * @param vatRatePercent 25 or 0
 * @param perHour true for the hourly tariff
 * @param examples the regelbok's examples, verbatim
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
    se.rjl.patientfees.rules.yaml.Location location) {

  public CertificateTariff {
    examples = List.copyOf(examples);
  }

  public long vatOre() {
    return grossOre - netOre;
  }
}
