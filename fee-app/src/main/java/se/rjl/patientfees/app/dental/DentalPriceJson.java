package se.rjl.patientfees.app.dental;

import java.util.List;
import se.rjl.patientfees.api.json.ContactFeeJson;
import se.rjl.patientfees.api.json.MoneyJson;
import se.rjl.patientfees.dental.DentalPrice;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.Provider;

/**
 * A price from the dental price list as JSON ({@code price-dental --json}).
 *
 * <pre>{@code
 * {"priceListId": "ftv-2024", "row": {"key": "allman-101", "code": "101", ...}, "feeRule": null,
 *  "unitPrice": {"amount": "1095.00", "currency": "SEK"}, "quantity": 1, "amount": {...},
 *  "referencePrice": {"amount": "970.00", "currency": "SEK"}, "sources": ["000_660bf81ab5a4a909.txt L6286"], ...}
 * }</pre>
 *
 * @param feeRule the key of the patient-fee rule that chose the row, or null for a treatment or row price
 * @param referencePrice the row's reference price per unit, or null where none is printed
 * @param difference price − reference price per unit, or null
 * @param sources the row's lines, then the fee rule's and its conditions'
 */
public record DentalPriceJson(
    String priceListId,
    RowJson row,
    String feeRule,
    MoneyJson unitPrice,
    long quantity,
    MoneyJson amount,
    MoneyJson referencePrice,
    MoneyJson difference,
    List<String> sources,
    List<ContactFeeJson.StepJson> explanation) {

  public static DentalPriceJson of(DentalPrice p) {
    var r = p.row();
    return new DentalPriceJson(p.priceListId(),
        new RowJson(r.key(), r.code(), r.text(), r.area(), r.provider(), r.exchange(), r.source().toString()),
        p.feeRule() == null ? null : p.feeRule().key(), MoneyJson.ofOre(p.unitPriceOre()), p.quantity(), MoneyJson.ofOre(p.amountOre()),
        p.referencePriceOre() == null ? null : MoneyJson.ofOre(p.referencePriceOre()),
        p.differenceOre() == null ? null : new MoneyJson(se.rjl.patientfees.api.Amounts.orePlainString(p.differenceOre()), "SEK"),
        p.sources().stream().map(Source::toString).toList(),
        p.explanation().stream().map(s -> new ContactFeeJson.StepJson(s.id(), s.rulebookKey(), s.source(), s.textSv())).toList());
  }

  /**
   * The price-list row charged.
   *
   * <pre>{@code
   * {"key": "allman-101", "code": "101", "text": "Basundersökning, utförd av tandläkare", "area": "general",
   *  "provider": "external", "exchange": false, "source": "000_660bf81ab5a4a909.txt L6286"}
   * }</pre>
   */
  public record RowJson(String key, String code, String text, DentalArea area, Provider provider, boolean exchange, String source) {}
}
