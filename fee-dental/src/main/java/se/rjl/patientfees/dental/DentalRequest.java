package se.rjl.patientfees.dental;

import java.time.LocalDate;
import se.rjl.patientfees.dental.pricelist.ChargedBy;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.DentalStaff;

/**
 * What to price from the dental price list. Which fields are needed depends on {@link #kind()}; a
 * missing one is an {@link se.rjl.patientfees.engine.InvalidInputException} naming it (the field
 * names are this record's component names).
 *
 * @param kind what is priced
 * @param area treatment: general or specialist (A / S)
 * @param code treatment: the code as printed ({@code 101}, {@code 103S}, {@code A11})
 * @param key row: a row key ({@code allman-401-2}, {@code allman-ny-essixskena})
 * @param quantity treatment and row: units (minutes for per-minute rows, kronor for per-krona
 *     rows); null means 1
 * @param date the treatment or visit date (the booked date for a missed visit); always required
 * @param birthDate the patient's birth date, for fees with an age limit
 * @param age whole years on {@code date}, counted from birthdays (E01), when the birth date is not
 *     given
 * @param staff visit and missed visit: who the visit is (was) with
 * @param chargedBy missed visit: how the visit would have been charged
 * @param bookedMinutes missed visit: the booked time in minutes
 */
public record DentalRequest(
    Kind kind,
    DentalArea area,
    String code,
    String key,
    Long quantity,
    LocalDate date,
    LocalDate birthDate,
    Integer age,
    DentalStaff staff,
    ChargedBy chargedBy,
    Integer bookedMinutes) {

  /** What a request prices. */
  public enum Kind {
    /** A treatment by area and printed code. */
    TREATMENT,
    /** Any row by its key (the rows without a code of their own, or one of a repeated code). */
    ROW,
    /** A visit fee (besöksavgift, 951–953). */
    VISIT,
    /** A missed visit or late cancellation. */
    MISSED_VISIT,
    /** The asylum seekers' fee per visit. */
    ASYLUM,
    /** Receptförskrivning. */
    PRESCRIPTION
  }

  public static DentalRequest treatment(DentalArea area, String code, LocalDate date) {
    return new DentalRequest(Kind.TREATMENT, area, code, null, null, date, null, null, null, null, null);
  }

  public static DentalRequest row(String key, LocalDate date) {
    return new DentalRequest(Kind.ROW, null, null, key, null, date, null, null, null, null, null);
  }

  public static DentalRequest visit(DentalStaff staff, LocalDate date) {
    return new DentalRequest(Kind.VISIT, null, null, null, null, date, null, null, staff, null, null);
  }

  public static DentalRequest missedVisit(
      ChargedBy chargedBy, DentalStaff staff, LocalDate bookedDate, LocalDate birthDate, Integer bookedMinutes) {
    return new DentalRequest(Kind.MISSED_VISIT, null, null, null, null, bookedDate, birthDate, null, staff, chargedBy, bookedMinutes);
  }

  public static DentalRequest asylum(LocalDate date) {
    return new DentalRequest(Kind.ASYLUM, null, null, null, null, date, null, null, null, null, null);
  }

  public static DentalRequest prescription(LocalDate date) {
    return new DentalRequest(Kind.PRESCRIPTION, null, null, null, null, date, null, null, null, null, null);
  }

  /** The same request for {@code quantity} units. */
  public DentalRequest withQuantity(long quantity) {
    return new DentalRequest(kind, area, code, key, quantity, date, birthDate, age, staff, chargedBy, bookedMinutes);
  }

  /** The same request with the age given directly instead of a birth date. */
  public DentalRequest withAge(int years) {
    return new DentalRequest(kind, area, code, key, quantity, date, null, years, staff, chargedBy, bookedMinutes);
  }
}
