package se.rjl.patientfees.rules.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Selector;
import se.rjl.patientfees.rules.yaml.Problems;

/**
 * A fee-code row either says which contacts use it ({@code match}) or why none does ({@code
 * unreachableBecause}), never both; two rows never override each other (the winner would depend on
 * their order in the file); and a row with a {@code match} must be reachable: not every
 * situation and age it matches may be taken by rows that override it (decision E73). Which rows the
 * scenario files actually reach is checked by {@code validate --scenarios}.
 */
final class Reachability {
  private final Rulebook book;
  private final Problems problems;

  Reachability(Rulebook book, Problems problems) {
    this.book = book;
    this.problems = problems;
  }

  void check() {
    for (FeeCodeRow r : book.feeCodes()) {
      if (!r.selectors().isEmpty() && r.unreachableBecause() != null) {
        problems.add(r.location(), "contradictory",
            "row '" + r.key() + "' has both 'match' and 'unreachableBecause': a row is either used or says why it is not");
      }
    }
    for (FeeCodeRow r : book.feeCodes()) {
      for (FeeCodeRow o : book.feeCodes()) {
        if (r.key().compareTo(o.key()) < 0 && r.overrides().contains(o.key()) && o.overrides().contains(r.key())) {
          problems.add(o.location(), "contradictory",
              "rows '" + r.key() + "' and '" + o.key() + "' override each other: say which one wins where both match");
        }
      }
    }
    for (FeeCodeRow r : book.feeCodes()) {
      List<FeeCodeRow> winners = book.feeCodes().stream()
          .filter(o -> o != r && o.overrides().contains(r.key()) && !r.overrides().contains(o.key()) && covers(o, r))
          .toList();
      if (!r.selectors().isEmpty() && !winners.isEmpty() && shadowed(r, winners)) {
        problems.add(r.location(), "unreachable-row",
            "row '" + r.key() + "' is never used: every contact it matches is taken by "
                + String.join(", ", winners.stream().map(w -> "'" + w.key() + "'").toList())
                + ", which override" + (winners.size() == 1 ? "s" : "") + " it; narrow them, or replace its 'match'"
                + " with 'unreachableBecause' saying why no contact uses it");
      }
    }
  }

  /** Whether {@code winner} applies on every day {@code row} does. */
  private boolean covers(FeeCodeRow winner, FeeCodeRow row) {
    var from = row.validFrom() == null ? book.info().validFrom() : row.validFrom();
    var to = row.validTo() == null ? book.info().validTo() : row.validTo();
    return winner.isValidOn(from) && winner.isValidOn(to);
  }

  /** Every cell and age of {@code row}'s selectors is matched by a selector of a winner. */
  private static boolean shadowed(FeeCodeRow row, List<FeeCodeRow> winners) {
    Map<Long, List<AgeBand>> taken = new HashMap<>();
    for (FeeCodeRow w : winners) {
      for (Selector s : w.selectors()) {
        for (long cell : SituationCells.of(s)) {
          taken.computeIfAbsent(cell, k -> new ArrayList<>()).add(s.age());
        }
      }
    }
    for (Selector s : row.selectors()) {
      for (long cell : SituationCells.of(s)) {
        if (!coversAges(taken.getOrDefault(cell, List.of()), s.age())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the bands together cover every age of {@code band} (counted the same way). */
  private static boolean coversAges(List<AgeBand> bands, AgeBand band) {
    List<AgeBand> same = bands.stream().filter(b -> b.semantics() == band.semantics())
        .sorted((x, y) -> Integer.compare(x.fromYears(), y.fromYears())).toList();
    int covered = band.fromYears();
    for (AgeBand b : same) {
      if (b.fromYears() > covered) {
        break;
      }
      covered = Math.max(covered, b.untilYears());
      if (covered >= band.untilYears()) {
        return true;
      }
    }
    return covered >= band.untilYears();
  }
}
