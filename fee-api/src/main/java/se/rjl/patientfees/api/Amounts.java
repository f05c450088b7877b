package se.rjl.patientfees.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Converts between the engine's whole öre and the public {@link MonetaryAmount} (Moneta {@link
 * Money} in SEK). Never a binary float: amounts go through {@link BigDecimal} with two decimals.
 *
 * <pre>{@code
 * MonetaryAmount fee = Amounts.ofOre(25_000);      // SEK 250.00
 * long ore = Amounts.toOre(Money.of(937.5, "SEK")); // 93_750
 * String json = Amounts.toPlainString(fee);         // "250.00"
 * }</pre>
 */
public final class Amounts {
  /** The Swedish krona, the only currency of the rulebooks. */
  public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

  private static final MonetaryAmount ZERO = Money.of(BigDecimal.ZERO.setScale(2), SEK);

  private Amounts() {}

  /** {@code ore} öre as an amount in SEK: {@code ofOre(25_000)} is SEK 250.00. */
  public static MonetaryAmount ofOre(long ore) {
    return ore == 0 ? ZERO : Money.of(BigDecimal.valueOf(ore, 2), SEK);
  }

  /**
   * An amount in SEK as whole öre. Throws {@link IllegalArgumentException} for another currency or
   * a fraction of an öre.
   */
  public static long toOre(MonetaryAmount amount) {
    if (!SEK.equals(amount.getCurrency())) {
      throw new IllegalArgumentException("the amount must be in SEK, not " + amount.getCurrency().getCurrencyCode());
    }
    BigDecimal kronor = amount.getNumber().numberValue(BigDecimal.class);
    try {
      return kronor.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the amount " + kronor.toPlainString() + " has a fraction of an öre", e);
    }
  }

  /** Kronor with exactly two decimals and a point, as in the JSON contract: {@code "250.00"}. */
  public static String toPlainString(MonetaryAmount amount) {
    return BigDecimal.valueOf(toOre(amount), 2).toPlainString();
  }

  /** Whole öre as kronor with two decimals: {@code 25_000 → "250.00"}. */
  public static String orePlainString(long ore) {
    return BigDecimal.valueOf(ore, 2).toPlainString();
  }
}
