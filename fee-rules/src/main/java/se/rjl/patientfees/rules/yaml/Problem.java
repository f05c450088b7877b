package se.rjl.patientfees.rules.yaml;

/**
 * One thing wrong with a rulebook, at a place, in plain words.
 *
 * @param location where (file:line:column)
 * @param kind a stable machine-readable kind, e.g. {@code unknown-key}
 * @param message what is wrong, for the person who edits the file
 */
public record Problem(Location location, String kind, String message) {

  @Override
  public String toString() {
    return location + ": " + message + " [" + kind + "]";
  }
}
