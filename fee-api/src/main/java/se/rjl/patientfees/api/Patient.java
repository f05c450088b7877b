package se.rjl.patientfees.api;

import java.time.LocalDate;

/**
 * The patient as the fee rules see them: birth date and residence/insurance. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Patient adult = Patient.countyResident(LocalDate.of(1980, 5, 1));
 * Patient visitor = Patient.of(LocalDate.of(1990, 1, 1), Residence.EU_EES).withEuCard(true);
 * }</pre>
 *
 * @param birthDate the birth date (from a personnummer: {@link PatientFees#birthDate})
 * @param residence where they live and how they are insured
 * @param euCard for {@link Residence#EU_EES}, {@link Residence#UK} and {@link SwedeAbroadGroup#EU_EES}:
 *     an EU card (EHIC), provisional certificate or E112 is shown
 * @param conventionCountry for {@link Residence#CONVENTION_COUNTRY}: which country, else null
 * @param swedeAbroadGroup for {@link Residence#SWEDE_ABROAD}: where they live, else null
 */
public record Patient(
    LocalDate birthDate, Residence residence, boolean euCard, ConventionCountry conventionCountry,
    SwedeAbroadGroup swedeAbroadGroup) {

  /** Checks that the birth date and residence are given ({@link ErrorKind#MISSING} otherwise). */
  public Patient {
    Check.given(birthDate, "patient.birthDate");
    Check.given(residence, "patient.residence");
  }

  /** A patient folkbokförd in the county. */
  public static Patient countyResident(LocalDate birthDate) {
    return new Patient(birthDate, Residence.COUNTY_RESIDENT, false, null, null);
  }

  /** A patient with the given residence, no card, country or group. */
  public static Patient of(LocalDate birthDate, Residence residence) {
    return new Patient(birthDate, residence, false, null, null);
  }

  /** This patient with or without an EU card shown. */
  public Patient withEuCard(boolean card) {
    return new Patient(birthDate, residence, card, conventionCountry, swedeAbroadGroup);
  }

  /** This patient from {@code country}. */
  public Patient withConventionCountry(ConventionCountry country) {
    return new Patient(birthDate, residence, euCard, country, swedeAbroadGroup);
  }

  /** This Swede abroad in {@code group}. */
  public Patient withSwedeAbroadGroup(SwedeAbroadGroup group) {
    return new Patient(birthDate, residence, euCard, conventionCountry, group);
  }
}
