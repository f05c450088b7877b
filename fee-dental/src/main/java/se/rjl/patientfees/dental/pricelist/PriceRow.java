package se.rjl.patientfees.dental.pricelist;

import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * One printed row of the price list.
 *
 * @param key stable and unique, e.g. {@code allman-101}, {@code spec-103s}, {@code allman-404-2}
 * @param area A / S (general / specialist), unspecified for the bare "Ny" rows
 * @param provider Extern / Intern
 * @param category the Åtgärdsgrupp as printed, or null where none is printed
 * @param code the code as printed ({@code 101}, {@code 103S}, {@code ASYL}, {@code Ny})
 * @param newRow the code column prints "Ny" (new for 2024) instead of a code (decision E22)
 * @param repeatOf the key of the first row with the same area, provider and code, when the seed
 *     prints the code again (decision E21); null otherwise
 * @param text the Åtgärdstext as printed (non-breaking and doubled spaces as one space)
 * @param priceOre the FTV price 2024 per unit, in öre
 * @param referencePriceOre the Referenspris 2024 in öre; null where none is printed (Intern rows)
 * @param unit what one unit of the price is
 * @param exchange an utbytesåtgärd: the reference price is that of the replaced treatment (E25)
 * @param note an editor's note, or null
 * @param source the row's lines in the seed
 * @param location where the row is written in the YAML file
 */
public record PriceRow(
    String key,
    DentalArea area,
    Provider provider,
    String category,
    String code,
    boolean newRow,
    String repeatOf,
    String text,
    long priceOre,
    Long referencePriceOre,
    PriceUnit unit,
    boolean exchange,
    String note,
    Source source,
    Location location) {

  public boolean hasReferencePrice() {
    return referencePriceOre != null;
  }

  public boolean isRepeat() {
    return repeatOf != null;
  }
}
