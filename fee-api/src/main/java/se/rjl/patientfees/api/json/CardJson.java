package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.api.FrikortCard;

/**
 * A frikort card as eFrikort gives it ({@code CardType}; with {@code transactions} as {@code
 * GetExtendedCardForPerson} gives them), to price against instead of a {@code capState}.
 *
 * <pre>{@code
 * {"startDate": "2025-11-20", "endDate": "2026-11-19",
 *  "currentAmount": {"amount": "1300.00", "currency": "SEK"},
 *  "amountToLimit": {"amount": "150.00", "currency": "SEK"}, "status": "BELOW_LIMIT"}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param status {@code BELOW_LIMIT}, {@code PRELIMINARY}, {@code FINAL} or {@code EXPIRED}, as in the contract
 * @param transactions optional; each {@code {"transactionId", "transactionDate", "amount", "status"}}
 */
public record CardJson(
    String cardSystemId,
    LocalDate startDate,
    LocalDate endDate,
    MoneyJson currentAmount,
    MoneyJson amountToLimit,
    FrikortCard.Status status,
    LocalDate frikortDate,
    List<TransactionJson> transactions) {
  public CardJson {
    transactions = transactions == null ? null : List.copyOf(transactions);
  }


  /** One transaction on the card ({@code TransactionType}). */
  public record TransactionJson(String transactionId, LocalDate transactionDate, MoneyJson amount, FrikortCard.TransactionStatus status) {}
}
