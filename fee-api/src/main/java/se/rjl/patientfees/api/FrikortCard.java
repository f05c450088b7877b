package se.rjl.patientfees.api;

import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A patient's frikort card as the national registry eFrikort holds it (seed 002 L3235–L3275): the
 * open period's first and last day, what has counted toward the limit and what is left, the status,
 * and — from {@code GetExtendedCardForPerson} — the card's transactions. The field names are those
 * of the eFrikort 3.0 contract's {@code CardType} and {@code TransactionType}. Give it to {@link
 * PatientFees#capState(FrikortCard)} to price against it; an inconsistent card is refused with the
 * field named ({@code card.currentAmount}, {@code card.endDate}, {@code card.status}, ...).
 *
 * <pre>{@code
 * FrikortCard card = FrikortCard.summary(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 11, 19),
 *     Amounts.ofOre(1300_00), Amounts.ofOre(150_00), FrikortCard.Status.BELOW_LIMIT);
 * CapState state = fees.capState(card);
 * fees.priceContact(patient, visit, state, "kvitto-1").pay(); // SEK 150.00 on 2026-02-03
 * }</pre>
 *
 * <p>Immutable and thread-safe (the transactions are copied).
 *
 * @param cardSystemId the registry's id of the card, or null
 * @param startDate the period's first day ({@code startDate}); null for a card on which nothing has counted
 * @param endDate the period's last day ({@code endDate}), or null to derive it from the start (E03)
 * @param currentAmount what has counted in the period ({@code currentAmount})
 * @param amountToLimit what is left to the limit ({@code amountToLimit}); with {@code currentAmount} the limit
 * @param status the card's status
 * @param frikortDate the day the limit was reached ({@code finalCardDate}, or {@code
 *     preliminaryCardDate} for a preliminary card), or null
 * @param transactions the card's transactions, or null when the card came without them
 */
public record FrikortCard(
    String cardSystemId,
    LocalDate startDate,
    LocalDate endDate,
    MonetaryAmount currentAmount,
    MonetaryAmount amountToLimit,
    Status status,
    LocalDate frikortDate,
    List<Transaction> transactions) {

  public FrikortCard {
    transactions = transactions == null ? null : List.copyOf(transactions);
  }

  /** A card without its transactions ({@code GetCardForPerson}). */
  public static FrikortCard summary(LocalDate startDate, LocalDate endDate, MonetaryAmount currentAmount,
      MonetaryAmount amountToLimit, Status status) {
    return new FrikortCard(null, startDate, endDate, currentAmount, amountToLimit, status, null, null);
  }

  /** The card's status ({@code CardStatusType}). */
  public enum Status {
    /** Below the limit: the patient pays. */
    BELOW_LIMIT,
    /** Frikort in preliminary status: priced as frikort (decision E82). */
    PRELIMINARY,
    /** Frikort: the limit is reached. */
    FINAL,
    /** The period has ended. */
    EXPIRED
  }

  /** A transaction's status ({@code TransactionStatusType}): only active ones count. */
  public enum TransactionStatus {
    /** The transaction's latest version, not deleted. */
    ACTIVE,
    /** An earlier version of a transaction that was edited. */
    UPDATED,
    /** A deleted transaction. */
    DELETED
  }

  /**
   * One fee registered on the card ({@code TransactionType}).
   *
   * @param transactionId the registry's id; corrections and reversals name it
   * @param transactionDate the fee's date
   * @param amount the fee that counted
   * @param status active, updated or deleted
   */
  public record Transaction(String transactionId, LocalDate transactionDate, MonetaryAmount amount, TransactionStatus status) {}
}
