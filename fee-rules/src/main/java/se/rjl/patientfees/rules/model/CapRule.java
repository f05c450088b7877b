package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * A high-cost protection: once the qualifying payments in a period reach {@code amountOre}, the
 * patient pays nothing more for qualifying fees until the period ends.
 *
 * @param periodMonths the period's length from the first qualifying payment (12)
 * @param qualifying the regelbok's list of qualifying fees, verbatim
 * @param notQualifying the regelbok's list of fees that do not qualify, verbatim
 */
public record CapRule(
    String key, long amountOre, int periodMonths, List<String> qualifying, List<String> notQualifying, Source source) {
  public CapRule {
    qualifying = List.copyOf(qualifying);
    notQualifying = List.copyOf(notQualifying);
  }
}
