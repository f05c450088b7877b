package se.rjl.patientfees.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rulebook that does not load (kind {@link ErrorKind#RULEBOOK_INVALID}, or {@link
 * ErrorKind#UNREADABLE_FILE} when the file cannot be read): lists every problem found, each with
 * file, line and column. A rulebook never loads in part. Immutable and thread-safe.
 */
public final class RulebookLoadException extends PatientFeesException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  RulebookLoadException(ErrorKind kind, String file, List<Problem> problems, Throwable cause) {
    super(kind, file, summary(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rulebook:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * One thing wrong with a rulebook file.
   *
   * <p>Immutable and thread-safe.
   *
   * @param location where, as {@code file:line:column} (or the file alone)
   * @param code the loader's stable code for it, e.g. {@code duplicate-key}
   * @param message what is wrong, for the person who edits the file
   */
  public record Problem(String location, String code, String message) {
    @Override
    public String toString() {
      return location + ": " + message + " [" + code + "]";
    }
  }
}
