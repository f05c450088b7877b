package se.rjl.patientfees.engine.input;

import java.util.Objects;

/**
 * The vaccine given at a vaccination contact.
 *
 * @param vaccine the rulebook's vaccine key (influenza, covid-19, tbe, hpv, ...) or another name
 * @param priceOre the vaccine's price in öre, added to the fee (L4993–L4997)
 * @param riskGroup the patient belongs to a risk group as Folkhälsomyndigheten defines it
 */
public record Vaccination(String vaccine, long priceOre, boolean riskGroup) {
  public Vaccination {
    Objects.requireNonNull(vaccine, "vaccine");
  }
}
