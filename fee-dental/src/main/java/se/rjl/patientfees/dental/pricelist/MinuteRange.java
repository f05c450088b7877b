package se.rjl.patientfees.dental.pricelist;

import se.rjl.patientfees.rules.model.Source;

/**
 * Booked minutes from {@code from} through {@code through} (both inclusive; {@code through} null for
 * no upper limit).
 */
public record MinuteRange(int from, Integer through, Source source) {
  public boolean contains(int minutes) {
    return minutes >= from && (through == null || minutes <= through);
  }

  public boolean overlaps(MinuteRange other) {
    return (through == null || other.from <= through) && (other.through == null || from <= other.through);
  }

  /** "0–30 min", "31+ min". */
  public String describe() {
    return through == null ? from + "+ min" : from + "–" + through + " min";
  }
}
