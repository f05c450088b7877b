package se.rjl.patientfees.rules.model;

import java.util.List;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * One row of the Cosmic fee-code table (regelbok L3343–L4101), with a stable key because codes
 * repeat (610 has 18 rows), and the situations it is used in.
 *
 * @param key stable key, unique in the rulebook, e.g. {@code 610-child-interpreter}
 * @param code the Cosmic code as printed, or null for the rows printed without one
 * @param product the product name as printed ("Läkarbesök, primärvård")
 * @param amountOre the printed amount in öre
 * @param fullPrice the printed "*": charged in full by the fixed or DRG price list (L4099–L4101)
 * @param countsTowardCap whether the fee counts toward the outpatient cap (L3295–L3316)
 * @param printedAge the row's age wording, verbatim, or null
 * @param description the row's description, condensed
 * @param formula how the amount is derived ({@code "6 × inpatient-day-max"}), or null
 * @param selectors the situations this row is used in; empty only with {@code unreachableBecause}
 * @param overrides keys of rows this row takes precedence over where both match
 * @param unreachableBecause why no contact selects this row, or null
 * @param validFrom first day the row applies, or null for the rulebook's first day
 * @param validTo last day the row applies, or null for the rulebook's last day
 */
public record FeeCodeRow(
    String key,
    String code,
    String product,
    long amountOre,
    boolean fullPrice,
    boolean countsTowardCap,
    String printedAge,
    String description,
    Source source,
    String formula,
    List<Selector> selectors,
    List<String> overrides,
    String unreachableBecause,
    java.time.LocalDate validFrom,
    java.time.LocalDate validTo,
    Location location) {

  public FeeCodeRow {
    selectors = List.copyOf(selectors);
    overrides = List.copyOf(overrides);
  }

  /** Whether the row applies on {@code date} (its own validity, inside the rulebook's). */
  public boolean isValidOn(java.time.LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
  }

  /** "610 Uteblivet besök, ej meddelat återbud, barn" as the cash register shows it. */
  public String label() {
    return (code == null ? "(utan kod)" : code) + " " + product;
  }
}
