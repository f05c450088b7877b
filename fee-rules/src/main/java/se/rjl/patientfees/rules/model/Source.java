package se.rjl.patientfees.rules.model;

import java.util.Objects;

/**
 * Where a value comes from in the regelbok: a seed document and a line range, or a section title.
 *
 * @param document the seed file name, e.g. {@code 002_2ec2799c06c93718.txt}
 * @param fromLine first line (1-based), 0 when the source is a section title
 * @param toLine last line, inclusive
 * @param section a section title, or null
 */
public record Source(String document, int fromLine, int toLine, String section) {
  public Source {
    Objects.requireNonNull(document, "document");
  }

  public boolean hasLines() {
    return fromLine > 0;
  }

  /** As written in a rulebook and shown in explanations: {@code L3353–L3364} or {@code § title}. */
  public String cite() {
    if (!hasLines()) {
      return "§ " + section;
    }
    return fromLine == toLine ? "L" + fromLine : "L" + fromLine + "–L" + toLine;
  }

  @Override
  public String toString() {
    return document + " " + cite();
  }
}
