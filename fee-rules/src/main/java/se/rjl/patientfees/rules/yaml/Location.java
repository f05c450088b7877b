package se.rjl.patientfees.rules.yaml;

/**
 * A place in a rulebook file, as people count it: line and column both start at 1.
 *
 * @param file the file name as given to the loader
 * @param line 1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {

  /** A location for a whole file, when no line is known (for example an unreadable file). */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    return line <= 0 ? file : file + ":" + line + ":" + column;
  }
}
