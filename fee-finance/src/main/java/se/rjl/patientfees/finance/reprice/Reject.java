package se.rjl.patientfees.finance.reprice;

/**
 * A row that was not priced, and why.
 *
 * @param line the row's line in the input file (1-based; a CSV header is line 1)
 * @param patientId the row's patient id, "" when it has none
 * @param book which side refused it: {@code input} (the row could not be read), {@code base},
 *     {@code proposed} or {@code both}
 * @param field the field at fault ({@code birthDate}, {@code contact.profession}, …)
 * @param kind a stable kind ({@code wrong-type}, {@code missing}, {@code outside-validity}, …)
 * @param message what is wrong, for people
 */
public record Reject(long line, String patientId, String book, String field, String kind, String message) {
  /** Receives rejects as they are found. */
  @FunctionalInterface
  public interface Sink {
    void accept(Reject r) throws java.io.IOException;
  }
}
