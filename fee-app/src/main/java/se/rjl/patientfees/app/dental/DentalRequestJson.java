package se.rjl.patientfees.app.dental;

import java.time.LocalDate;
import se.rjl.patientfees.dental.DentalRequest;
import se.rjl.patientfees.dental.pricelist.ChargedBy;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.DentalStaff;

/**
 * A request to the dental price list ({@code price-dental FILE}), as {@link DentalRequest} with the
 * contract's conventions (kebab-case values, ISO dates, unknown fields refused). Which fields are
 * needed depends on {@code kind}; without {@code kind}, a request with {@code key} prices that row
 * and any other a treatment by {@code area} and {@code code}.
 *
 * <pre>{@code
 * {"kind": "treatment", "area": "general", "code": "101", "date": "2024-03-12"}
 * {"kind": "missed-visit", "chargedBy": "treatment-price", "date": "2024-05-02", "birthDate": "1990-01-01", "bookedMinutes": 45}
 * }</pre>
 *
 * @param kind {@code treatment}, {@code row}, {@code visit}, {@code missed-visit}, {@code asylum}, {@code prescription}
 * @param area {@code general} or {@code specialist}, for a treatment
 * @param code the code as printed ({@code 101}, {@code 103S})
 * @param key a row key ({@code allman-401-2})
 * @param quantity units (minutes for per-minute rows); default 1
 * @param date the treatment or visit date (the booked date for a missed visit)
 * @param birthDate for fees with an age limit
 * @param age whole years on {@code date}, when the birth date is not given
 * @param staff {@code hygienist}, {@code general-dentist} or {@code specialist}, for visit fees
 * @param chargedBy {@code treatment-price} or {@code visit-fee}, for a missed visit
 * @param bookedMinutes the booked time, for a missed visit
 */
public record DentalRequestJson(
    DentalRequest.Kind kind,
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

  /** The engine's request; the kind defaults to {@code row} with a key, else {@code treatment}. */
  public DentalRequest toRequest() {
    DentalRequest.Kind k = kind != null ? kind : key != null ? DentalRequest.Kind.ROW : DentalRequest.Kind.TREATMENT;
    return new DentalRequest(k, area, code, key, quantity, date, birthDate, age, staff, chargedBy, bookedMinutes);
  }
}
