package se.rjl.patientfees.engine;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;
import java.time.LocalDate;

/**
 * Birth dates from Swedish identity numbers, with the checksum checked by the maintained library
 * dev.personnummer. A samordningsnummer has 60 added to the day (L5850–L5857). A reservnummer carries
 * no date: give the birth date instead.
 */
public final class PersonalIdentity {
  private PersonalIdentity() {}

  /**
   * The birth date in a personnummer or samordningsnummer. Ten-digit numbers are resolved against
   * {@code onDate} (the contact's date, never today's clock): '-' means under 100 on that date, '+'
   * 100 or older. Throws {@link InvalidInputException} naming {@code field}.
   */
  public static LocalDate birthDate(String number, LocalDate onDate, String field) {
    if (number == null || number.isBlank()) {
      throw new InvalidInputException(field, "missing", "no personnummer given");
    }
    String twelve = toTwelveDigits(number.trim(), onDate, field);
    try {
      Personnummer p = Personnummer.parse(twelve, new Options(true, false));
      return p.getDate().toLocalDate();
    } catch (PersonnummerException | RuntimeException e) {
      throw new InvalidInputException(field, "invalid-personnummer",
          "'" + number + "' is not a valid personnummer or samordningsnummer (date or check digit)");
    }
  }

  private static String toTwelveDigits(String s, LocalDate onDate, String field) {
    String digits = s.replace("-", "").replace("+", "");
    if (!digits.matches("\\d{10}|\\d{12}")) {
      throw new InvalidInputException(field, "invalid-personnummer",
          "'" + s + "' is not a personnummer: write YYYYMMDD-NNNN or YYMMDD-NNNN");
    }
    if (digits.length() == 12) {
      return digits;
    }
    boolean centenarian = s.contains("+");
    int yy = Integer.parseInt(digits.substring(0, 2));
    int century = onDate.getYear() / 100 * 100;
    int year = century + yy;
    if (year > onDate.getYear()) {
      year -= 100;
    }
    if (centenarian) {
      year -= 100;
    }
    return String.format(java.util.Locale.ROOT, "%04d", year) + digits.substring(2);
  }
}
