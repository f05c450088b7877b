package se.rjl.patientfees.api;

import javax.money.MonetaryAmount;

/**
 * The vaccine given at a vaccination contact. Immutable and thread-safe.
 *
 * <pre>{@code
 * Vaccination flu = new Vaccination("influenza", Amounts.ofOre(0), false);
 * Vaccination tbe = new Vaccination("tbe", FastMoney.of(new BigDecimal("320.00"), "SEK"), false);
 * }</pre>
 *
 * @param vaccine the rulebook's vaccine key (influenza, covid-19, tbe, hpv, ...) or another name
 * @param price the vaccine's price in SEK, added to the fee (L4993–L4997); whole öre, from 0 to
 *     {@link Amounts#MAX_INPUT}
 * @param riskGroup the patient belongs to a risk group as Folkhälsomyndigheten defines it
 */
public record Vaccination(String vaccine, MonetaryAmount price, boolean riskGroup) {
  /** Checks that the vaccine and its price are given. */
  public Vaccination {
    Check.given(vaccine, "contact.vaccination.vaccine");
    Check.given(price, "contact.vaccination.price");
  }
}
