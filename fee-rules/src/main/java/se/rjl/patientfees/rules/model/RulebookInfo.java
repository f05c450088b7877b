package se.rjl.patientfees.rules.model;

import java.time.LocalDate;

/**
 * What a rulebook is: its identity, validity and currency.
 *
 * @param validFrom first day of validity
 * @param validTo last day of validity (inclusive)
 * @param idLocation where {@code rulebook.id} is written, or null
 */
public record RulebookInfo(
    String id,
    String title,
    String region,
    LocalDate validFrom,
    LocalDate validTo,
    String currency,
    String document,
    Source source,
    se.rjl.patientfees.rules.yaml.Location idLocation) {

  /** Without the place of the id (a rulebook not read from a file). */
  public RulebookInfo(String id, String title, String region, LocalDate validFrom, LocalDate validTo, String currency,
      String document, Source source) {
    this(id, title, region, validFrom, validTo, currency, document, source, null);
  }

  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }
}
