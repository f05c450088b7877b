package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import se.rjl.patientfees.api.ConventionCountry;
import se.rjl.patientfees.api.Residence;
import se.rjl.patientfees.api.SwedeAbroadGroup;

/**
 * The patient in a request: a birth date or a personnummer (not both), and residence.
 *
 * <pre>{@code
 * {"birthDate": "1980-05-01", "residence": "county-resident"}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param birthDate the birth date, or null when {@code personnummer} is given
 * @param personnummer a personnummer or samordningsnummer ({@code 19800501-1234} or {@code
 *     800501-1234}); only its birth date is used
 * @param residence where the patient lives and how they are insured
 * @param euCard an EU card (EHIC), provisional certificate or E112 is shown; default false
 * @param conventionCountry for {@code convention-country}: which country
 * @param swedeAbroadGroup for {@code swede-abroad}: where they live
 */
public record PatientJson(
    LocalDate birthDate,
    String personnummer,
    Residence residence,
    Boolean euCard,
    ConventionCountry conventionCountry,
    SwedeAbroadGroup swedeAbroadGroup) {}
