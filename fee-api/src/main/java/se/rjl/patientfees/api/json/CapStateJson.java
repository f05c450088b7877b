package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.api.CapEntry;

/**
 * A patient's payments toward the outpatient cap, as a batch response returns it and the next
 * batch request takes it back. Periods, sums and frikort are derived from the entries.
 *
 * <pre>{@code
 * {"entries": [{"paymentId": "kvitto-1", "date": "2026-03-10",
 *               "counted": {"amount": "250.00", "currency": "SEK"}, "origin": "contact"}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record CapStateJson(List<Entry> entries) {

  /**
   * One payment that counted toward the cap.
   *
   * <pre>{@code
   * {"paymentId": "annan-region-17", "date": "2026-01-17", "counted": {"amount": "1100.00", "currency": "SEK"},
   *  "origin": "receipt"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param origin {@code contact} (priced here) or {@code receipt} (paid elsewhere, entered by staff)
   */
  public record Entry(String paymentId, LocalDate date, MoneyJson counted, CapEntry.Origin origin) {}
}
