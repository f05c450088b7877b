package se.rjl.patientfees.engine.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.rjl.patientfees.engine.InvalidInputException;

/**
 * A patient's card as the registry holds it (eFrikort for the outpatient cap, L3235–L3275; the
 * aids system for the aids cap): the open period's first and last day, what has counted so far and
 * what is left to the limit, the status, and optionally the card's transactions. Amounts in öre.
 * {@link #toState(int)} checks that the facts agree and builds the ledger state from them.
 *
 * @param cardId the registry's id of the card (eFrikort {@code cardSystemId}), or null
 * @param startDate the period's first day; null for a card on which nothing has counted
 * @param endDate the period's last day (start + 12 months − 1 day, E03); null: derived from the start
 * @param currentAmountOre what has counted toward the limit in the period ({@code currentAmount})
 * @param amountToLimitOre what is left to the limit ({@code amountToLimit}); with {@code
 *     currentAmountOre} it makes the limit
 * @param status the card's status
 * @param frikortDate the day the limit was reached ({@code finalCardDate} or {@code
 *     preliminaryCardDate}), or null
 * @param transactions the card's transactions, or null when the card came without them
 *     ({@code GetCardForPerson})
 */
public record RegistryCard(
    String cardId,
    LocalDate startDate,
    LocalDate endDate,
    long currentAmountOre,
    long amountToLimitOre,
    Status status,
    LocalDate frikortDate,
    List<Transaction> transactions) {

  /** The id prefix of the one entry that stands for a card's amount when it came without transactions. */
  public static final String SUMMARY_PREFIX = "card:";

  public RegistryCard {
    transactions = transactions == null ? null : List.copyOf(transactions);
  }

  /** The card's status (eFrikort {@code CardStatusType}). */
  public enum Status {
    /** Below the limit: the patient pays. */
    BELOW_LIMIT,
    /** Frikort, preliminary: priced as frikort (decision E82). */
    PRELIMINARY,
    /** Frikort: the limit is reached. */
    FINAL,
    /** The period has ended. */
    EXPIRED
  }

  /** A transaction's status (eFrikort {@code TransactionStatusType}): only active ones count. */
  public enum TransactionStatus {
    ACTIVE,
    UPDATED,
    DELETED
  }

  /** One fee registered on the card. */
  public record Transaction(String id, LocalDate date, long amountOre, TransactionStatus status) {}

  /** The limit: what has counted plus what is left. */
  public long limitOre() {
    return currentAmountOre + amountToLimitOre;
  }

  /** Whether the card says the patient has frikort. */
  public boolean frikort() {
    return status == Status.FINAL || status == Status.PRELIMINARY;
  }

  /**
   * The ledger state the card stands for: its period with the card's limit as the cap and its end as
   * the last day (kept facts, E80), and its active transactions as payments — or, without
   * transactions, one payment {@code card:<id>} of the amount counted so far on the first day
   * (decision E82).
   *
   * @param periodMonths the cap period's length from the rulebook (12 months, L3335–L3336)
   * @throws InvalidInputException naming the field under {@code card.} when the facts disagree
   */
  public CapState toState(int periodMonths) {
    if (status == null) {
      throw bad("card.status", "missing", "give the card's status: BELOW_LIMIT, PRELIMINARY, FINAL or EXPIRED");
    }
    amount("card.currentAmount", currentAmountOre);
    amount("card.amountToLimit", amountToLimitOre);
    if (limitOre() == 0) {
      throw bad("card.amountToLimit", "inconsistent", "the card's limit (currentAmount + amountToLimit) is 0");
    }
    List<CapEntry> entries = new ArrayList<>();
    long active = 0;
    LocalDate firstActive = null;
    if (transactions != null) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < transactions.size(); i++) {
        Transaction t = transactions.get(i);
        String at = "card.transactions[" + i + "]";
        if (t == null) {
          throw bad(at, "missing", "a transaction is empty");
        }
        if (t.id() == null || t.id().isBlank()) {
          throw bad(at + ".transactionId", "missing", "give the transaction's id");
        }
        if (t.date() == null) {
          throw bad(at + ".transactionDate", "missing", "give the transaction's date");
        }
        if (t.status() == null) {
          throw bad(at + ".status", "missing", "give the transaction's status: ACTIVE, UPDATED or DELETED");
        }
        amount(at + ".amount", t.amountOre());
        if (t.status() != TransactionStatus.ACTIVE) {
          continue;
        }
        if (!ids.add(t.id())) {
          throw bad(at + ".transactionId", "duplicate-payment-id", "transaction " + t.id() + " is active twice on the card");
        }
        active = Math.addExact(active, t.amountOre());
        if (t.amountOre() > 0) {
          if (firstActive == null || t.date().isBefore(firstActive)) {
            firstActive = t.date();
          }
          entries.add(new CapEntry(t.id(), t.date(), t.amountOre(), CapEntry.Origin.CARD));
        }
      }
      if (active != currentAmountOre) {
        throw bad("card.currentAmount", "inconsistent", "the card says " + kr(currentAmountOre)
            + " has counted, but its active transactions add up to " + kr(active));
      }
    }
    if (frikort() && amountToLimitOre > 0) {
      throw bad("card.status", "inconsistent", "the card is " + status + " (frikort) but " + kr(amountToLimitOre)
          + " is left to the limit");
    }
    if (status == Status.BELOW_LIMIT && amountToLimitOre == 0) {
      throw bad("card.status", "inconsistent", "the card is BELOW_LIMIT but nothing is left to the limit");
    }
    if (frikortDate != null && status == Status.BELOW_LIMIT) {
      throw bad("card.frikortDate", "contradictory", "a card below the limit has no frikort date");
    }
    if (currentAmountOre == 0) {
      // Nothing has counted: no period is open (E03); the next qualifying fee opens one.
      return CapState.EMPTY;
    }
    if (startDate == null) {
      throw bad("card.startDate", "missing", "give the first day of the card's period (" + kr(currentAmountOre) + " has counted)");
    }
    LocalDate last = CapPeriod.lastDayFor(startDate, periodMonths);
    if (endDate != null && !endDate.equals(last)) {
      throw bad("card.endDate", "inconsistent", "a period from " + startDate + " ends on " + last
          + " (" + periodMonths + " months less a day, decision E03), not on " + endDate);
    }
    if (frikortDate != null && (frikortDate.isBefore(startDate) || frikortDate.isAfter(last))) {
      throw bad("card.frikortDate", "outside-period", "the frikort date " + frikortDate + " is outside the period "
          + startDate + " – " + last);
    }
    if (transactions != null) {
      for (int i = 0; i < transactions.size(); i++) {
        Transaction t = transactions.get(i);
        if (t.status() == TransactionStatus.ACTIVE && (t.date().isBefore(startDate) || t.date().isAfter(last))) {
          throw bad("card.transactions[" + i + "].transactionDate", "outside-period", "transaction " + t.id() + " on "
              + t.date() + " is outside the card's period " + startDate + " – " + last);
        }
      }
      if (!startDate.equals(firstActive)) {
        throw bad("card.startDate", "inconsistent", "the period starts on " + startDate
            + " but the card's first active transaction is on " + firstActive);
      }
    } else {
      entries.add(new CapEntry(SUMMARY_PREFIX + (cardId == null || cardId.isBlank() ? startDate : cardId), startDate,
          currentAmountOre, CapEntry.Origin.CARD));
    }
    CapPeriod facts = new CapPeriod(startDate, last, limitOre(), CapPeriod.REGISTRY, 0, null, 0);
    return CapState.of(entries, List.of(facts));
  }

  private static void amount(String field, long ore) {
    if (ore < 0) {
      throw bad(field, "negative-amount", "an amount on the card must not be negative");
    }
    if (ore > CapEntry.MAX_ORE) {
      throw bad(field, "amount-too-large", "an amount on the card must be at most " + CapEntry.MAX_TEXT);
    }
  }

  private static InvalidInputException bad(String field, String kind, String detail) {
    return new InvalidInputException(field, kind, detail);
  }

  private static String kr(long ore) {
    return se.rjl.patientfees.engine.outpatient.Money.kr(ore);
  }
}
