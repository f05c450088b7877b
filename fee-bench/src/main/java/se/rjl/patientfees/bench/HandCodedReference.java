package se.rjl.patientfees.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import se.rjl.patientfees.engine.calendar.WorkingDays;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Referral;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * REFERENCE ONLY, NOT PART OF THE LIBRARY: the 2026 outpatient decision for an attended contact,
 * written by hand as switches with the amounts typed in, the way a register vendor would hard-code
 * one year. It exists to give {@link VariedBatchBenchmark} a lower bound: what the same decision
 * costs with no rulebook, no explanation and no allocation. It knows one rulebook year and nothing
 * else (a new year would mean new code, which is exactly what the project does not do).
 *
 * <p>It covers what {@link VariedBatch} generates (attended contacts without free reasons, team
 * visits, earlier visits or waiting times) and is checked against the engine on every contact of
 * the batch before anything is measured ({@link VariedBatchBenchmark#setUp}); a rulebook that prices
 * differently makes the benchmark refuse to run rather than compare unlike things.
 */
final class HandCodedReference {
  // Rows: the fee-code key the register gets, the fee in öre, whether it counts toward the cap.
  static final int R100 = 0, R110 = 1, R110_ASYLUM = 2, R120 = 3, R130 = 4, R140 = 5, R150 = 6, R160 = 7, R170 = 8,
      R180 = 9, R181 = 10, R182_DOCTOR = 11, R182_PSYCHOLOGIST = 12, R182_TREATMENT = 13, R183 = 14, R184 = 15,
      R200 = 16, R200_ASYLUM = 17, R205 = 18, R210 = 19, R230 = 20, R230_DIALYSIS = 21, R240 = 22, R240_ASYLUM = 23,
      R240_FOREIGN = 24, R250 = 25, R300 = 26, R305 = 27, R307 = 28, R310 = 29, R360 = 30, R430 = 31,
      R430_ASYLUM_DOCTOR = 32, R430_ASYLUM_TREATMENT = 33, R440 = 34, R450 = 35, R500 = 36, R620 = 37, R625 = 38,
      R630 = 39, R640 = 40, R650 = 41, R660 = 42, R700 = 43;

  static final String[] KEY = {"100", "110", "110", "120", "130", "140", "150", "160", "170",
      "180", "181", "182-doctor", "182-psychologist", "182-treatment", "183", "184",
      "200", "200", "205", "210", "230", "230-dialysis", "240", "240-asylum",
      "240-foreign", "250", "300", "305", "307", "310", "360", "430",
      "430", "430", "440", "450", "500", "620", "625",
      "630", "640", "650", "660", "700"};

  static final long[] FEE = {25000, 25000, 25000, 0, 5000, 317900, 78000, 25000, 25000,
      10000, 0, 50000, 42500, 27500, 5000, 2500,
      25000, 25000, 0, 2500, 137300, 545800, 10000, 2500,
      137300, 78000, 0, 0, 0, 0, 0, 25000,
      5000, 2500, 0, 10000, 0, 10000, 137300,
      0, 10000, 2500, 0, 1749600};

  static final boolean[] CAP = {true, true, false, false, false, false, false, true, true,
      true, false, false, false, false, false, false,
      true, false, false, false, false, false, true, false,
      false, false, false, false, false, false, false, false,
      false, false, false, false, false, true, false,
      false, true, false, false, false};

  // Tariffs, levels, referrals and age groups as small ints.
  private static final int STANDARD = 0, ASYLUM = 1, FOREIGN = 2, SWEDE_ABROAD_PLANNED = 3;
  private static final int PRIMARY = 0, OUT_OF_HOURS = 1, SPECIALIST = 2, DENTAL = 3;
  private static final int NONE = 0, FIRST = 1, FOLLOW_UP = 2;

  private final int year;
  private final boolean[] weekendOrHoliday;

  /** @param days the calendar the engine uses, copied into a table for {@code year} */
  HandCodedReference(int year, WorkingDays days) {
    this.year = year;
    LocalDate first = LocalDate.of(year, 1, 1);
    weekendOrHoliday = new boolean[first.lengthOfYear() + 1];
    for (int d = 1; d <= first.lengthOfYear(); d++) {
      weekendOrHoliday[d] = days.isWeekendOrHoliday(first.withDayOfYear(d));
    }
  }

  /** The row id and what the patient pays, packed: {@code payableOre << 8 | row}. */
  long price(Patient p, Contact c) {
    LocalDateTime at = c.at();
    LocalDate birth = p.birthDate();
    int age = at.getYear() - birth.getYear();
    int birthMonth = birth.getMonthValue();
    int birthDay = birth.getDayOfMonth();
    if (birthMonth == 2 && birthDay == 29 && !java.time.Year.isLeap(at.getYear())) {
      birthDay = 28;
    }
    if (at.getMonthValue() < birthMonth || (at.getMonthValue() == birthMonth && at.getDayOfMonth() < birthDay)) {
      age--;
    }
    boolean acute = c.urgency() == Urgency.ACUTE;
    int tariff = tariff(p, acute);
    Profession prof = c.profession();
    boolean doctor = prof == Profession.DOCTOR;
    boolean adult = age >= 20 && age < 85;

    int row;
    long vaccine = 0;
    switch (c.kind()) {
      case PHYSICAL_VISIT, HOME_VISIT, DAY_CARE, SHORT_TERM_HOUSING_VISIT, SHORT_TERM_HOUSING_HOME_VISIT -> {
        int level = switch (c.careUnit()) {
          // Day care with a doctor is on 110 like out of hours (finding D3).
          case PRIMARY_CARE -> doctor && (c.kind() == se.rjl.patientfees.engine.input.ContactKind.DAY_CARE || at.getHour() >= 21
              || at.getYear() == year && weekendOrHoliday[at.getDayOfYear()]) ? OUT_OF_HOURS : PRIMARY;
          case DENTAL_GENERAL, DENTAL_SPECIALIST -> DENTAL;
          default -> SPECIALIST;
        };
        row = visit(c, level, tariff, doctor, age, adult, acute, at.getYear() - birth.getYear());
      }
      case QUALIFIED_DISTANCE -> {
        int referral = referral(c.referral(), c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.PRIMARY_CARE ? PRIMARY : SPECIALIST);
        row = switch (tariff) {
          case FOREIGN -> doctor ? R182_DOCTOR : prof == Profession.PSYCHOLOGIST ? R182_PSYCHOLOGIST : R182_TREATMENT;
          case ASYLUM -> !adult ? R181 : doctor ? R183 : R184;
          default -> referral == FIRST || !adult ? R181 : R180;
        };
      }
      case NON_QUALIFIED_DISTANCE -> row = R181;
      case INTERIM_SAMPLING -> {
        boolean primary = c.careUnit() == se.rjl.patientfees.engine.input.CareUnit.PRIMARY_CARE;
        int referral = referral(c.referral(), primary ? PRIMARY : SPECIALIST);
        row = switch (tariff) {
          case FOREIGN -> R240_FOREIGN;
          case ASYLUM -> adult ? R240_ASYLUM : primary ? R305 : R310;
          default -> primary
              ? (referral == FIRST || !adult ? R305 : R240)
              : (referral == FIRST ? R307 : adult ? R620 : R310);
        };
      }
      case PRESCRIPTION_WITHOUT_VISIT -> row = switch (tariff) {
        case FOREIGN -> R625;
        case ASYLUM -> adult ? R650 : R630;
        default -> adult ? R620 : R630;
      };
      case SICK_NOTE_WITHOUT_VISIT -> row = switch (tariff) {
        case FOREIGN -> R625;
        case ASYLUM -> R660;
        default -> adult ? R640 : R660;
      };
      case VACCINATION -> {
        String v = c.vaccination().vaccine();
        // Decision E06: only influenza, covid-19 and pneumococcal are for länsinvånare (asylum and
        // undocumented children counted as county children); nothing is free on the fixed price list.
        var residence = p.residence();
        boolean resident = residence == se.rjl.patientfees.engine.input.Residence.COUNTY_RESIDENT
            || residence == se.rjl.patientfees.engine.input.Residence.QUOTA_REFUGEE
            || (residence == se.rjl.patientfees.engine.input.Residence.ASYLUM_SEEKER
                || residence == se.rjl.patientfees.engine.input.Residence.UNDOCUMENTED) && age < 20;
        boolean swedishFees = tariff != FOREIGN;
        boolean risk = c.vaccination().riskGroup();
        boolean free = swedishFees && switch (v) {
          case "influenza", "covid-19", "pneumococcal" -> resident && (age >= 65 || risk);
          case "tbe" -> age >= 3 && age < 19;
          case "hpv" -> age < 27;
          case "hepatitis-b", "measles", "rubella", "diphtheria", "tetanus", "polio", "pertussis" -> risk;
          default -> false;
        };
        if (free) {
          row = doctor ? R300 : R310;
        } else {
          vaccine = swedishFees && v.equals("covid-19") ? 0 : c.vaccination().priceOre();
          row = switch (tariff) {
            case FOREIGN -> R230;
            case ASYLUM -> doctor ? R430_ASYLUM_DOCTOR : R430_ASYLUM_TREATMENT;
            default -> R430;
          };
        }
      }
      case HEALTH_CARE -> row = R450;
      case SCREENING -> row = R500;
      case DIALYSIS -> row = tariff == FOREIGN ? R230_DIALYSIS : R310;
      case FULL_COST_PROCEDURE -> row = R700;
      case GOODS_SALE -> row = R440;
      default -> throw new IllegalArgumentException("not covered by the reference: " + c.kind());
    }
    return (FEE[row] + vaccine) << 8 | row;
  }

  private static int visit(Contact c, int level, int tariff, boolean doctor, int age, boolean adult, boolean acute, int calendarAge) {
    if (level == DENTAL) {
      // Children by calendar year (R19), 85 by the birthday (E07).
      boolean dentalAdult = calendarAge >= 20 && age < 85;
      return doctor ? (dentalAdult ? R100 : R300) : (dentalAdult ? R200 : R310);
    }
    int referral = referral(c.referral(), level);
    switch (tariff) {
      case FOREIGN:
        return doctor ? R140 : R230;
      case SWEDE_ABROAD_PLANNED:
        return age >= 20 ? (doctor ? R150 : R250) : (doctor ? R300 : R310);
      case ASYLUM:
        if (!adult) {
          return doctor ? R300 : R310;
        }
        if (level != SPECIALIST) {
          return doctor ? R130 : R210;
        }
        return switch (referral) {
          case NONE -> doctor ? R110_ASYLUM : R200_ASYLUM;
          case FIRST -> acute ? (doctor ? R120 : R205) : (doctor ? R130 : R210);
          default -> doctor ? R130 : R210;
        };
      default:
        if (referral == FIRST) {
          return doctor ? R120 : R205;
        }
        if (!doctor) {
          return adult ? R200 : R310;
        }
        if (level == SPECIALIST) {
          return adult ? R110 : R300;
        }
        return switch (c.kind()) {
          case SHORT_TERM_HOUSING_VISIT -> adult ? R160 : R360;
          case SHORT_TERM_HOUSING_HOME_VISIT -> adult ? R170 : R360;
          default -> adult ? (level == OUT_OF_HOURS ? R110 : R100) : R300;
        };
    }
  }

  private static int tariff(Patient p, boolean acute) {
    return switch (p.residence()) {
      case COUNTY_RESIDENT, OTHER_REGION_RESIDENT, QUOTA_REFUGEE, NORDIC -> STANDARD;
      // Card holders: acute (or necessary) care only; planned care by the fixed price list (E51).
      case EU_EES, UK -> p.euCard() && acute ? STANDARD : FOREIGN;
      case CONVENTION_COUNTRY -> switch (p.conventionCountry()) {
        case QUEBEC -> STANDARD;
        case ISRAEL -> FOREIGN;
        default -> acute ? STANDARD : FOREIGN;
      };
      case SWEDE_ABROAD -> switch (p.swedeAbroadGroup()) {
        case EU_EES_PENSIONER -> STANDARD;
        case EU_EES -> p.euCard() ? STANDARD : FOREIGN;
        case FULL_COST_COUNTRY -> acute ? STANDARD : FOREIGN;
        case DEVELOPING_COUNTRY_MISSION, STUDENT_WITH_FK_CERTIFICATE -> STANDARD; // E50
        case DEREGISTERED_CITIZEN -> acute ? STANDARD : FOREIGN; // E50
        default -> acute ? STANDARD : SWEDE_ABROAD_PLANNED;
      };
      case ASYLUM_SEEKER, UNDOCUMENTED -> ASYLUM;
      case FOREIGN_UNINSURED -> FOREIGN;
    };
  }

  /** First visit free between primary and specialist care, and from private doctors with agreements. */
  private static int referral(Referral r, int level) {
    if (r == null) {
      return NONE;
    }
    boolean toSpecialist = level == SPECIALIST;
    boolean toPrimary = level == PRIMARY || level == OUT_OF_HOURS;
    boolean freeFirst = switch (r.source()) {
      case PRIMARY_CARE, PRIVATE_GP_WITH_AGREEMENT -> toSpecialist;
      case SPECIALIST_CARE, PRIVATE_SPECIALIST_WITH_AGREEMENT -> toPrimary;
      default -> false;
    };
    if (!freeFirst || (r.poolTraining() && toPrimary)) {
      return NONE;
    }
    return r.firstVisit() ? FIRST : FOLLOW_UP;
  }
}
