package se.rjl.patientfees.finance.reprice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads {@code 2026-03-10} and {@code 2026-03-10T10:00} (or {@code 10:00:00}, or a space for the
 * {@code T}) without a formatter: a visit file has millions of them. Returns null for anything else,
 * including impossible dates (2026-02-30).
 */
final class IsoTimes {
  private IsoTimes() {}

  static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 2);
    int d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static LocalDateTime dateTime(String s) {
    int n = s.length();
    if ((n != 16 && n != 19) || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || s.charAt(13) != ':'
        || (n == 19 && s.charAt(16) != ':')) {
      return null;
    }
    LocalDate date = date(s.substring(0, 10));
    int h = digits(s, 11, 2);
    int min = digits(s, 14, 2);
    int sec = n == 19 ? digits(s, 17, 2) : 0;
    if (date == null || h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) {
      return null;
    }
    return date.atTime(h, min, sec);
  }

  /** The number written by {@code len} digits at {@code from}, or -1. */
  private static int digits(String s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
