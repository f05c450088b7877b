package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.api.StayFee;
import se.rjl.patientfees.api.StayFee.DayReason;
import se.rjl.patientfees.api.StayFee.PriceList;

/**
 * The response of {@code POST /v1/inpatient}: what the stay costs, day by day, and why.
 *
 * <pre>{@code
 * {"rulebookId": "rjl-2026", "priceList": "standard", "pay": {"amount": "1520.00", "currency": "SEK"},
 *  "paidDays": 12, "towardCap": {"amount": "0.00", "currency": "SEK"}, "days": [...], "explanation": [...]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record StayFeeJson(
    String rulebookId,
    PriceList priceList,
    MoneyJson pay,
    int paidDays,
    MoneyJson towardCap,
    List<DayJson> days,
    List<ContactFeeJson.StepJson> explanation) {

  public static StayFeeJson of(StayFee f) {
    return new StayFeeJson(f.rulebookId(), f.priceList(), MoneyJson.of(f.pay()), f.paidDays(), MoneyJson.of(f.towardCap()),
        f.days().stream().map(d -> new DayJson(d.date(), d.episode(), d.dayNumber(), MoneyJson.of(d.amount()), d.reason(), d.paid(),
            d.away().toString())).toList(),
        ContactFeeJson.StepJson.of(f.explanation()));
  }

  /**
   * One calendar day of the stay.
   *
   * <pre>{@code
   * {"date": "2026-03-12", "episode": 1, "dayNumber": 11, "amount": {"amount": "110.00", "currency": "SEK"},
   *  "reason": "charged", "paid": true, "away": "PT0S"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param episode the vårdtillfälle (1, then 2 after the first transfer, ...)
   * @param dayNumber the day's number in its vårdtillfälle
   * @param reason {@code charged}, {@code travel-day}, {@code leave-day}, {@code free-child-age},
   *     {@code exempt} or {@code discharge-day}
   * @param away the time on leave that day as an ISO-8601 duration ({@code PT0S}, {@code PT13H30M})
   */
  public record DayJson(LocalDate date, int episode, int dayNumber, MoneyJson amount, DayReason reason, boolean paid, String away) {}
}
