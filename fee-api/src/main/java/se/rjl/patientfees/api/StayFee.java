package se.rjl.patientfees.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.inpatient.InpatientDay;
import se.rjl.patientfees.engine.inpatient.InpatientResult;

/**
 * What a hospital stay (slutenvård) costs, day by day, and why. The inpatient fee never counts
 * toward the outpatient cap (L4532). Amounts are {@link MonetaryAmount}s in SEK.
 *
 * <pre>{@code
 * StayFee stay = fees.priceStay(patient, Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 14)));
 * stay.pay();        // SEK 1520.00: days 1–10 à 130 kr, days 11–12 à 110 kr, discharge day free
 * stay.paidDays();   // 12
 * stay.days().get(10).amount(); // SEK 110.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rulebookId the rulebook of the admission day
 * @param priceList which day prices apply ({@code STANDARD}, {@code FOREIGN_FLAT}, ...)
 * @param pay what the patient pays for the stay: the sum of the days' amounts
 * @param paidDays how many days are paid
 * @param towardCap always 0: the inpatient fee is not cap-qualifying (L4532)
 * @param days every calendar day from admission to discharge
 * @param explanation the rules applied, in order
 */
public record StayFee(
    String rulebookId,
    PriceList priceList,
    MonetaryAmount pay,
    int paidDays,
    MonetaryAmount towardCap,
    List<Day> days,
    List<ExplanationStep> explanation) {

  public StayFee {
    days = List.copyOf(days);
    explanation = List.copyOf(explanation);
  }

  static StayFee of(InpatientResult r) {
    return new StayFee(r.rulebookId(), EngineInputs.same(r.priceList(), PriceList.class), Amounts.ofOre(r.totalOre()), r.paidDays(), Amounts.ofOre(r.countsTowardCapOre()),
        r.days().stream().map(Day::of).toList(), r.explanation().stream().map(ExplanationStep::of).toList());
  }

  /** The explanation's rule ids, in order. */
  public List<String> ruleIds() {
    return explanation.stream().map(ExplanationStep::id).toList();
  }

  /**
   * One calendar day of the stay.
   *
   * <pre>{@code
   * StayFee.Day d = stay.days().get(0);
   * d.dayNumber();   // 1 (the admission day)
   * d.amount();      // SEK 130.00
   * d.reason();      // CHARGED
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param episode the vårdtillfälle: 1, then 2 after the first transfer, ...
   * @param dayNumber the day's number in its vårdtillfälle (day 1 = admission or transfer day)
   * @param amount what the day costs
   * @param reason why it costs that ({@code CHARGED}, {@code TRAVEL_DAY}, {@code LEAVE_DAY},
   *     {@code FREE_CHILD_AGE}, {@code EXEMPT}, {@code DISCHARGE_DAY})
   * @param away the time on leave between 00:00 and 24:00 that day ({@link Duration#ZERO} for none)
   */
  public record Day(LocalDate date, int episode, int dayNumber, MonetaryAmount amount, DayReason reason, Duration away) {
    static Day of(InpatientDay d) {
      return new Day(d.date(), d.episode(), d.dayNumber(), Amounts.ofOre(d.amountOre()), EngineInputs.same(d.reason(), DayReason.class), d.away());
    }

    /** Whether the day is paid (a care day or a travel day). */
    public boolean paid() {
      return reason == DayReason.CHARGED || reason == DayReason.TRAVEL_DAY;
    }
  }

  /** Which price list the stay's days follow. Thread-safe (an enum). */
  public enum PriceList {
    /** The rulebook's day bands (L4512–L4513). */
    STANDARD,
    /** A flat amount per paid day: foreign patients with coverage, acute care (decision R27). */
    FOREIGN_FLAT,
    /** Swedes abroad in "other countries", planned care (L5797–L5798, decision R31). */
    SWEDE_ABROAD_PLANNED,
    /** No fee: an exempt group (L4535–L4557). */
    EXEMPT
  }

  /** Why a day costs what it costs. Thread-safe (an enum). */
  public enum DayReason {
    /** A paid care day (the day-band or flat amount). */
    CHARGED,
    /** A paid travel day: on leave part of the day, but less than the leave minimum (resdag, L4577–L4583). */
    TRAVEL_DAY,
    /** A free leave day (permissionsdag, L4586–L4588). */
    LEAVE_DAY,
    /** Free: under the rulebook's child age limit on that day (L4521–L4522). */
    FREE_CHILD_AGE,
    /** Free: the patient belongs to an exempt group (L4535–L4557). */
    EXEMPT,
    /** The discharge day is not paid (L4525–L4526). */
    DISCHARGE_DAY
  }
}
