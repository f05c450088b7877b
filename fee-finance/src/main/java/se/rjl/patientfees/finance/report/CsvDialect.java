package se.rjl.patientfees.finance.report;

/**
 * The two CSV dialects finance staff meet: the international one ({@code ,} between fields, a
 * decimal point) and the one Swedish Excel reads and writes ({@code ;} between fields, a decimal
 * comma). Decision E40.
 */
public enum CsvDialect {
  INTERNATIONAL(',', '.', "international (',' between fields, decimal point)", "internationell (komma mellan fälten, decimalpunkt)"),
  SWEDISH(';', ',', "Swedish Excel (';' between fields, decimal comma)", "svensk Excel (semikolon mellan fälten, decimalkomma)");

  private final char separator;
  private final char decimal;
  private final String english;
  private final String swedish;

  CsvDialect(char separator, char decimal, String english, String swedish) {
    this.separator = separator;
    this.decimal = decimal;
    this.english = english;
    this.swedish = swedish;
  }

  public char separator() {
    return separator;
  }

  public char decimalSeparator() {
    return decimal;
  }

  /** For messages: {@code Swedish Excel (';' between fields, decimal comma)}. */
  public String description() {
    return english;
  }

  /** For Swedish reports. */
  public String swedishDescription() {
    return swedish;
  }

  /**
   * The dialect of a header line: Swedish when it has more {@code ;} than {@code ,} outside quotes
   * (a Swedish Excel header has only semicolons; a decimal comma never appears in a header).
   */
  public static CsvDialect ofHeader(String header) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? SWEDISH : INTERNATIONAL;
  }

  /** By name on the command line: {@code swedish}/{@code sv}, {@code international}/{@code intl}. */
  public static CsvDialect of(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "swedish", "sv", "se", "excel-sv" -> SWEDISH;
      case "international", "intl", "en", "comma" -> INTERNATIONAL;
      default -> null;
    };
  }

  /** Kronor for a cell: {@code 1450.00} or {@code 1450,00}. */
  public String amount(long ore) {
    String s = Kr.csv(ore);
    return decimal == '.' ? s : s.replace('.', decimal);
  }
}
