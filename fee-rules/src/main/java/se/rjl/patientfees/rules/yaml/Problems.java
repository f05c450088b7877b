package se.rjl.patientfees.rules.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems while a rulebook is read, so that one run reports all of them. Not thread-safe. */
public final class Problems {
  /** More than this many problems are not worth listing: the file is badly broken. */
  public static final int MAX = 500;

  private final List<Problem> list = new ArrayList<>();
  /** Review marks set aside instead of refused (a draft read by diff and reprice), or null. */
  private final List<Problem> reviewMarks;

  public Problems() {
    this(false);
  }

  /** @param acceptReviewMarks set a draft's review marks aside ({@link #reviewMarks()}) instead of refusing the book */
  public Problems(boolean acceptReviewMarks) {
    this.reviewMarks = acceptReviewMarks ? new ArrayList<>() : null;
  }

  /** The review marks set aside; empty unless review marks are accepted. */
  public List<Problem> reviewMarks() {
    return reviewMarks == null ? List.of() : Collections.unmodifiableList(reviewMarks);
  }

  public void add(Location at, String kind, String message) {
    if (reviewMarks != null && kind.equals("review-pending")) {
      reviewMarks.add(new Problem(at, kind, message));
      return;
    }
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
