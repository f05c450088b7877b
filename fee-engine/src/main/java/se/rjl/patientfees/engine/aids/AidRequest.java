package se.rjl.patientfees.engine.aids;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One prescription or withdrawal (uttag) of an aid. Make one with {@link #builder}; everything but
 * the key and date is optional and needed only where the row uses it (decision E15).
 *
 * @param key a row key of the rulebook's {@code aids}, or a product key that the rows list under
 *     {@code products} (e.g. {@code tricycle}, {@code enteral-nutrition}, {@code gluten-free-food})
 * @param date the prescription or withdrawal date: ages are counted on it (E01, R10)
 * @param priceOre the price including VAT, for percentages, maximum grants and above-limit purchases
 * @param kcal the prescribed energy per day, for enteral nutrition (levels A–F)
 * @param wheelInches the wheel size, for tricycles (decision R11)
 * @param months the months a monthly fee covers (CPAP, UVB-lampa, ...)
 * @param quantity how many (shoes altered, orthoses fitted, ...); null is one
 * @param bilateral the orthoses are for bilateral treatment: one own fee (L2905)
 * @param conditions conditions the patient meets, e.g. {@code celiac-disease-verified},
 *     {@code severe-visual-impairment}
 * @param usedInPeriod subsidised uses of this row already in the row's limit period (the calendar
 *     year, month, the last 12 months, or the prescription)
 * @param grantedInPeriodOre grants of this row already paid in its amount period (hair replacement)
 * @param prescribedOn the prescription's date, for rows whose grant lasts while it is valid
 */
public record AidRequest(
    String key,
    LocalDate date,
    Long priceOre,
    Integer kcal,
    Integer wheelInches,
    Integer months,
    Integer quantity,
    boolean bilateral,
    List<String> conditions,
    int usedInPeriod,
    long grantedInPeriodOre,
    LocalDate prescribedOn) {

  public AidRequest {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  public static Builder builder(String key, LocalDate date) {
    return new Builder(key, date);
  }

  /** Builds an {@link AidRequest}. */
  public static final class Builder {
    private final String key;
    private final LocalDate date;
    private Long priceOre;
    private Integer kcal;
    private Integer wheelInches;
    private Integer months;
    private Integer quantity;
    private boolean bilateral;
    private List<String> conditions = List.of();
    private int usedInPeriod;
    private long grantedInPeriodOre;
    private LocalDate prescribedOn;

    private Builder(String key, LocalDate date) {
      this.key = key;
      this.date = date;
    }

    public Builder priceOre(Long v) {
      priceOre = v;
      return this;
    }

    /** The price in whole kronor. */
    public Builder priceKr(long kr) {
      return priceOre(kr * 100);
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

    public Builder grantedInPeriodOre(long v) {
      grantedInPeriodOre = v;
      return this;
    }

    public Builder prescribedOn(LocalDate v) {
      prescribedOn = v;
      return this;
    }

    public AidRequest build() {
      return new AidRequest(key, date, priceOre, kcal, wheelInches, months, quantity, bilateral, conditions, usedInPeriod,
          grantedInPeriodOre, prescribedOn);
    }
  }
}
