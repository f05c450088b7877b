package se.rjl.patientfees.finance.diff;

/**
 * One difference between two rulebooks.
 *
 * @param kind changed, added or removed
 * @param section the rulebook section ({@code feeCodes}, {@code constants}, {@code inpatient.dayBands} …)
 * @param key the entry's stable key in the section, "" for a section that is one entry
 * @param field the value's field ({@code amount}, {@code countries} …), or {@code (entry)} when a
 *     whole entry was added or removed
 * @param oldValue the value in the old rulebook, null when added
 * @param newValue the value in the new rulebook, null when removed
 * @param oldOrigin where the old value comes from (regelbok lines and file:line), null when added
 * @param newOrigin where the new value comes from, null when removed
 */
public record Change(
    Kind kind, String section, String key, String field, String oldValue, String newValue, Origin oldOrigin,
    Origin newOrigin) {

  /** What happened to a value. */
  public enum Kind {
    CHANGED,
    ADDED,
    REMOVED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The field name used when a whole entry is added or removed. */
  public static final String ENTRY = "(entry)";

  /**
   * Where a value comes from.
   *
   * @param cite the regelbok source the entry cites ({@code 002_2ec2799c06c93718.txt L3353–L3364}), or null
   * @param location the entry's place in the rulebook files ({@code rulebooks/2026/fee-codes.yaml:34}), or null
   */
  public record Origin(String cite, String location) {
    @Override
    public String toString() {
      String c = cite == null ? "(no source in the model)" : cite;
      return location == null ? c : c + " (" + location + ")";
    }
  }

  /** "feeCodes 100 amount", "copies cd". */
  public String where() {
    return section + (key.isEmpty() ? "" : " " + key) + (field.equals(ENTRY) ? "" : " " + field);
  }
}
