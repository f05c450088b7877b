package se.rjl.patientfees.rules.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rulebook that does not load: it names every problem found, each with file, line and column. A
 * rulebook never loads in part.
 */
public final class RulebookException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public RulebookException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the rulebook:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
