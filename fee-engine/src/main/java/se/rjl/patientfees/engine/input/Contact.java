package se.rjl.patientfees.engine.input;

import java.time.LocalDateTime;
import java.util.Objects;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * One outpatient contact, booked or held. Times are Stockholm local times (DEVELOPERS.md D3). Make
 * one with {@link #builder}.
 *
 * @param at when the contact starts (or was booked to start)
 * @param freeReason a key of the rulebook's {@code freeReasons} (smittskydd, palliative home visit,
 *     kvinnohälsovård, ...), or null
 * @param teamFollower a team visit where this caregiver is not the one who coordinates (L4463–L4479)
 * @param priorVisit an earlier visit for the same illness, for the return-visit rules, or null
 * @param waitingMinutes how long the patient waited past the booked time, or null
 * @param vaccination the vaccine, for {@link ContactKind#VACCINATION}, else null
 * @param event attended, missed or cancelled (missed-visit rules)
 * @param cancelledAt when the patient cancelled, for {@link Event#LATE_CANCELLED}, else null
 * @param interpreterNotCancelled an interpreter was booked and could not be cancelled (310 kr)
 * @param childHealthProgramme the visit is in the child health programme (BHV): its missed visits are
 *     free (L4352–L4354)
 * @param admission a booked inpatient stay or operation (missed and late-cancelled bookings: 612, 616)
 * @param missedFeeWaived for a missed or late-cancelled booking: the clinic or verksamhetschef waived
 *     the fee (L4358–L4359, L4376–L4377), or the care side caused it (L4382–L4383); the free rows
 *     (611/614 "avgiftsfritt", 617, 610 "Utebliven distanskontakt, avgiftsfritt") are used (decision E09)
 * @param afterLateUnitCancellation a planned visit for the same illness after the care unit cancelled
 *     the previous booking late (613/615): it is free (L4390–L4397, decision E08)
 * @param necessaryCare for EU/EES and UK card holders: planned care that is necessary during the stay
 *     ("akut- och nödvändig vård"), priced as acute care; planned care without it is full price
 *     (decision E51)
 * @param deliveryCare the contact is part of delivery care (the Israeli convention covers only that,
 *     decision R28)
 * @param deliveryDate the delivery date, for the birth-injury free reason's weeks (decision R36), else null
 * @param polyclinicProcedure a planned polyclinic procedure, or a unit that mainly does them: no
 *     waiting-time refund
 * @param regionEmployee the patient is employed by the region: the fee paid for care is refunded
 *     with the salary (decision E54)
 * @param thirdPartyLiable an insurer or other outsider is liable (e.g. an occupational injury): no
 *     employee refund (decision E54)
 */
public record Contact(
    LocalDateTime at,
    CareUnit careUnit,
    ContactKind kind,
    Profession profession,
    Urgency urgency,
    Referral referral,
    String freeReason,
    boolean teamFollower,
    PriorVisit priorVisit,
    Integer waitingMinutes,
    Vaccination vaccination,
    Event event,
    LocalDateTime cancelledAt,
    boolean interpreterNotCancelled,
    boolean childHealthProgramme,
    boolean admission,
    boolean missedFeeWaived,
    boolean afterLateUnitCancellation,
    boolean necessaryCare,
    boolean deliveryCare,
    java.time.LocalDate deliveryDate,
    boolean polyclinicProcedure,
    boolean regionEmployee,
    boolean thirdPartyLiable) {

  public Contact {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(careUnit, "careUnit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(event, "event");
  }

  /** A contact without the inputs added for the December 2026 fidelity review. */
  public Contact(LocalDateTime at, CareUnit careUnit, ContactKind kind, Profession profession, Urgency urgency,
      Referral referral, String freeReason, boolean teamFollower, PriorVisit priorVisit, Integer waitingMinutes,
      Vaccination vaccination, Event event, LocalDateTime cancelledAt, boolean interpreterNotCancelled,
      boolean childHealthProgramme, boolean admission, boolean missedFeeWaived, boolean afterLateUnitCancellation) {
    this(at, careUnit, kind, profession, urgency, referral, freeReason, teamFollower, priorVisit, waitingMinutes,
        vaccination, event, cancelledAt, interpreterNotCancelled, childHealthProgramme, admission, missedFeeWaived,
        afterLateUnitCancellation, false, false, null, false, false, false);
  }

  /** A contact without the missed-fee waiver and the free visit after a late unit cancellation. */
  public Contact(LocalDateTime at, CareUnit careUnit, ContactKind kind, Profession profession, Urgency urgency,
      Referral referral, String freeReason, boolean teamFollower, PriorVisit priorVisit, Integer waitingMinutes,
      Vaccination vaccination, Event event, LocalDateTime cancelledAt, boolean interpreterNotCancelled,
      boolean childHealthProgramme, boolean admission) {
    this(at, careUnit, kind, profession, urgency, referral, freeReason, teamFollower, priorVisit, waitingMinutes,
        vaccination, event, cancelledAt, interpreterNotCancelled, childHealthProgramme, admission, false, false);
  }

  public static Builder builder(LocalDateTime at, CareUnit careUnit, ContactKind kind) {
    return new Builder(at, careUnit, kind);
  }

  public Builder toBuilder() {
    Builder b = new Builder(at, careUnit, kind);
    b.profession = profession;
    b.urgency = urgency;
    b.referral = referral;
    b.freeReason = freeReason;
    b.teamFollower = teamFollower;
    b.priorVisit = priorVisit;
    b.waitingMinutes = waitingMinutes;
    b.vaccination = vaccination;
    b.event = event;
    b.cancelledAt = cancelledAt;
    b.interpreterNotCancelled = interpreterNotCancelled;
    b.childHealthProgramme = childHealthProgramme;
    b.admission = admission;
    b.missedFeeWaived = missedFeeWaived;
    b.afterLateUnitCancellation = afterLateUnitCancellation;
    b.necessaryCare = necessaryCare;
    b.deliveryCare = deliveryCare;
    b.deliveryDate = deliveryDate;
    b.polyclinicProcedure = polyclinicProcedure;
    b.regionEmployee = regionEmployee;
    b.thirdPartyLiable = thirdPartyLiable;
    return b;
  }

  /** Builds a {@link Contact}; everything but time, unit and kind is optional (planned, attended). */
  public static final class Builder {
    private LocalDateTime at;
    private CareUnit careUnit;
    private ContactKind kind;
    private Profession profession;
    private Urgency urgency = Urgency.PLANNED;
    private Referral referral;
    private String freeReason;
    private boolean teamFollower;
    private PriorVisit priorVisit;
    private Integer waitingMinutes;
    private Vaccination vaccination;
    private Event event = Event.ATTENDED;
    private LocalDateTime cancelledAt;
    private boolean interpreterNotCancelled;
    private boolean childHealthProgramme;
    private boolean admission;
    private boolean missedFeeWaived;
    private boolean afterLateUnitCancellation;
    private boolean necessaryCare;
    private boolean deliveryCare;
    private java.time.LocalDate deliveryDate;
    private boolean polyclinicProcedure;
    private boolean regionEmployee;
    private boolean thirdPartyLiable;

    private Builder(LocalDateTime at, CareUnit careUnit, ContactKind kind) {
      this.at = at;
      this.careUnit = careUnit;
      this.kind = kind;
    }

    public Builder at(LocalDateTime v) {
      at = v;
      return this;
    }

    public Builder careUnit(CareUnit v) {
      careUnit = v;
      return this;
    }

    public Builder kind(ContactKind v) {
      kind = v;
      return this;
    }

    public Builder profession(Profession v) {
      profession = v;
      return this;
    }

    public Builder urgency(Urgency v) {
      urgency = v;
      return this;
    }

    public Builder acute() {
      return urgency(Urgency.ACUTE);
    }

    public Builder referral(Referral v) {
      referral = v;
      return this;
    }

    public Builder referral(ReferralSource source, boolean firstVisit) {
      return referral(new Referral(source, firstVisit));
    }

    public Builder freeReason(String v) {
      freeReason = v;
      return this;
    }

    public Builder teamFollower(boolean v) {
      teamFollower = v;
      return this;
    }

    public Builder priorVisit(PriorVisit v) {
      priorVisit = v;
      return this;
    }

    public Builder waitingMinutes(Integer v) {
      waitingMinutes = v;
      return this;
    }

    public Builder vaccination(Vaccination v) {
      vaccination = v;
      return this;
    }

    public Builder event(Event v) {
      event = v;
      return this;
    }

    public Builder cancelledAt(LocalDateTime v) {
      cancelledAt = v;
      return this;
    }

    public Builder interpreterNotCancelled(boolean v) {
      interpreterNotCancelled = v;
      return this;
    }

    public Builder childHealthProgramme(boolean v) {
      childHealthProgramme = v;
      return this;
    }

    public Builder admission(boolean v) {
      admission = v;
      return this;
    }

    public Builder missedFeeWaived(boolean v) {
      missedFeeWaived = v;
      return this;
    }

    public Builder afterLateUnitCancellation(boolean v) {
      afterLateUnitCancellation = v;
      return this;
    }

    public Builder necessaryCare(boolean v) {
      necessaryCare = v;
      return this;
    }

    public Builder deliveryCare(boolean v) {
      deliveryCare = v;
      return this;
    }

    public Builder deliveryDate(java.time.LocalDate v) {
      deliveryDate = v;
      return this;
    }

    public Builder polyclinicProcedure(boolean v) {
      polyclinicProcedure = v;
      return this;
    }

    public Builder regionEmployee(boolean v) {
      regionEmployee = v;
      return this;
    }

    public Builder thirdPartyLiable(boolean v) {
      thirdPartyLiable = v;
      return this;
    }

    public Contact build() {
      return new Contact(at, careUnit, kind, profession, urgency, referral, freeReason, teamFollower,
          priorVisit, waitingMinutes, vaccination, event, cancelledAt, interpreterNotCancelled,
          childHealthProgramme, admission, missedFeeWaived, afterLateUnitCancellation, necessaryCare, deliveryCare,
          deliveryDate, polyclinicProcedure, regionEmployee, thirdPartyLiable);
    }
  }
}
