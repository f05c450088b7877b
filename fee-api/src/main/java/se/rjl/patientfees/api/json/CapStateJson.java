package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.api.CapEntry;

/**
 * A patient's payments toward a cap and the kept facts of their periods, as a response returns it
 * and the next request takes it back. What counts is derived again from the entries in date order;
 * each period's first day, last day and cap are kept as given (decisions E02, E80), so a period from
 * a year whose rulebook is not loaded still prices.
 *
 * <pre>{@code
 * {"entries": [{"paymentId": "kvitto-1", "date": "2026-03-10",
 *               "counted": {"amount": "250.00", "currency": "SEK"}, "origin": "contact",
 *               "fee": {"amount": "250.00", "currency": "SEK"}, "paid": {"amount": "250.00", "currency": "SEK"}}],
 *  "periods": [{"firstDay": "2026-03-10", "lastDay": "2027-03-09",
 *               "cap": {"amount": "1450.00", "currency": "SEK"}, "capRulebookId": "rjl-2026"}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param periods optional: the kept facts of each period (written by every response)
 */
public record CapStateJson(List<Entry> entries, @JsonInclude(JsonInclude.Include.NON_NULL) List<PeriodJson> periods) {

  /** Entries only: every period's cap is taken from the rulebook in force on its first day. */
  public CapStateJson(List<Entry> entries) {
    this(entries, null);
  }

  /**
   * One payment toward the cap.
   *
   * <pre>{@code
   * {"paymentId": "annan-region-17", "date": "2026-01-17", "counted": {"amount": "1100.00", "currency": "SEK"},
   *  "origin": "receipt"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param counted what counts toward the cap (derived again when read)
   * @param origin {@code contact} (priced here), {@code receipt} (paid elsewhere, entered by staff) or
   *     {@code card} (read from the registry's card)
   * @param fee optional: what the payment asked to count (a contact's fee before the cap); default {@code counted}
   * @param paid optional: what the patient paid toward the cap; default {@code counted}. {@code paid -
   *     counted} is owed back (decision E81)
   */
  public record Entry(String paymentId, LocalDate date, MoneyJson counted, CapEntry.Origin origin,
      @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson fee, @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson paid) {

    /** An entry counted as paid. */
    public Entry(String paymentId, LocalDate date, MoneyJson counted, CapEntry.Origin origin) {
      this(paymentId, date, counted, origin, null, null);
    }
  }

  /**
   * A period's kept facts.
   *
   * @param capRulebookId the rulebook whose cap applies, or {@code registry-card}
   */
  public record PeriodJson(LocalDate firstDay, LocalDate lastDay, MoneyJson cap, String capRulebookId) {}
}
