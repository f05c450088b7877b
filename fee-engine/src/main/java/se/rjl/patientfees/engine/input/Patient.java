package se.rjl.patientfees.engine.input;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient as the fee rules see them: birth date and residence/insurance.
 *
 * @param birthDate the birth date (from a personnummer or samordningsnummer with the engine's
 *     PersonalIdentity, or given directly, e.g. for a reservnummer)
 * @param residence where they live and how they are insured
 * @param euCard for {@link Residence#EU_EES}, {@link Residence#UK} and {@link
 *     SwedeAbroadGroup#EU_EES}: an EU card (EHIC), provisional certificate or E112 is shown
 * @param conventionCountry for {@link Residence#CONVENTION_COUNTRY}: which country, else null
 * @param swedeAbroadGroup for {@link Residence#SWEDE_ABROAD}: where they live, else null
 */
public record Patient(
    LocalDate birthDate,
    Residence residence,
    boolean euCard,
    ConventionCountry conventionCountry,
    SwedeAbroadGroup swedeAbroadGroup) {

  public Patient {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(residence, "residence");
  }

  /** A patient folkbokförd in the county. */
  public static Patient countyResident(LocalDate birthDate) {
    return new Patient(birthDate, Residence.COUNTY_RESIDENT, false, null, null);
  }

  public static Patient of(LocalDate birthDate, Residence residence) {
    return new Patient(birthDate, residence, false, null, null);
  }

  public Patient withEuCard(boolean card) {
    return new Patient(birthDate, residence, card, conventionCountry, swedeAbroadGroup);
  }

  public Patient withConventionCountry(ConventionCountry country) {
    return new Patient(birthDate, residence, euCard, country, swedeAbroadGroup);
  }

  public Patient withSwedeAbroadGroup(SwedeAbroadGroup group) {
    return new Patient(birthDate, residence, euCard, conventionCountry, group);
  }
}
