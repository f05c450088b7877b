package se.rjl.patientfees.rules.model;

import java.time.LocalDate;

/**
 * What a rulebook is: its identity, validity and currency.
 *
 * @param validFrom first day of validity
 * @param validTo last day of validity (inclusive)
 */
public record RulebookInfo(
    String id,
    String title,
    String region,
    LocalDate validFrom,
    LocalDate validTo,
    String currency,
    String document,
    Source source) {

  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }
}
