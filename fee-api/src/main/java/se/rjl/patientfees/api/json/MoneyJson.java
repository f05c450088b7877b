package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.api.Amounts;

/**
 * An amount in the JSON contract: kronor as a decimal string with two decimals (a point, no
 * grouping) and the currency, always {@code SEK}. Never a JSON number, so that no binary float ever
 * holds money.
 *
 * <pre>{@code
 * {"amount": "250.00", "currency": "SEK"}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount kronor, e.g. {@code "250.00"}; requests may also write {@code "250"} or {@code "250.5"}
 * @param currency {@code SEK}
 */
public record MoneyJson(@JsonDeserialize(using = AmountTextDeserializer.class) String amount, String currency) {

  /** Whole öre as JSON money: {@code 25_000 → {"amount": "250.00", "currency": "SEK"}}. */
  public static MoneyJson ofOre(long ore) {
    return new MoneyJson(Amounts.orePlainString(ore), "SEK");
  }

  /** A {@link MonetaryAmount} in SEK as JSON money. */
  public static MoneyJson of(MonetaryAmount amount) {
    return new MoneyJson(Amounts.toPlainString(amount), amount.getCurrency().getCurrencyCode());
  }
}
