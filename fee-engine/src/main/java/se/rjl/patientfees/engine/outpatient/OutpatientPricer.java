package se.rjl.patientfees.engine.outpatient;

import java.time.LocalDate;
import se.rjl.patientfees.engine.Bounds;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.FeeTable;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.Situation;
import se.rjl.patientfees.engine.calendar.Ages;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.engine.result.FeeResult;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;

/**
 * Prices one outpatient contact: (rulebook, patient, contact) → fee, fee-code row, cap part and the
 * rules applied. Pure: no clock, no I/O, no default locale, no shared mutable state.
 *
 * <p>The rule families decide the contact's {@link Situation} (price list, care level, referral,
 * why it is free); the rulebook's fee-code table then gives the row and its amount, age limits
 * included. The cap ledger applies frikort afterwards.
 */
public final class OutpatientPricer {
  private OutpatientPricer() {}

  public static FeeResult price(CompiledRulebook book, Patient patient, Contact contact) {
    Rulebook rules = book.rulebook();
    LocalDate date = contact.at().toLocalDate();
    checkInput(book, patient, contact, date);
    Trace why = book.trace();

    int age = Ages.onBirthday(patient.birthDate(), date);
    int calendarAge = Ages.byCalendarYear(patient.birthDate(), date);
    why.add(Rule.AGE, age, calendarAge);

    Tariff tariff = TariffRule.of(patient, contact, why);
    Service service = serviceOf(contact);
    Level level = LevelRule.of(contact.careUnit(), service, contact.profession(), contact.at(),
        rules.outpatient().outOfHoursFrom(), book.workingDays(), why, contact.kind());
    se.rjl.patientfees.rules.model.Referral referral = ReferralRule.of(contact.referral(), level, why);

    if (contact.event() == Event.LATE_CANCELLED
        && !CancellationRule.isLate(contact, level, rules.missedVisits(), book.workingDays())) {
      why.add(Rule.CANCELLATION_IN_TIME);
      return new FeeResult(book.id(), null, 0, 0, 0, 0, false, 0, null, why);
    }
    if (contact.event() == Event.CANCELLED_BY_UNIT) {
      // Decisions R26 and E08: 613/615 only when the unit cancelled late; without a time the
      // cancellation is registered as late (the marker costs 0 kr either way).
      if (contact.cancelledAt() == null) {
        why.add(Rule.UNIT_CANCELLATION_TIME_NOT_GIVEN);
      } else if (CancellationRule.isLateByUnit(contact, level, rules.missedVisits(), book.workingDays())) {
        why.add(Rule.UNIT_CANCELLATION_LATE);
      } else {
        why.add(Rule.UNIT_CANCELLATION_IN_TIME);
        return new FeeResult(book.id(), null, 0, 0, 0, 0, false, 0, null, why);
      }
    }
    if (contact.event() == Event.LATE_CANCELLED) {
      why.add(Rule.CANCELLATION_LATE, Trace.flag(level == Level.SPECIALIST || contact.admission()));
    }
    Basis basis = BasisRule.of(book, contact, age, why);

    long vaccineOre = 0;
    if (service == Service.VACCINATION && basis != Basis.CHARGED && contact.event() == Event.ATTENDED) {
      // A vaccination free for a reason of its own (the child health programme, the asylum health
      // examination, smittskydd) is free with its vaccine (L5002-L5006, L5010-L5014).
      why.add(Rule.VACCINATION_FREE_REASON);
    } else if (service == Service.VACCINATION) {
      VaccinationPricing.Outcome v = VaccinationPricing.of(book, patient, contact.vaccination(), age, calendarAge, tariff, why);
      vaccineOre = v.vaccineOre();
      if (v.free()) {
        basis = Basis.FREE;
      }
    }

    Setting setting = settingOf(contact);
    FeeTable.Entry entry = book.feeTable().find(service, contact.event(), contact.profession(), level, tariff, basis,
        setting, referral, contact.urgency(), contact.interpreterNotCancelled(), age, calendarAge, date);
    if (entry == null) {
      Situation situation = new Situation(service, contact.event(), contact.profession(), level, tariff, basis,
          setting, referral, contact.urgency(), contact.interpreterNotCancelled(), age, calendarAge);
      throw new InvalidInputException("contact", "no-fee-code",
          "rulebook " + book.id() + " has no fee-code row for this contact (" + situation.describe() + ")");
    }
    FeeCodeRow row = entry.row();
    why.add(Rule.FEE_CODE, entry.rowIndex(), entry.amountOre(), Trace.flag(row.fullPrice()), Trace.flag(entry.countsTowardCap()));

    long fee = entry.amountOre();
    long interpreterOre = interpreterComponent(book, contact, basis, entry, why);
    long payable = fee + vaccineOre + interpreterOre;
    long toCap = entry.countsTowardCap() ? fee : 0;
    FeeCodeRow refundRow = null;
    Integer waited = contact.waitingMinutes();
    boolean longWait = waited != null && waited > rules.outpatient().waitingTimeRefundMinutes() && fee > 0
        && contact.urgency() == se.rjl.patientfees.rules.model.Urgency.PLANNED && contact.event() == Event.ATTENDED;
    if (longWait && contact.polyclinicProcedure()) {
      // "Detta gäller inte ... vid planerade polikliniska ingrepp och mottagning som huvudsakligen har
      // sådan verksamhet" (finding F6).
      why.add(Rule.WAITING_TIME_NO_REFUND_PROCEDURE, waited);
    } else if (longWait) {
      refundRow = book.refundRow();
      why.add(Rule.WAITING_TIME_REFUND, waited, fee);
      payable = vaccineOre;
      toCap = 0;
    }
    boolean salaryRefund = contact.regionEmployee() && EmployeeBenefit.explain(contact, service, why);
    return new FeeResult(book.id(), row, fee, vaccineOre, payable, toCap, entry.countsTowardCap(), 0, refundRow, why,
        interpreterOre, salaryRefund);
  }

