package se.rjl.patientfees.finance.reprice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactField;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.PriorVisit;
import se.rjl.patientfees.engine.input.Referral;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.engine.input.Vaccination;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * Turns a row's values into the engine's {@link Patient} and {@link Contact} through the one contact
 * schema ({@link ContactField}): the same grammar, bounds and words as the JSON contract, so that a
 * row is refused for what {@code price} refuses, and the reject says it alike. Not thread-safe (it
 * remembers the last patient to share it between a patient's rows).
 */
final class RowParser {
  /** A parsed row. */
  record Visit(long line, String patientId, Patient patient, Contact contact) {}

  private Patient lastPatient;

  Visit parse(RowValues row, String patientId) throws RowProblem {
    RowProblem syntax = row.syntaxProblem();
    if (syntax != null) {
      throw syntax;
    }
    if (patientId.isEmpty()) {
      throw new RowProblem(Column.PATIENT_ID.header(), "missing", "give the patient's id in the file");
    }
    try {
      char dec = row.decimalSeparator();
      LocalDate birth = required(row, Column.BIRTH_DATE).date(row.value(Column.BIRTH_DATE));
      Residence residence = (Residence) choice(row, Column.RESIDENCE);
      boolean euCard = bool(row, Column.EU_CARD);
      ConventionCountry country = (ConventionCountry) choice(row, Column.CONVENTION_COUNTRY);
      SwedeAbroadGroup abroad = (SwedeAbroadGroup) choice(row, Column.SWEDE_ABROAD_GROUP);
      Patient p = lastPatient;
      if (p == null || !p.birthDate().equals(birth) || p.residence() != residence || p.euCard() != euCard
          || p.conventionCountry() != country || p.swedeAbroadGroup() != abroad) {
        p = new Patient(birth, residence, euCard, country, abroad);
        lastPatient = p;
      }

      LocalDateTime at = required(row, Column.AT).dateTime(row.value(Column.AT));
      CareUnit unit = (CareUnit) choice(row, Column.CARE_UNIT);
      ContactKind kind = (ContactKind) choice(row, Column.KIND);
      if (unit == null) {
        throw ContactField.CARE_UNIT.missing();
      }
      if (kind == null) {
        throw ContactField.KIND.missing();
      }
      Contact.Builder b = Contact.builder(at, unit, kind).profession((Profession) choice(row, Column.PROFESSION));
      Urgency urgency = (Urgency) choice(row, Column.URGENCY);
      if (urgency != null) {
        b.urgency(urgency);
      }
      ReferralSource source = (ReferralSource) choice(row, Column.REFERRAL_SOURCE);
      boolean first = bool(row, Column.REFERRAL_FIRST_VISIT);
      boolean pool = bool(row, Column.REFERRAL_POOL_TRAINING);
      if (source != null) {
        b.referral(new Referral(source, first, pool));
      } else if (first || pool) {
        throw ContactField.REFERRAL_SOURCE.missing();
      }
      CharSequence free = row.value(Column.FREE_REASON);
      if (free != null) {
        b.freeReason(free.toString());
      }
      Event event = (Event) choice(row, Column.EVENT);
      if (event != null) {
        b.event(event);
      }
      CharSequence cancelled = row.value(Column.CANCELLED_AT);
      if (cancelled != null) {
        b.cancelledAt(ContactField.CANCELLED_AT.dateTime(cancelled));
      }
      b.interpreterNotCancelled(bool(row, Column.INTERPRETER_NOT_CANCELLED))
          .childHealthProgramme(bool(row, Column.CHILD_HEALTH_PROGRAMME))
          .admission(bool(row, Column.ADMISSION))
          .teamFollower(bool(row, Column.TEAM_FOLLOWER))
          .missedFeeWaived(bool(row, Column.MISSED_FEE_WAIVED))
          .afterLateUnitCancellation(bool(row, Column.AFTER_LATE_UNIT_CANCELLATION));
      CharSequence wait = row.value(Column.WAITING_MINUTES);
      if (wait != null) {
        b.waitingMinutes(ContactField.WAITING_MINUTES.wholeNumber(wait));
      }
      CharSequence vaccine = row.value(Column.VACCINE);
      CharSequence price = row.value(Column.VACCINE_PRICE);
      boolean risk = bool(row, Column.RISK_GROUP);
      if (vaccine != null) {
        if (price == null) {
          throw ContactField.VACCINE_PRICE.missing();
        }
        b.vaccination(new Vaccination(vaccine.toString(), ContactField.VACCINE_PRICE.amountOre(price, dec), risk));
      } else if (price != null || risk) {
        throw ContactField.VACCINE.missing();
      }
      CharSequence prior = row.value(Column.PRIOR_VISIT_AT);
      boolean priorAcute = bool(row, Column.PRIOR_VISIT_ACUTE);
      boolean priorAirway = bool(row, Column.PRIOR_VISIT_UPPER_AIRWAY);
      if (prior != null) {
        b.priorVisit(new PriorVisit(ContactField.PRIOR_VISIT_AT.dateTime(prior), priorAcute, priorAirway));
      } else if (priorAcute || priorAirway) {
        throw ContactField.PRIOR_VISIT_AT.missing();
      }
      return new Visit(row.line(), patientId, p, b.build());
    } catch (InvalidInputException e) {
      Column c = columnOf(e.field());
      throw new RowProblem(c == null ? e.field() : c.header(), e.kind(), e.detail());
    }
  }

  private static ContactField required(RowValues row, Column c) {
    if (row.value(c) == null) {
      throw c.field().missing();
    }
    return c.field();
  }

  private static Enum<?> choice(RowValues row, Column c) {
    CharSequence v = row.value(c);
    if (v == null) {
      if (c.isRequired()) {
        throw c.field().missing();
      }
      return null;
    }
    return c.field().choice(v);
  }

  private static boolean bool(RowValues row, Column c) {
    CharSequence v = row.value(c);
    return v != null && c.field().bool(v);
  }

  private static Column columnOf(String jsonField) {
    for (Column c : Column.all()) {
      if (c.field() != null && c.field().jsonField().equals(jsonField)) {
        return c;
      }
    }
    return null;
  }
}
