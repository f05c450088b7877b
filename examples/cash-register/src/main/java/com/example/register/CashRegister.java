package com.example.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.CappedFee;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.FrikortCard;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.Profession;
import se.rjl.patientfees.api.RegistryUpdate;

/**
 * A cash register as a vendor would write it: prices a patient's first and second visit with the
 * library (one package to import), keeps the cap state between them, prices a visit against a
 * patient's eFrikort card and reports the payment back, logs through its own SLF4J
 * binding (logback), and shows a bad input's field and kind.
 */
public final class CashRegister {
  private static final Logger LOG = LoggerFactory.getLogger(CashRegister.class);

  private CashRegister() {}

  public static void main(String[] args) {
    PatientFees fees = PatientFees.bundled();
    LOG.info("register open with rulebooks {}", fees.rulebooks().stream().map(r -> r.id()).toList());
    Patient patient = Patient.countyResident(LocalDate.of(1980, 5, 1));

    Contact first = Contact.builder(LocalDateTime.of(2026, 3, 10, 10, 0), CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR).build();
    CappedFee paid = fees.priceContact(patient, first, CapState.EMPTY, "kvitto-1");
    LOG.info("kvitto-1: pay {} kr, code {}, {} kr left to frikort", Amounts.toPlainString(paid.pay()),
        paid.fee().feeCode().code(), Amounts.toPlainString(paid.cap().remaining()));

    // The second visit, priced against the state the register kept from the first.
    Contact second = Contact.builder(LocalDateTime.of(2026, 4, 2, 14, 30), CareUnit.SPECIALIST_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR).build();
    CappedFee again = fees.priceContact(patient, second, paid.state(), "kvitto-2");
    LOG.info("kvitto-2: pay {} kr, {} kr counted in the period, {} kr left to frikort", Amounts.toPlainString(again.pay()),
        Amounts.toPlainString(again.cap().sumInPeriod()), Amounts.toPlainString(again.cap().remaining()));

    // Another patient: the register knows only her eFrikort card (opened last year, 1 300 kr paid),
    // not her earlier payments. The visit is priced against the card and reported back.
    FrikortCard card = FrikortCard.summary(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 11, 19),
        Amounts.ofOre(1300_00), Amounts.ofOre(150_00), FrikortCard.Status.BELOW_LIMIT);
    Patient known = Patient.countyResident(LocalDate.of(1975, 9, 12));
    CappedFee withCard = fees.priceContact(known, first, fees.capState(card), "kvitto-3");
    LOG.info("kvitto-3: pay {} kr, frikort {}, card now {} kr of {} kr", Amounts.toPlainString(withCard.pay()),
        withCard.frikortApplied() ? "reached" : "not reached", Amounts.toPlainString(withCard.card().currentAmount()),
        Amounts.toPlainString(fees.capStatus(withCard.state(), first.at().toLocalDate()).cap()));
    for (RegistryUpdate u : withCard.register()) {
      LOG.info("report to eFrikort: {} {} {} kr", u.kind(), u.transactionId(), Amounts.toPlainString(u.amount()));
    }

    try {
      fees.priceContact(Patient.countyResident(LocalDate.of(2030, 1, 1)), first);
    } catch (FeeInputException e) {
      LOG.warn("refused: {} [{}]: {}", e.field(), e.kind().code(), e.detail());
    }
    LOG.info("register closed");
  }
}
