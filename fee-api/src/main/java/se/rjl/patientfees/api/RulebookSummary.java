package se.rjl.patientfees.api;

import java.time.LocalDate;

/**
 * A loaded rulebook: its id and the dates it prices.
 *
 * <pre>{@code
 * for (RulebookSummary r : PatientFees.bundled().rulebooks()) {
 *   System.out.println(r.id() + " " + r.validFrom() + "–" + r.validTo());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id e.g. {@code rjl-2026}
 * @param title the regelbok's title
 * @param region the region, e.g. {@code Region Jönköpings län}
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, inclusive
 * @param feeCodeRows how many fee-code rows it has
 * @param sha256 the SHA-256 (hex) of each file it was loaded from, the main file first, by file name
 *     relative to the main file's folder; empty when it was not loaded from files
 */
public record RulebookSummary(String id, String title, String region, LocalDate validFrom, LocalDate validTo, int feeCodeRows,
    java.util.Map<String, String> sha256) {

  public RulebookSummary {
    sha256 = sha256 == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sha256));
  }

  /** A summary without checksums. */
  public RulebookSummary(String id, String title, String region, LocalDate validFrom, LocalDate validTo, int feeCodeRows) {
    this(id, title, region, validFrom, validTo, feeCodeRows, java.util.Map.of());
  }

  /** Whether the rulebook applies on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }
}
