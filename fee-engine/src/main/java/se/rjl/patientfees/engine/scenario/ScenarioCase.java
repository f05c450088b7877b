package se.rjl.patientfees.engine.scenario;

import java.util.List;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * One golden case: a patient, their contacts in order, and what each must cost.
 *
 * @param decisions ids of docs/decisions records the case pins (R07, E03, ...)
 * @param capBefore payments already made toward the cap in an open period, for ledger cases
 */
public record ScenarioCase(
    String file,
    String name,
    String source,
    List<String> decisions,
    PatientInput patient,
    List<Step> steps,
    Location location) {

  public ScenarioCase {
    decisions = List.copyOf(decisions);
    steps = List.copyOf(steps);
  }

  /**
   * The patient as the file gives them: a birth date, or a personnummer resolved against the first
   * contact's date when the case runs (so that a case can expect an invalid-personnummer error).
   */
  public record PatientInput(
      java.time.LocalDate birthDate,
      String personnummer,
      se.rjl.patientfees.engine.input.Residence residence,
      boolean euCard,
      se.rjl.patientfees.engine.input.ConventionCountry conventionCountry,
      se.rjl.patientfees.engine.input.SwedeAbroadGroup swedeAbroadGroup) {

    public Patient toPatient(java.time.LocalDate firstContact) {
      java.time.LocalDate birth = birthDate != null
          ? birthDate
          : se.rjl.patientfees.engine.input.PersonalIdentity.birthDate(personnummer, firstContact, "patient.personnummer");
      return new Patient(birth, residence, euCard, conventionCountry, swedeAbroadGroup);
    }
  }

  /** One contact and its expectation. */
  public record Step(Contact contact, Expectation expect, Location location) {}

  /**
   * What must come out; null fields are not checked.
   *
   * @param payOre what the patient pays (after the cap, when the case runs through the ledger)
   * @param feeCode the Cosmic code registered; "none" for no row
   * @param rowKey the fee-code row's key
   * @param towardCapOre the part that counts toward the cap
   * @param rules rule ids that must be among the applied ones
   * @param errorField for an expected input error: the field it must name
   * @param errorKind for an expected input error: its kind
   */
  public record Expectation(
      Long payOre,
      String feeCode,
      String rowKey,
      Long towardCapOre,
      Long vaccineOre,
      List<String> rules,
      String errorField,
      String errorKind,
      Boolean frikort) {}
}
