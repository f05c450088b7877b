package se.rjl.patientfees.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * Converts between the engine's whole öre and the public {@link MonetaryAmount} in SEK, and states
 * the bound of every amount from outside. Results are Moneta {@link FastMoney} (exact, a {@code
 * long} inside; it needs none of Moneta's start-up configuration, so nothing is logged); inputs may
 * be any {@code MonetaryAmount} in SEK. Never a binary float. Stateless and thread-safe.
 *
 * <pre>{@code
 * MonetaryAmount fee = Amounts.ofOre(25_000);        // SEK 250.00
 * long ore = Amounts.toOre(Money.of(937.5, "SEK"));  // 93_750
 * String json = Amounts.toPlainString(fee);          // "250.00"
 * }</pre>
 */
public final class Amounts {
  /** The Swedish krona, the only currency of the rulebooks. */
  public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

  /**
   * The largest amount accepted from outside (a vaccine price, a receipt, an aid's price, a cap
   * state's entry, a card's amount): 1 000 000.00 kr, far above any fee or aid price in the
   * rulebooks, and small enough that no sum of the accepted inputs can overflow (decision S01).
   */
  public static final long MAX_INPUT_ORE = se.rjl.patientfees.engine.Bounds.MAX_AMOUNT_ORE;

  /** {@link #MAX_INPUT_ORE} as an amount: SEK 1 000 000.00. */
  public static final MonetaryAmount MAX_INPUT = ofOre(MAX_INPUT_ORE);

  private Amounts() {}

  /** {@code ore} öre as an amount in SEK: {@code ofOre(25_000)} is SEK 250.00. */
  public static MonetaryAmount ofOre(long ore) {
    return FastMoney.of(BigDecimal.valueOf(ore, 2), SEK);
  }

  /**
   * An amount in SEK as whole öre.
   *
   * @throws FeeInputException ({@code amount}) for another currency, a fraction of an öre, or a value
   *     beyond a {@code long} of öre
   */
  public static long toOre(MonetaryAmount amount) {
    return toOre(amount, "amount");
  }

  private static long toOre(MonetaryAmount amount, String field) {
    Check.given(amount, field);
    if (!SEK.equals(amount.getCurrency())) {
      throw new FeeInputException(field, ErrorKind.UNSUPPORTED_CURRENCY,
          "the amount must be in SEK, not " + amount.getCurrency().getCurrencyCode());
    }
    BigDecimal kronor = amount.getNumber().numberValue(BigDecimal.class);
    try {
      return kronor.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      boolean fraction = kronor.movePointRight(2).stripTrailingZeros().scale() > 0;
      throw new FeeInputException(field, fraction ? ErrorKind.INVALID_AMOUNT : ErrorKind.AMOUNT_TOO_LARGE,
          fraction ? "the amount " + kronor.toPlainString() + " has a fraction of an öre"
              : "the amount is larger than " + toPlainString(MAX_INPUT) + " kr");
    }
  }

  /**
   * An amount from outside as whole öre, checked: SEK, whole öre, from 0 to {@link #MAX_INPUT}.
   *
   * @param field the field named in the error
   * @throws FeeInputException naming {@code field} with {@link ErrorKind#MISSING}, {@link
   *     ErrorKind#UNSUPPORTED_CURRENCY}, {@link ErrorKind#INVALID_AMOUNT}, {@link
   *     ErrorKind#NEGATIVE_AMOUNT} or {@link ErrorKind#AMOUNT_TOO_LARGE}
   */
  public static long toOreInput(MonetaryAmount amount, String field) {
    long ore = toOre(amount, field);
    if (ore < 0) {
      throw new FeeInputException(field, ErrorKind.NEGATIVE_AMOUNT, "the amount must not be negative");
    }
    if (ore > MAX_INPUT_ORE) {
      throw new FeeInputException(field, ErrorKind.AMOUNT_TOO_LARGE,
          "the amount " + orePlainString(ore) + " kr is larger than the largest accepted, " + orePlainString(MAX_INPUT_ORE) + " kr");
    }
    return ore;
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
