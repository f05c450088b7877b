package se.rjl.patientfees.dental;

import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.dental.pricelist.PatientFeeRule;
import se.rjl.patientfees.dental.pricelist.PriceRow;

/**
 * A price from the dental price list, and why. Amounts are whole öre.
 *
 * @param priceListId the price list priced by ({@code ftv-2024})
 * @param row the row charged (key, code, text, area, provider, source)
 * @param feeRule the patient-fee rule that chose the row, or null for a treatment or row price
 * @param unitPriceOre the row's price per unit
 * @param quantity units charged
 * @param amountOre what is charged: unit price × quantity
 * @param referencePriceOre the row's reference price per unit, or null where none is printed
 * @param explanation the rules applied, in order, each with its source
 */
public record DentalPrice(
    String priceListId,
    PriceRow row,
    PatientFeeRule feeRule,
    long unitPriceOre,
    long quantity,
    long amountOre,
    Long referencePriceOre,
    List<AppliedRule> explanation) {

  public DentalPrice {
    explanation = List.copyOf(explanation);
  }

  public String key() {
    return row.key();
  }

  public String code() {
    return row.code();
  }

  /** The row's lines in the seed. */
  public Source source() {
    return row.source();
  }

  /** The row's source, then the fee rule's and its conditions' sources, without repeats. */
  public List<Source> sources() {
    java.util.LinkedHashSet<Source> out = new java.util.LinkedHashSet<>();
    out.add(row.source());
    if (feeRule != null) {
      out.add(feeRule.source());
      if (feeRule.age() != null && feeRule.age().source() != null) {
        out.add(feeRule.age().source());
      }
      if (feeRule.bookedMinutes() != null) {
        out.add(feeRule.bookedMinutes().source());
      }
    }
    return List.copyOf(out);
  }

  /** Price − reference price per unit, or null when no reference price is printed. */
  public Long differenceOre() {
    return referencePriceOre == null ? null : unitPriceOre - referencePriceOre;
  }
}
