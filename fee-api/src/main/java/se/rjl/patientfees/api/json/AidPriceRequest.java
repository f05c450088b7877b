package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /v1/aids}: one prescription or withdrawal of an aid (hjälpmedel), priced against the
 * patient's aids cap state (1 800 kr per 12 months, L2794).
 *
 * <pre>{@code
 * {"patient": {"birthDate": "1960-01-01", "residence": "county-resident"},
 *  "aid": {"key": "cpap", "date": "2026-02-01", "months": 3},
 *  "aidsCap": {"entries": []}, "paymentId": "hm-4711"}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param aidsCap the patient's payments toward the aids cap, as an earlier response returned them
 *     ({@code aidsCapState}); absent: none
 * @param paymentId the payment's id (default: {@code <date>/<key>}, e.g. {@code 2026-02-01/cpap});
 *     monthly fees are recorded as {@code paymentId-m1}, {@code -m2}, ...
 */
public record AidPriceRequest(PatientJson patient, AidJson aid, CapStateJson aidsCap, String paymentId) {

  /**
   * The aid: {@code key} and {@code date} are required; the rest only where the row uses it.
   *
   * <pre>{@code
   * {"key": "glasses", "date": "2026-03-10", "price": {"amount": "1200.00", "currency": "SEK"}}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param key a row key of the rulebook's {@code aids}, or a product key ({@code glasses},
   *     {@code tricycle}, {@code enteral-nutrition}, ...)
   * @param date the prescription or withdrawal date: ages are counted on it
   * @param price the price including VAT, for percentages, grants and purchases above a limit
   * @param kcal the prescribed energy per day, for enteral nutrition
   * @param wheelInches the wheel size, for tricycles
   * @param months the months a monthly fee covers (CPAP, UVB lamp, ...)
   * @param quantity how many (default one unit of the row's unit)
   * @param bilateral orthoses for bilateral treatment: one own fee
   * @param conditions conditions the patient meets ({@code celiac-disease-verified},
   *     {@code severe-visual-impairment}, {@code visual-impairment})
   * @param usedInPeriod subsidised uses of this row already in its limit period (default 0)
   * @param grantedInPeriod grants of this row already paid in its amount period (default 0)
   * @param prescribedOn the prescription's date, for rows whose grant lasts while it is valid
   */
  public record AidJson(
      String key,
      LocalDate date,
      MoneyJson price,
      Integer kcal,
      Integer wheelInches,
      Integer months,
      Integer quantity,
      Boolean bilateral,
      List<String> conditions,
      Integer usedInPeriod,
      MoneyJson grantedInPeriod,
      LocalDate prescribedOn) {}
}
