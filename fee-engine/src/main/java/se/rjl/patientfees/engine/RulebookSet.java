package se.rjl.patientfees.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.rjl.patientfees.rules.load.RulebookSets;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * Several yearly rulebooks, each chosen for the dates it is valid on. Their validity must follow
 * each other without overlap and without gap ({@link RulebookSets#continuity}), and their ids must
 * differ whatever the dates (decision E74); a set that does not is refused with a
 * {@link RulebookException}. Immutable and thread-safe.
 */
public final class RulebookSet {
  private final List<CompiledRulebook> books;

  private RulebookSet(List<CompiledRulebook> books) {
    this.books = List.copyOf(books);
  }

  public static RulebookSet of(List<Rulebook> rulebooks) {
    se.rjl.patientfees.rules.validate.RulebookIds.requireDistinct(rulebooks);
    var problems = RulebookSets.continuity(rulebooks);
    if (!problems.isEmpty()) {
      throw new RulebookException(problems);
    }
    List<CompiledRulebook> list = new ArrayList<>();
    for (Rulebook r : rulebooks) {
      list.add(CompiledRulebook.of(r));
    }
    list.sort(Comparator.comparing(b -> b.rulebook().info().validFrom()));
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

  /** Loads a set from main files or folders of them ({@link RulebookSets#load}). */
  public static RulebookSet load(List<java.nio.file.Path> paths) {
    return of(RulebookSets.load(paths).stream().map(RulebookSets.Loaded::rulebook).toList());
  }

  public List<CompiledRulebook> all() {
    return books;
  }
}