  /**
   * The interpreter fee charged on top of a missed or late-cancelled booking's row when the row has
   * no interpreter variant (sampling, hälsovård, admissions, foreign patients: "any interpreter
   * charge is a separate component", decisions R01, R33): rows all of whose selectors say {@code
   * interpreter: true} are the interpreter variants and already include it. Not for free bookings (BHV, waived) or the unit's own cancellations.
   */
  private static long interpreterComponent(CompiledRulebook book, Contact c, Basis basis, FeeTable.Entry entry, Trace why) {
    if (!c.interpreterNotCancelled() || basis != Basis.CHARGED
        || (c.event() != Event.MISSED && c.event() != Event.LATE_CANCELLED)
        || entry.row().selectors().stream().allMatch(s -> s.interpreterMask() == 2)) {
      return 0;
    }
    var fee = book.rulebook().constant("interpreter-fee").orElseThrow(() -> new InvalidInputException("contact.interpreterNotCancelled",
        "no-fee-code", "rulebook " + book.id() + " has no constant interpreter-fee"));
    why.add(Rule.MISSED_INTERPRETER);
    return fee.amountOre();
  }

  private static void checkInput(CompiledRulebook book, Patient p, Contact c, LocalDate date) {
    if (!book.rulebook().info().isValidOn(date)) {
      throw new InvalidInputException("contact.at", "outside-validity",
          "the contact's date " + date + " is outside rulebook " + book.id() + " (" + book.rulebook().info().validFrom()
              + " – " + book.rulebook().info().validTo() + ")");
    }
    if (p.birthDate().isAfter(date)) {
      throw new InvalidInputException("patient.birthDate", "birth-date-after-contact",
          "the birth date " + p.birthDate() + " is after the contact's date " + date);
    }
    if (date.getYear() - p.birthDate().getYear() > 130) {
      throw new InvalidInputException("patient.birthDate", "implausible-age", "the patient would be over 130 years old");
    }
    TariffRule.checkConsistent(p);
    boolean needsProfession = switch (c.kind()) {
      case PHYSICAL_VISIT, HOME_VISIT, DAY_CARE, SHORT_TERM_HOUSING_VISIT, SHORT_TERM_HOUSING_HOME_VISIT,
          QUALIFIED_DISTANCE, VACCINATION -> true;
      default -> false;
    };
    if (needsProfession && c.profession() == null) {
      throw new InvalidInputException("contact.profession", "missing",
          "say whom the patient meets (doctor, treatment, psychologist): the fee-code rows differ");
    }
    if ((c.kind() == ContactKind.SHORT_TERM_HOUSING_VISIT || c.kind() == ContactKind.SHORT_TERM_HOUSING_HOME_VISIT)
        && c.profession() != Profession.DOCTOR) {
      throw new InvalidInputException("contact.profession", "contradictory", "short-term housing codes 160/170 are doctors' visits");
    }
    if (c.teamFollower() && c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.EYE_CARE) {
      throw new InvalidInputException("contact.teamFollower", "contradictory",
          "eye care is registered as separate visits, never as a team visit");
    }
    if ((c.kind() == ContactKind.VACCINATION) != (c.vaccination() != null)) {
      throw new InvalidInputException("contact.vaccination", c.vaccination() == null ? "missing" : "contradictory",
          c.vaccination() == null ? "a vaccination contact needs the vaccine and its price" : "a vaccine is only given for kind vaccination");
    }
    if (c.vaccination() != null) {
      Bounds.amount("contact.vaccination.price", c.vaccination().priceOre());
    }
    if (c.waitingMinutes() != null && c.waitingMinutes() < 0) {
      throw new InvalidInputException("contact.waitingMinutes", "out-of-range", "waiting time must not be negative");
    }
    if (c.cancelledAt() != null && c.event() != Event.LATE_CANCELLED && c.event() != Event.CANCELLED_BY_UNIT) {
      throw new InvalidInputException("contact.cancelledAt", "contradictory",
          "a cancellation time is only given for event late-cancelled or cancelled-by-unit");
    }
    if (c.missedFeeWaived() && c.event() != Event.MISSED && c.event() != Event.LATE_CANCELLED) {
      throw new InvalidInputException("contact.missedFeeWaived", "contradictory",
          "a waiver is only for a missed or late-cancelled booking");
    }
    if (c.afterLateUnitCancellation() && c.urgency() != se.rjl.patientfees.rules.model.Urgency.PLANNED) {
      throw new InvalidInputException("contact.afterLateUnitCancellation", "contradictory",
          "only the next planned visit is free after the unit cancelled late");
    }
    TariffRule.checkContactInputs(p, c);
    if (c.deliveryDate() != null && c.deliveryDate().isAfter(date)) {
      throw new InvalidInputException("contact.deliveryDate", "contradictory",
          "the delivery date " + c.deliveryDate() + " is after the contact's date " + date);
    }
    if (c.thirdPartyLiable() && !c.regionEmployee()) {
      throw new InvalidInputException("contact.thirdPartyLiable", "contradictory",
          "third-party liability only matters for the region employee benefit (regionEmployee)");
    }
    if (c.event() == Event.ATTENDED && (c.interpreterNotCancelled() || c.admission())) {
      throw new InvalidInputException(c.admission() ? "contact.admission" : "contact.interpreterNotCancelled", "contradictory",
          "only for missed or late-cancelled bookings");
    }
  }

