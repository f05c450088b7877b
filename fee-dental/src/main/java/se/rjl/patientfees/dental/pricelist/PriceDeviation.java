package se.rjl.patientfees.dental.pricelist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.rjl.patientfees.rules.model.Source;

/**
 * A row whose price differs from its reference price: a warning, never an error (decision E25).
 *
 * @param row the row
 * @param priceOre the FTV price
 * @param referenceOre the reference price
 * @param differenceOre price − reference (negative when the price is below the reference)
 * @param percent the difference in percent of the reference price, one decimal, rounded half up
 */
public record PriceDeviation(PriceRow row, long priceOre, long referenceOre, long differenceOre, BigDecimal percent) {

  static PriceDeviation of(PriceRow row) {
    long price = row.priceOre();
    long reference = row.referencePriceOre();
    long diff = price - reference;
    BigDecimal percent = reference == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(diff).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(reference), 1, RoundingMode.HALF_UP);
    return new PriceDeviation(row, price, reference, diff, percent);
  }

  public String key() {
    return row.key();
  }

  public String code() {
    return row.code();
  }

  public Source source() {
    return row.source();
  }

  /** An utbytesåtgärd: its reference is the replaced treatment's, so the gap says little (E25). */
  public boolean exchange() {
    return row.exchange();
  }

  public boolean above() {
    return differenceOre > 0;
  }

  /** One line for a console: {@code allman-101 101 (general, L6286): 1 095 kr vs 970 kr, +125 kr (+12.9 %)}. */
  public String describe() {
    return row.key() + " " + row.code() + " (" + row.area().name().toLowerCase(java.util.Locale.ROOT) + ", "
        + row.source().cite() + "): " + kr(priceOre) + " vs reference " + kr(referenceOre) + ", "
        + (differenceOre > 0 ? "+" : "") + kr(differenceOre) + " (" + (percent.signum() > 0 ? "+" : "")
        + percent.toPlainString() + " %)" + (exchange() ? " [utbytesåtgärd]" : "");
  }

  static String kr(long ore) {
    BigDecimal kr = BigDecimal.valueOf(ore, 2).stripTrailingZeros();
    return (kr.scale() < 0 ? kr.setScale(0) : kr).toPlainString() + " kr";
  }
}
