package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.engine.aids.AidRequest;
import se.rjl.patientfees.engine.certificate.CertificateRequest;
import se.rjl.patientfees.engine.copies.CopyRequest;
import se.rjl.patientfees.engine.inpatient.Leave;
import se.rjl.patientfees.engine.inpatient.Stay;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapEntry;
import se.rjl.patientfees.engine.ledger.CapState;

/**
 * The JSON contract for stays, certificates, copies and aids: request → engine input (every missing
 * or malformed field named at once, 400) → {@link PatientFees} (its refusals are 422) → response.
 */
final class OtherFeesContract {
  /** The most transfers, leaves or conditions one request may list. */
  static final int MAX_ITEMS = 1000;

  private OtherFeesContract() {}

  static StayFeeJson priceStay(PatientFees fees, InpatientRequest r) {
    JsonContract.Errors errors = new JsonContract.Errors();
    JsonContract.checkPatient(r.patient(), errors);
    InpatientRequest.StayJson s = r.stay();
    if (s == null) {
      errors.add("stay", "missing", "give the stay (admissionDate and dischargeDate)");
      errors.throwIfAny();
      return null;
    }
    if (s.admissionDate() == null) {
      errors.add("stay.admissionDate", "missing", "give the admission date, YYYY-MM-DD");
    }
    if (s.dischargeDate() == null) {
      errors.add("stay.dischargeDate", "missing", "give the discharge date, YYYY-MM-DD");
    }
    List<LocalDate> transfers = s.transfers() == null ? List.of() : s.transfers();
    if (transfers.size() > MAX_ITEMS) {
      errors.add("stay.transfers", "too-many", "at most " + MAX_ITEMS + " transfers, not " + transfers.size());
    } else {
      for (int i = 0; i < transfers.size(); i++) {
        if (transfers.get(i) == null) {
          errors.add("stay.transfers[" + i + "]", "missing", "a transfer is a date, YYYY-MM-DD");
        }
      }
    }
    List<Leave> leaves = new ArrayList<>();
    List<InpatientRequest.LeaveJson> given = s.leaves() == null ? List.of() : s.leaves();
    if (given.size() > MAX_ITEMS) {
      errors.add("stay.leaves", "too-many", "at most " + MAX_ITEMS + " leaves, not " + given.size());
    } else {
      for (int i = 0; i < given.size(); i++) {
        InpatientRequest.LeaveJson l = given.get(i);
        String at = "stay.leaves[" + i + "]";
        if (l == null) {
          errors.add(at, "missing", "a leave is {\"from\": ..., \"to\": ...}");
          continue;
        }
        if (l.from() == null) {
          errors.add(at + ".from", "missing", "give when the patient left, YYYY-MM-DDTHH:MM");
        }
        if (l.to() == null) {
          errors.add(at + ".to", "missing", "give when the patient came back, YYYY-MM-DDTHH:MM");
        }
        leaves.add(new Leave(l.from(), l.to()));
      }
    }
    errors.throwIfAny();
    Stay stay = new Stay(s.admissionDate(), s.dischargeDate(), transfers, leaves, s.exemption(), s.urgency(),
        Boolean.TRUE.equals(s.deliveryCare()), s.exemptFrom(), s.exemptTo());
    try {
      Patient patient = JsonContract.toPatient(r.patient(), s.admissionDate());
      return StayFeeJson.of(fees.priceStay(patient, stay));
    } catch (FeeInputException e) {
      throw JsonContract.invalidInput(e);
    }
  }

  static CertificateFeeJson priceCertificate(PatientFees fees, CertificatePriceRequest r) {
    JsonContract.Errors errors = new JsonContract.Errors();
    CertificatePriceRequest.CertificateJson c = r.certificate();
    if (c == null) {
      errors.add("certificate", "missing", "give the certificate (key and date)");
    } else {
      if (c.key() == null || c.key().isBlank()) {
        errors.add("certificate.key", "missing", "give the certificate's rulebook key, e.g. tariff-a");
      }
      if (c.date() == null) {
        errors.add("certificate.date", "missing", "give the day the certificate is issued, YYYY-MM-DD");
      }
    }
    errors.throwIfAny();
    CertificateRequest req = new CertificateRequest(c.key(), c.date(), c.hours(),
        c.visit() == null ? CertificateRequest.Visit.NONE : c.visit(), c.payer(), Boolean.TRUE.equals(c.nationalTariffDoctor()));
    try {
      return CertificateFeeJson.of(fees.priceCertificate(req));
    } catch (FeeInputException e) {
      throw JsonContract.invalidInput(e);
    }
  }

