package se.rjl.patientfees.api;

import java.util.ArrayList;
import java.util.List;

/** The API's input types as the engine's: the one place the two meet. Stateless. */
final class EngineInputs {
  private EngineInputs() {}

  /** The constant of {@code to} with the same name, or null. */
  static <E extends Enum<E>> E same(Enum<?> value, Class<E> to) {
    return value == null ? null : Enum.valueOf(to, value.name());
  }

  static se.rjl.patientfees.engine.input.Patient patient(Patient p) {
    return new se.rjl.patientfees.engine.input.Patient(p.birthDate(),
        same(p.residence(), se.rjl.patientfees.engine.input.Residence.class), p.euCard(),
        same(p.conventionCountry(), se.rjl.patientfees.engine.input.ConventionCountry.class),
        same(p.swedeAbroadGroup(), se.rjl.patientfees.engine.input.SwedeAbroadGroup.class));
  }

  /** The contact; {@code field} names it in errors ({@code contact}, {@code contacts[2]}). */
  static se.rjl.patientfees.engine.input.Contact contact(Contact c, String field) {
    se.rjl.patientfees.engine.input.Referral referral = c.referral() == null ? null
        : new se.rjl.patientfees.engine.input.Referral(
            same(c.referral().source(), se.rjl.patientfees.engine.input.ReferralSource.class),
            c.referral().firstVisit(), c.referral().poolTraining());
    se.rjl.patientfees.engine.input.PriorVisit prior = c.priorVisit() == null ? null
        : new se.rjl.patientfees.engine.input.PriorVisit(c.priorVisit().at(), c.priorVisit().acute(),
            c.priorVisit().upperAirwayInfectionWithoutAntibiotics(), c.priorVisit().freeReturnUsed());
    se.rjl.patientfees.engine.input.Vaccination vaccination = c.vaccination() == null ? null
        : new se.rjl.patientfees.engine.input.Vaccination(c.vaccination().vaccine(),
            Amounts.toOreInput(c.vaccination().price(), field + ".vaccination.price"), c.vaccination().riskGroup());
    return se.rjl.patientfees.engine.input.Contact.builder(c.at(),
            same(c.careUnit(), se.rjl.patientfees.engine.input.CareUnit.class),
            same(c.kind(), se.rjl.patientfees.engine.input.ContactKind.class))
        .profession(same(c.profession(), se.rjl.patientfees.rules.model.Profession.class))
        .urgency(same(c.urgency(), se.rjl.patientfees.rules.model.Urgency.class))
        .referral(referral)
        .freeReason(c.freeReason())
        .teamFollower(c.teamFollower())
        .priorVisit(prior)
        .waitingMinutes(c.waitingMinutes())
        .vaccination(vaccination)
        .event(same(c.event(), se.rjl.patientfees.rules.model.Event.class))
        .cancelledAt(c.cancelledAt())
        .interpreterNotCancelled(c.interpreterNotCancelled())
        .childHealthProgramme(c.childHealthProgramme())
        .admission(c.admission())
        .missedFeeWaived(c.missedFeeWaived())
        .afterLateUnitCancellation(c.afterLateUnitCancellation())
        .necessaryCare(c.necessaryCare())
        .deliveryCare(c.deliveryCare())
        .deliveryDate(c.deliveryDate())
        .polyclinicProcedure(c.polyclinicProcedure())
        .regionEmployee(c.regionEmployee())
        .thirdPartyLiable(c.thirdPartyLiable())
        .build();
  }

  static se.rjl.patientfees.engine.inpatient.Stay stay(Stay s) {
    List<se.rjl.patientfees.engine.inpatient.Leave> leaves = new ArrayList<>(s.leaves().size());
    for (Leave l : s.leaves()) {
      leaves.add(l == null ? null : new se.rjl.patientfees.engine.inpatient.Leave(l.from(), l.to()));
    }
    return new se.rjl.patientfees.engine.inpatient.Stay(s.admissionDate(), s.dischargeDate(), s.transfers(), leaves,
        s.exemption(), same(s.urgency(), se.rjl.patientfees.rules.model.Urgency.class), s.deliveryCare(), s.exemptFrom(),
        s.exemptTo());
  }

  static se.rjl.patientfees.engine.certificate.CertificateRequest certificate(CertificateRequest r) {
    return new se.rjl.patientfees.engine.certificate.CertificateRequest(r.key(), r.date(), r.hours(),
        same(r.visit(), se.rjl.patientfees.engine.certificate.CertificateRequest.Visit.class),
        same(r.payer(), se.rjl.patientfees.rules.model.CertificateTariff.Payer.class), r.nationalTariffDoctor());
  }

  static se.rjl.patientfees.engine.copies.CopyRequest copies(CopyRequest r) {
    return new se.rjl.patientfees.engine.copies.CopyRequest(r.date(), r.pages(), r.cds(), r.videos(), r.ultrasoundImages(),
        r.recipient());
  }

  static se.rjl.patientfees.engine.aids.AidRequest aid(AidRequest r) {
    Long price = r.price() == null ? null : Amounts.toOreInput(r.price(), "aid.price");
    long granted = r.grantedInPeriod() == null ? 0 : Amounts.toOreInput(r.grantedInPeriod(), "aid.grantedInPeriod");
    return se.rjl.patientfees.engine.aids.AidRequest.builder(r.key(), r.date())
        .priceOre(price)
        .kcal(r.kcal())
        .wheelInches(r.wheelInches())
        .months(r.months())
        .quantity(r.quantity())
        .bilateral(r.bilateral())
        .conditions(r.conditions())
        .usedInPeriod(r.usedInPeriod())
        .grantedInPeriodOre(granted)
        .prescribedOn(r.prescribedOn())
        .build();
  }

  static se.rjl.patientfees.engine.other.OtherChargeRequest otherCharge(OtherChargeRequest r) {
    OtherChargeRequest.CancelledOperation o = r.operation();
    return new se.rjl.patientfees.engine.other.OtherChargeRequest(r.key(), r.date(), r.quantity(), o == null ? null
        : new se.rjl.patientfees.engine.other.OtherChargeRequest.CancelledOperation(o.plannedStart(), o.informedAt(),
            o.performedInRegion(), o.operatingDepartment(), o.exclusions()));
  }
}
