package se.rjl.patientfees.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.inpatient.InpatientDay;
import se.rjl.patientfees.engine.inpatient.InpatientDay.DayReason;
import se.rjl.patientfees.engine.inpatient.InpatientResult;
import se.rjl.patientfees.engine.inpatient.InpatientResult.PriceList;

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
    return new StayFee(r.rulebookId(), r.priceList(), Amounts.ofOre(r.totalOre()), r.paidDays(), Amounts.ofOre(r.countsTowardCapOre()),
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
   * @param episode the vårdtillfälle: 1, then 2 after the first transfer, ...
   * @param dayNumber the day's number in its vårdtillfälle (day 1 = admission or transfer day)
   * @param amount what the day costs
   * @param reason why it costs that ({@code CHARGED}, {@code TRAVEL_DAY}, {@code LEAVE_DAY},
   *     {@code FREE_CHILD_AGE}, {@code EXEMPT}, {@code DISCHARGE_DAY})
   * @param away the time on leave between 00:00 and 24:00 that day ({@link Duration#ZERO} for none)
   */
  public record Day(LocalDate date, int episode, int dayNumber, MonetaryAmount amount, DayReason reason, Duration away) {
    static Day of(InpatientDay d) {
      return new Day(d.date(), d.episode(), d.dayNumber(), Amounts.ofOre(d.amountOre()), d.reason(), d.away());
    }

    /** Whether the day is paid (a care day or a travel day). */
    public boolean paid() {
      return reason.paid();
    }
  }
}