  static OtherChargeFeeJson priceOtherCharge(PatientFees fees, OtherChargePriceRequest r) {
    JsonContract.Errors errors = new JsonContract.Errors();
    if (r.patient() != null) {
      JsonContract.checkPatient(r.patient(), errors);
    }
    OtherChargePriceRequest.ChargeJson c = r.charge();
    if (c == null) {
      errors.add("charge", "missing", "give the charge (key and date)");
    } else {
      if (c.key() == null || c.key().isBlank()) {
        errors.add("charge.key", "missing", "give the charge's rulebook key, e.g. blood-grouping");
      }
      if (c.date() == null) {
        errors.add("charge.date", "missing", "give the day of the charge, YYYY-MM-DD");
      }
      if (c.operation() != null) {
        if (c.operation().plannedStart() == null) {
          errors.add("charge.operation.plannedStart", "missing", "give when the operation should have started, YYYY-MM-DDTHH:MM");
        }
        if (c.operation().informedAt() == null) {
          errors.add("charge.operation.informedAt", "missing", "give when the patient was told, YYYY-MM-DDTHH:MM");
        }
        if (c.operation().exclusions() != null && c.operation().exclusions().size() > MAX_ITEMS) {
          errors.add("charge.operation.exclusions", "too-many", "at most " + MAX_ITEMS + " exclusions");
        }
      }
    }
    errors.throwIfAny();
    var op = c.operation() == null ? null : new se.rjl.patientfees.engine.other.OtherChargeRequest.CancelledOperation(
        c.operation().plannedStart(), c.operation().informedAt(), c.operation().performedInRegion(),
        c.operation().operatingDepartment(), c.operation().exclusions());
    var req = new se.rjl.patientfees.engine.other.OtherChargeRequest(c.key(), c.date(), c.quantity(), op);
    try {
      Patient patient = r.patient() == null ? null : JsonContract.toPatient(r.patient(), c.date());
      return OtherChargeFeeJson.of(fees.priceOtherCharge(patient, req));
    } catch (FeeInputException e) {
      throw JsonContract.invalidInput(e);
    }
  }

  static CopyFeeJson priceCopies(PatientFees fees, CopiesRequest r) {
    JsonContract.Errors errors = new JsonContract.Errors();
    CopiesRequest.CopiesJson c = r.copies();
    if (c == null) {
      errors.add("copies", "missing", "give the copy request (date and counts)");
    } else if (c.date() == null) {
      errors.add("copies.date", "missing", "give the day of the request, YYYY-MM-DD");
    }
    errors.throwIfAny();
    CopyRequest req = new CopyRequest(c.date(), count(c.pages()), count(c.cds()), count(c.videos()), count(c.ultrasoundImages()),
        c.recipient());
    try {
      return CopyFeeJson.of(fees.priceCopies(req));
    } catch (FeeInputException e) {
      throw JsonContract.invalidInput(e);
    }
  }

  static AidFeeJson priceAid(PatientFees fees, AidPriceRequest r) {
    JsonContract.Errors errors = new JsonContract.Errors();
    JsonContract.checkPatient(r.patient(), errors);
    AidPriceRequest.AidJson a = r.aid();
    Long price = null;
    long granted = 0;
    List<String> conditions = List.of();
    if (a == null) {
      errors.add("aid", "missing", "give the aid (key and date)");
    } else {
      if (a.key() == null || a.key().isBlank()) {
        errors.add("aid.key", "missing", "give the aids row or product key, e.g. cpap or glasses");
      }
      if (a.date() == null) {
        errors.add("aid.date", "missing", "give the prescription or withdrawal date, YYYY-MM-DD");
      }
      if (a.price() != null) {
        price = JsonContract.ore(a.price(), "aid.price", errors);
      }
      if (a.grantedInPeriod() != null) {
        Long g = JsonContract.ore(a.grantedInPeriod(), "aid.grantedInPeriod", errors);
        granted = g == null ? 0 : g;
      }
      if (a.conditions() != null) {
        if (a.conditions().size() > MAX_ITEMS) {
          errors.add("aid.conditions", "too-many", "at most " + MAX_ITEMS + " conditions, not " + a.conditions().size());
        } else {
          for (int i = 0; i < a.conditions().size(); i++) {
            String cond = a.conditions().get(i);
            if (cond == null || cond.isBlank()) {
              errors.add("aid.conditions[" + i + "]", "missing", "a condition is a non-empty string, e.g. celiac-disease-verified");
            }
          }
          conditions = a.conditions();
        }
      }
    }
    CapState state = JsonContract.toCapState(r.aidsCap(), "aidsCap", errors);
    if (r.paymentId() != null && r.paymentId().isBlank()) {
      errors.add("paymentId", "invalid", "a payment id must not be blank");
    }
    errors.throwIfAny();
    String paymentId = r.paymentId();
    if (paymentId == null) {
      paymentId = a.date() + "/" + a.key();
      String id = paymentId;
      if (state.entries().stream().map(CapEntry::paymentId).anyMatch(e -> e.equals(id) || e.startsWith(id + "-m"))) {
        throw JsonContract.invalidInput(new FeeInputException("paymentId", "duplicate-payment-id",
            "the default payment id '" + paymentId + "' is already in the aids cap state: give an explicit paymentId"));
      }
    }
    AidRequest req = AidRequest.builder(a.key(), a.date())
        .priceOre(price)
        .kcal(a.kcal())
        .wheelInches(a.wheelInches())
        .months(a.months())
        .quantity(a.quantity())
        .bilateral(Boolean.TRUE.equals(a.bilateral()))
        .conditions(conditions)
        .usedInPeriod(a.usedInPeriod() == null ? 0 : a.usedInPeriod())
        .grantedInPeriodOre(granted)
        .prescribedOn(a.prescribedOn())
        .build();
    try {
      Patient patient = JsonContract.toPatient(r.patient(), a.date());
      return AidFeeJson.of(fees.priceAid(patient, req, state, paymentId));
    } catch (FeeInputException e) {
      throw JsonContract.invalidInput(e);
    }
  }

  private static int count(Integer n) {
    return n == null ? 0 : n;
  }
}
