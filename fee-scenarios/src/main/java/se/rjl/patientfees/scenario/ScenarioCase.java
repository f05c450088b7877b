package se.rjl.patientfees.scenario;

import java.util.List;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * One golden case: a patient, their steps in order (contacts, and stays, certificates, copies and
 * aids), and what each must cost.
 *
 * @param patient the patient, or null for a case of certificates and copies only
 * @param decisions ids of docs/decisions records the case pins (R07, E03, ...)
 * @param card the patient's registry card the case starts from (eFrikort), or null: no earlier payments
 */
public record ScenarioCase(
    String file,
    String name,
    String source,
    List<String> decisions,
    PatientInput patient,
    List<Step> steps,
    Location location,
    se.rjl.patientfees.engine.ledger.RegistryCard card) {

  public ScenarioCase {
    decisions = List.copyOf(decisions);
    steps = List.copyOf(steps);
  }

  /** A case that starts with no earlier payments. */
  public ScenarioCase(String file, String name, String source, List<String> decisions, PatientInput patient, List<Step> steps,
      Location location) {
    this(file, name, source, decisions, patient, steps, location, null);
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
          : se.rjl.patientfees.engine.PersonalIdentity.birthDate(personnummer, firstContact, "patient.personnummer");
      return new Patient(birth, residence, euCard, conventionCountry, swedeAbroadGroup);
    }
  }

  /**
   * One step and its expectation: exactly one of {@code contact}, {@code stay}, {@code certificate},
   * {@code copies} and {@code aid} is set.
   */
  public record Step(
      Contact contact,
      se.rjl.patientfees.engine.inpatient.Stay stay,
      se.rjl.patientfees.engine.certificate.CertificateRequest certificate,
      se.rjl.patientfees.engine.copies.CopyRequest copies,
      se.rjl.patientfees.engine.aids.AidRequest aid,
      Expectation expect,
      Location location,
      LedgerEvent ledger) {

    /** A step of one of the first five kinds. */
    public Step(Contact contact, se.rjl.patientfees.engine.inpatient.Stay stay,
        se.rjl.patientfees.engine.certificate.CertificateRequest certificate, se.rjl.patientfees.engine.copies.CopyRequest copies,
        se.rjl.patientfees.engine.aids.AidRequest aid, Expectation expect, Location location) {
      this(contact, stay, certificate, copies, aid, expect, location, null);
    }

    /** An outpatient contact. */
    public Step(Contact contact, Expectation expect, Location location) {
      this(contact, null, null, null, null, expect, location, null);
    }

    /** What the step is: contact, stay, certificate, copies, aid, or receipt, reverse, correct. */
    public String kind() {
      return contact != null ? "contact" : stay != null ? "stay" : certificate != null ? "certificate"
          : copies != null ? "copies" : ledger != null ? ledger.kind() : "aid";
    }

    /** The step's date: a contact's day, a stay's admission day, a request's date. */
    public java.time.LocalDate date() {
      return contact != null ? contact.at().toLocalDate()
          : stay != null ? stay.admissionDate()
          : certificate != null ? certificate.date()
          : copies != null ? copies.date()
          : ledger != null ? ledger.date()
          : aid.date();
    }
  }

  /**
   * A cap ledger event: a paper receipt from a region without eFrikort (L3247–L3252, L3271–L3274),
   * the reversal of a payment, or its correction to a new amount.
   *
   * @param kind {@code receipt}, {@code reverse} or {@code correct}
   * @param paymentId the receipt's id, or the payment (or card transaction) reversed or corrected
   * @param date the receipt's date; for a reversal of a card transaction the card did not list, its
   *     date (else null)
   * @param amountOre the receipt's amount, the corrected amount, or for such a reversal its amount (else null)
   */
  public record LedgerEvent(String kind, String paymentId, java.time.LocalDate date, Long amountOre) {}

  /**
   * Checks of the cap ledger after a step, in the registry's terms; null fields are not checked.
   *
   * @param registerOre the amount the contact registers in eFrikort ({@code RegisterTransaction}); -1: nothing
   * @param periodStart the card's (period's) first day afterwards
   * @param periodEnd its last day
   * @param sumOre what has counted in it ({@code currentAmount})
   * @param leftOre what is left to the limit ({@code amountToLimit})
   * @param frikortFrom the frikort date
   * @param newPeriod whether the step opened the period
   * @param refundOre what is owed back to the patient in all (decision E81)
   * @param refundFor the payments it is owed for
   */
  public record CapCheck(Long registerOre, java.time.LocalDate periodStart, java.time.LocalDate periodEnd, Long sumOre,
      Long leftOre, java.time.LocalDate frikortFrom, Boolean newPeriod, Long refundOre, List<String> refundFor) {}

  /**
   * A check of one day of a stay; null fields are not checked.
   *
   * @param dayNumber the day's number in its vårdtillfälle
   * @param reason the day's reason, kebab-case (charged, travel-day, leave-day, free-child-age, exempt,
   *     discharge-day)
   */
  public record DayCheck(java.time.LocalDate date, Integer dayNumber, Long amountOre, String reason, Integer episode,
      Location location) {}

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
   * @param netOre certificates: the amount without VAT ({@code vatOre}, {@code grossOre}, {@code payer}
   *     and {@code invoicedOre} likewise; {@code vatOre} also for copies)
   * @param paidDays stays: the number of paid days ({@code priceList} and {@code perDay} likewise)
   * @param refundRow contacts: the key of the row registered for a refund (code 600, waiting time)
   * @param grantOre aids: the grant ({@code feeOre}, {@code towardAidsCapOre}, {@code covered}, and
   *     {@code rowKey} and {@code frikort} likewise)
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
      Boolean frikort,
      Long netOre,
      Long vatOre,
      Long grossOre,
      String payer,
      Long invoicedOre,
      Integer paidDays,
      String priceList,
      List<DayCheck> perDay,
      Long grantOre,
      Long feeOre,
      Long towardAidsCapOre,
      Boolean covered,
      String refundRow,
      CapCheck cap) {

    public Expectation {
      rules = rules == null ? List.of() : List.copyOf(rules);
      perDay = perDay == null ? List.of() : List.copyOf(perDay);
    }

    /** An expectation without cap ledger checks. */
    public Expectation(Long payOre, String feeCode, String rowKey, Long towardCapOre, Long vaccineOre, List<String> rules,
        String errorField, String errorKind, Boolean frikort, Long netOre, Long vatOre, Long grossOre, String payer,
        Long invoicedOre, Integer paidDays, String priceList, List<DayCheck> perDay, Long grantOre, Long feeOre,
        Long towardAidsCapOre, Boolean covered, String refundRow) {
      this(payOre, feeCode, rowKey, towardCapOre, vaccineOre, rules, errorField, errorKind, frikort, netOre, vatOre, grossOre,
          payer, invoicedOre, paidDays, priceList, perDay, grantOre, feeOre, towardAidsCapOre, covered, refundRow, null);
    }

    /** An outpatient contact's expectation. */
    public Expectation(Long payOre, String feeCode, String rowKey, Long towardCapOre, Long vaccineOre, List<String> rules,
        String errorField, String errorKind, Boolean frikort) {
      this(payOre, feeCode, rowKey, towardCapOre, vaccineOre, rules, errorField, errorKind, frikort, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null);
    }
  }
}