  static Service serviceOf(Contact c) {
    if (c.admission()) {
      return Service.ADMISSION;
    }
    return switch (c.kind()) {
      case PHYSICAL_VISIT, HOME_VISIT, DAY_CARE, SHORT_TERM_HOUSING_VISIT, SHORT_TERM_HOUSING_HOME_VISIT -> Service.VISIT;
      case QUALIFIED_DISTANCE, NON_QUALIFIED_DISTANCE -> Service.DISTANCE;
      case INTERIM_SAMPLING -> Service.SAMPLING;
      case PRESCRIPTION_WITHOUT_VISIT -> Service.PRESCRIPTION;
      case SICK_NOTE_WITHOUT_VISIT -> Service.SICK_NOTE;
      case VACCINATION -> Service.VACCINATION;
      case HEALTH_CARE, SCREENING -> Service.HEALTH_CARE;
      case DIALYSIS -> Service.DIALYSIS;
      case FULL_COST_PROCEDURE -> Service.FULL_COST_PROCEDURE;
      case GOODS_SALE -> Service.GOODS;
    };
  }

  static Setting settingOf(Contact c) {
    return switch (c.kind()) {
      case HOME_VISIT -> Setting.HOME;
      case SHORT_TERM_HOUSING_VISIT -> Setting.SHORT_TERM_HOUSING_CLINIC;
      case SHORT_TERM_HOUSING_HOME_VISIT -> Setting.SHORT_TERM_HOUSING_HOME;
      default -> Setting.CLINIC;
    };
  }
}
