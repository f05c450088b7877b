package se.rjl.patientfees.rules.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems while a rulebook is read, so that one run reports all of them. Not thread-safe. */
public final class Problems {
  /** More than this many problems are not worth listing: the file is badly broken. */
  public static final int MAX = 500;

  private final List<Problem> list = new ArrayList<>();

  public void add(Location at, String kind, String message) {
    if (list.size() < MAX) {
      list.add(new Problem(at, kind, message));
    }
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }

  public List<Problem> list() {
    return Collections.unmodifiableList(list);
  }

  /** Throws {@link RulebookException} with every problem collected, if there are any. */
  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new RulebookException(List.copyOf(list));
    }
  }
}
