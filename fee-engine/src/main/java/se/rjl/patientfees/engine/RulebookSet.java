package se.rjl.patientfees.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * Several yearly rulebooks, each chosen for the dates it is valid on. Validity periods must not
 * overlap, and ids must differ whatever the dates (decision E74). Immutable and thread-safe.
 */
public final class RulebookSet {
  private final List<CompiledRulebook> books;

  private RulebookSet(List<CompiledRulebook> books) {
    this.books = List.copyOf(books);
  }

  public static RulebookSet of(List<Rulebook> rulebooks) {
    se.rjl.patientfees.rules.validate.RulebookIds.requireDistinct(rulebooks);
    List<CompiledRulebook> list = new ArrayList<>();
    for (Rulebook r : rulebooks) {
      list.add(CompiledRulebook.of(r));
    }
    list.sort(Comparator.comparing(b -> b.rulebook().info().validFrom()));
    for (int i = 1; i < list.size(); i++) {
      var prev = list.get(i - 1).rulebook().info();
      var next = list.get(i).rulebook().info();
      if (!next.validFrom().isAfter(prev.validTo())) {
        throw new IllegalArgumentException("rulebooks " + prev.id() + " and " + next.id() + " are both valid on " + next.validFrom());
      }
    }
    return new RulebookSet(list);
  }

  public static RulebookSet of(Rulebook... rulebooks) {
    return of(List.of(rulebooks));
  }

  /** The rulebook in force on {@code date}, or null. */
  public CompiledRulebook forDate(LocalDate date) {
    for (CompiledRulebook b : books) {
      if (b.rulebook().info().isValidOn(date)) {
        return b;
      }
    }
    return null;
  }

  public Optional<CompiledRulebook> byId(String id) {
    return books.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  public List<CompiledRulebook> all() {
    return books;
  }
}
