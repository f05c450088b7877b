package se.rjl.patientfees.rules.model;

import java.util.List;

/**
 * The inpatient day fee (slutenvård, L4510–L4601).
 *
 * @param dayBands the fee by day number within one stay at one clinic: days 1–10 130 kr, day 11 on
 *     110 kr (L4512–L4513)
 * @param freeAgeBand key of the age band that is free (under 20, L4521–L4522)
 * @param exemptGroups groups that pay no inpatient fee (custody, forensic and compulsory
 *     psychiatric care, asylum seekers with LMA card; L4535–L4557)
 * @param foreignPerDay the flat fee per paid day for the foreign groups with coverage (130 kr,
 *     decision R27)
 * @param swedeAbroadPlannedPerDay planned care for Swedes abroad, 1 300 kr a day (10 × 130, L5798)
 * @param leaveMinHours a leave day is free when the patient is away at least this many hours between
 *     00 and 24 (12, L4586–L4588)
 */
public record InpatientTariff(
    List<DayBand> dayBands,
    String freeAgeBand,
    List<InpatientExemption> exemptGroups,
    NamedAmount foreignPerDay,
    NamedAmount swedeAbroadPlannedPerDay,
    int leaveMinHours,
    boolean countsTowardCap,
    Source source) {

  public InpatientTariff {
    dayBands = List.copyOf(dayBands);
    exemptGroups = List.copyOf(exemptGroups);
  }

  /** Days {@code fromDay}..{@code toDay} (inclusive; {@code toDay} 0 for open) of one stay cost {@code amountOre} each. */
  public record DayBand(int fromDay, int toDay, long amountOre, Source source, se.rjl.patientfees.rules.yaml.Location location) {}

  /** A group free of the inpatient fee, with its source. */
  public record InpatientExemption(String key, String title, Source source) {}
}
