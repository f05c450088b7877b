package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * An amount of the regelbok that is neither a patient fee nor a tariff of its own: goods sold in the
 * register, a charge to someone else, or a compensation paid to the patient (section {@code
 * otherCharges}). Priced by key (decisions E52, E53); none of them counts toward the cap.
 *
 * @param direction who pays whom
 * @param perUnit what one unit is when a request may give a quantity ("prov", "person"), or null for
 *     one charge per request
 * @param noticeHours for a compensation that depends on late notice: less than this many hours
 *     before the planned start is late (the cancelled operation, 24), or null
 * @param noticeCountsWorkingDaysOnly the notice hours count only on working days ("man utesluter
 *     alltså helgdagarna", decision E52)
 * @param countyResidentsOnly only patients folkbokförda in the county are entitled
 * @param exclusions the circumstances in which nothing is paid, each with a key a request names
 */
public record OtherCharge(
    String key,
    String title,
    long amountOre,
    Direction direction,
    String note,
    Source source,
    String perUnit,
    Integer noticeHours,
    boolean noticeCountsWorkingDaysOnly,
    boolean countyResidentsOnly,
    List<Exclusion> exclusions) {

  public OtherCharge {
    exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
  }

  /** A fixed amount without conditions. */
  public OtherCharge(String key, String title, long amountOre, Direction direction, String note, Source source) {
    this(key, title, amountOre, direction, note, source, null, null, false, false, List.of());
  }

  /** Who pays whom. */
  public enum Direction {
    /** The patient (or customer) pays, e.g. goods in the register. */
    PATIENT_PAYS,
    /** Someone else than the patient pays (an estate, a company, an authority). */
    THIRD_PARTY_PAYS,
    /** The region pays the patient, e.g. a compensation. */
    PATIENT_RECEIVES
  }

  /** A circumstance in which the charge or compensation is not paid. */
  public record Exclusion(String key, String title) {}
}
