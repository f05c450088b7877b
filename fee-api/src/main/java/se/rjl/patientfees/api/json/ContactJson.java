package se.rjl.patientfees.api.json;

import java.time.LocalDateTime;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * One contact in a request. {@code at}, {@code careUnit} and {@code kind} are required; the rest
 * is optional (planned, attended, no referral). Times are Stockholm local times without an offset.
 *
 * <pre>{@code
 * {"at": "2026-03-10T10:00", "careUnit": "primary-care", "kind": "physical-visit", "profession": "doctor"}
 * }</pre>
 *
 * @param paymentId batch requests only: the payment's id in the cap ledger (default: the start time)
 * @param missedFeeWaived a missed or late-cancelled booking whose fee the clinic waived, or that the
 *     care side caused: the free rows are used
 * @param afterLateUnitCancellation a planned visit after the care unit cancelled the previous booking
 *     late: free
 * @param necessaryCare EU/EES and UK card holders: planned care that is necessary during the stay
 *     (decision E51)
 * @param deliveryCare part of delivery care (Israeli convention patients, decision R28)
 * @param deliveryDate the delivery date, for the birth-injury free reason (decision R36)
 * @param polyclinicProcedure a planned polyclinic procedure: no waiting-time refund
 * @param regionEmployee the patient is a region employee (decision E54)
 * @param thirdPartyLiable an insurer or other outsider is liable (decision E54)
 */
public record ContactJson(
    String paymentId,
    LocalDateTime at,
    CareUnit careUnit,
    ContactKind kind,
    Profession profession,
    Urgency urgency,
    ReferralJson referral,
    String freeReason,
    Boolean teamFollower,
    PriorVisitJson priorVisit,
    Integer waitingMinutes,
    VaccinationJson vaccination,
    Event event,
    LocalDateTime cancelledAt,
    Boolean interpreterNotCancelled,
    Boolean childHealthProgramme,
    Boolean admission,
    Boolean missedFeeWaived,
    Boolean afterLateUnitCancellation,
    Boolean necessaryCare,
    Boolean deliveryCare,
    java.time.LocalDate deliveryDate,
    Boolean polyclinicProcedure,
    Boolean regionEmployee,
    Boolean thirdPartyLiable) {

  /**
   * The referral a contact is made on: who referred, and whether this is the first visit on it.
   *
   * <pre>{@code
   * {"source": "primary-care", "firstVisit": true}   (poolTraining: a pool-training referral, L4444–L4446)
   * }</pre>
   */
  public record ReferralJson(se.rjl.patientfees.engine.input.ReferralSource source, Boolean firstVisit, Boolean poolTraining) {}

  /**
   * An earlier visit for the same illness, for the return-visit rules.
   *
   * <pre>{@code
   * {"at": "2026-03-09T22:30", "acute": true}
   * }</pre>
   */
  public record PriorVisitJson(LocalDateTime at, Boolean acute, Boolean upperAirwayInfectionWithoutAntibiotics, Boolean freeReturnUsed) {}

  /**
   * The vaccine given, its price (added to the fee; required) and whether the patient is in a risk group.
   *
   * <pre>{@code
   * {"vaccine": "influenza", "price": {"amount": "312.50", "currency": "SEK"}, "riskGroup": false}
   * }</pre>
   */
  public record VaccinationJson(String vaccine, MoneyJson price, Boolean riskGroup) {}
}
