package se.rjl.patientfees.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One prescription or withdrawal (uttag) of an aid. Make one with {@link #builder}; everything but
 * the key and date is optional and needed only where the row uses it (decision E15). Immutable and
 * thread-safe; the builder is not thread-safe.
 *
 * @param key a row key of the rulebook's {@code aids}, or a product key that the rows list under
 *     {@code products} (e.g. {@code tricycle}, {@code enteral-nutrition}, {@code gluten-free-food})
 * @param date the prescription or withdrawal date: ages are counted on it (E01, R10)
 * @param price the price including VAT, for percentages, maximum grants and above-limit purchases
 *     (whole öre, at most {@link Amounts#MAX_INPUT}), or null
 * @param kcal the prescribed energy per day, for enteral nutrition (levels A–F)
 * @param wheelInches the wheel size, for tricycles (decision R11)
 * @param months the months a monthly fee covers (CPAP, UVB-lampa, ...)
 * @param quantity how many (shoes altered, orthoses fitted, ...); null is one
 * @param bilateral the orthoses are for bilateral treatment: one own fee (L2905)
 * @param conditions conditions the patient meets, e.g. {@code celiac-disease-verified},
 *     {@code severe-visual-impairment}
 * @param usedInPeriod subsidised uses of this row already in the row's limit period (the calendar
 *     year, month, the last 12 months, or the prescription)
 * @param grantedInPeriod grants of this row already paid in its amount period (hair replacement), or null for none
 * @param prescribedOn the prescription's date, for rows whose grant lasts while it is valid
 */
public record AidRequest(
    String key,
    LocalDate date,
    MonetaryAmount price,
    Integer kcal,
    Integer wheelInches,
    Integer months,
    Integer quantity,
    boolean bilateral,
    List<String> conditions,
    int usedInPeriod,
    MonetaryAmount grantedInPeriod,
    LocalDate prescribedOn) {

  public AidRequest {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  /** A builder for the aid {@code key} on {@code date}. */
  public static Builder builder(String key, LocalDate date) {
    return new Builder(key, date);
  }

  /** Builds an {@link AidRequest}. */
  public static final class Builder {
    private final String key;
    private final LocalDate date;
    private MonetaryAmount price;
    private Integer kcal;
    private Integer wheelInches;
    private Integer months;
    private Integer quantity;
    private boolean bilateral;
    private List<String> conditions = List.of();
    private int usedInPeriod;
    private MonetaryAmount grantedInPeriod;
    private LocalDate prescribedOn;

    private Builder(String key, LocalDate date) {
      this.key = key;
      this.date = date;
    }

    /** The price including VAT. */
    public Builder price(MonetaryAmount v) {
      price = v;
      return this;
    }

    public Builder kcal(Integer v) {
      kcal = v;
      return this;
    }

    public Builder wheelInches(Integer v) {
      wheelInches = v;
      return this;
    }

    public Builder months(Integer v) {
      months = v;
      return this;
    }

    public Builder quantity(Integer v) {
      quantity = v;
      return this;
    }

    public Builder bilateral(boolean v) {
      bilateral = v;
      return this;
    }

    public Builder conditions(List<String> v) {
      conditions = Objects.requireNonNullElse(v, List.of());
      return this;
    }

    public Builder conditions(String... v) {
      return conditions(List.of(v));
    }

    public Builder usedInPeriod(int v) {
      usedInPeriod = v;
      return this;
    }

    /** Grants of this row already paid in its amount period. */
    public Builder grantedInPeriod(MonetaryAmount v) {
      grantedInPeriod = v;
      return this;
    }

    public Builder prescribedOn(LocalDate v) {
      prescribedOn = v;
      return this;
    }

    public AidRequest build() {
      return new AidRequest(key, date, price, kcal, wheelInches, months, quantity, bilateral, conditions, usedInPeriod,
          grantedInPeriod, prescribedOn);
    }
  }
}
