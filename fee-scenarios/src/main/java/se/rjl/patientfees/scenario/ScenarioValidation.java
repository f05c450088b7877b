package se.rjl.patientfees.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * {@code validate --scenarios}: a loaded rulebook checked against its scenario files (decision E75).
 * The loader cannot see that a row is missing — a situation no row covers is not an age gap, it is
 * simply not there — so the scenario files say which contacts the book must price:
 *
 * <ul>
 *   <li>every case must pass on the book: a case whose contact no longer finds a row (a row dropped,
 *       a selector narrowed), or that ends in another row or amount, is a problem at the case;
 *   <li>every fee-code row with a {@code match} must be the row of some case: a row no case reaches
 *       needs a case, or {@code unreachableBecause} instead of its {@code match};
 *   <li>an exception other than a typed input error is reported as an internal error at the case
 *       (a book that loads must price every case without one).
 * </ul>
 */
public final class ScenarioValidation {
  /** What was checked: the cases run and the rows they reached, and every problem found. */
  public record Report(int cases, int rowsWithMatch, int rowsReached, List<Problem> problems) {
    public Report {
      problems = List.copyOf(problems);
    }

    public boolean sound() {
      return problems.isEmpty();
    }
  }

  private ScenarioValidation() {}

  /** Reads every scenario file under {@code roots} and checks {@code books} (one set) against them. */
  public static Report checkFiles(List<Rulebook> books, List<Path> roots) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<ScenarioCase> cases = new ArrayList<>();
    for (Path f : ScenarioReader.files(roots)) {
      try {
        cases.addAll(ScenarioReader.read(f));
      } catch (RulebookException e) {
        problems.addAll(e.problems());
      }
    }
    if (cases.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(Location.ofFile(String.valueOf(roots)), "no-scenarios", "no scenario cases found"));
    }
    Report r = check(books, cases);
    problems.addAll(r.problems());
    return new Report(r.cases(), r.rowsWithMatch(), r.rowsReached(), problems);
  }

  /** Checks {@code books} (one set) against {@code cases}. */
  public static Report check(List<Rulebook> books, List<ScenarioCase> cases) {
    List<Problem> problems = new ArrayList<>();
    RulebookSet set = RulebookSet.of(books);
    ScenarioRunner runner = new ScenarioRunner(set);
    Set<String> reached = new HashSet<>();
    for (ScenarioCase c : cases) {
      ScenarioRunner.Outcome o;
      try {
        o = runner.run(c);
      } catch (RuntimeException e) {
        problems.add(new Problem(c.location(), "scenario-internal-error",
            c.name() + " [" + c.source() + "]: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        continue;
      }
      reached.addAll(o.rowsUsed());
      if (!o.passed()) {
        problems.add(new Problem(c.location(), "scenario-failed",
            c.name() + " [" + c.source() + "]: " + String.join("; ", o.failures())));
      }
    }
    int withMatch = 0;
    int reachedRows = 0;
    for (Rulebook b : books) {
      for (FeeCodeRow r : b.feeCodes()) {
        if (r.selectors().isEmpty()) {
          continue;
        }
        withMatch++;
        if (reached.contains(r.key())) {
          reachedRows++;
        } else {
          problems.add(new Problem(r.location(), "unreached-row",
              "row '" + r.key() + "' has a 'match' but no scenario case reaches it: add a case that prices it,"
                  + " or replace its 'match' with 'unreachableBecause' saying why no contact uses it"));
        }
      }
    }
    return new Report(cases.size(), withMatch, reachedRows, problems);
  }
}
