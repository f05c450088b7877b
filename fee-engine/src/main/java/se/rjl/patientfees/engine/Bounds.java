package se.rjl.patientfees.engine;

/**
 * The bounds of every amount the engine accepts from outside (decision E61): whole öre from 0 to
 * {@link #MAX_AMOUNT_ORE}. With at most a few thousand such amounts in one calculation no sum can
 * overflow a {@code long}. Stateless.
 */
public final class Bounds {
  /** 1 000 000.00 kr in öre: far above any fee, price or cap of the regelbok. */
  public static final long MAX_AMOUNT_ORE = 1_000_000_00L;

  private Bounds() {}

  /** Checks an amount from outside: {@code negative-amount} below 0, {@code amount-too-large} above the bound. */
  public static void amount(String field, long ore) {
    if (ore < 0) {
      throw new InvalidInputException(field, "negative-amount", "the amount must not be negative");
    }
    if (ore > MAX_AMOUNT_ORE) {
      throw new InvalidInputException(field, "amount-too-large",
          "the amount is larger than the largest accepted, " + MAX_AMOUNT_ORE / 100 + ".00 kr");
    }
  }
}
