package se.rjl.patientfees.dental.pricelist;

import java.time.LocalDate;
import se.rjl.patientfees.rules.model.Source;

/**
 * The price list's metadata.
 *
 * @param id e.g. {@code ftv-2024}
 * @param file the YAML file's name as given to the loader
 * @param validTo the last day, inclusive
 * @param document the seed file the line numbers refer to
 */
public record PriceListInfo(
    String id,
    String title,
    String region,
    LocalDate validFrom,
    LocalDate validTo,
    String currency,
    String document,
    Source source,
    String file) {

  public boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }
}
