package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import java.util.List;
import se.rjl.patientfees.api.CardStanding;
import se.rjl.patientfees.api.FrikortCard;
import se.rjl.patientfees.api.Refund;
import se.rjl.patientfees.api.RegistryUpdate;

/**
 * What to report to the registry (eFrikort) after a contact: the transactions to register, update
 * or delete, and the card as it stands afterwards.
 *
 * <pre>{@code
 * {"transactions": [{"kind": "register", "transactionId": "kvitto-1", "transactionDate": "2026-02-03",
 *                    "amount": {"amount": "150.00", "currency": "SEK"}}],
 *  "card": {"startDate": "2025-11-20", "endDate": "2026-11-19", "currentAmount": {...},
 *           "amountToLimit": {...}, "status": "FINAL", "frikortDate": "2026-02-03", "newPeriod": false}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record RegisterJson(List<UpdateJson> transactions, CardStandingJson card) {
  public RegisterJson {
    transactions = transactions == null ? null : List.copyOf(transactions);
  }


  /** One registry interaction: {@code register}, {@code update} or {@code delete}. */
  public record UpdateJson(RegistryUpdate.Kind kind, String transactionId, LocalDate transactionDate, MoneyJson amount, String reason) {
    static UpdateJson of(RegistryUpdate u) {
      return new UpdateJson(u.kind(), u.transactionId(), u.transactionDate(), u.amount() == null ? null : MoneyJson.of(u.amount()),
          u.reason());
    }
  }

  /** The card afterwards. */
  public record CardStandingJson(LocalDate startDate, LocalDate endDate, MoneyJson currentAmount, MoneyJson amountToLimit,
      FrikortCard.Status status, LocalDate frikortDate, boolean newPeriod) {
    static CardStandingJson of(CardStanding c) {
      return c == null ? null : new CardStandingJson(c.startDate(), c.endDate(), MoneyJson.of(c.currentAmount()),
          MoneyJson.of(c.amountToLimit()), c.status(), c.frikortDate(), c.newPeriod());
    }
  }

  /** A payment owed back (decision E81). */
  public record RefundJson(String paymentId, LocalDate date, MoneyJson paid, MoneyJson counted, MoneyJson owed, String reason) {
    static List<RefundJson> of(List<Refund> refunds) {
      return refunds.stream().map(r -> new RefundJson(r.paymentId(), r.date(), MoneyJson.of(r.paid()), MoneyJson.of(r.counted()),
          MoneyJson.of(r.owed()), r.reason())).toList();
    }
  }

  static RegisterJson of(List<RegistryUpdate> updates, CardStanding card) {
    return new RegisterJson(updates.stream().map(UpdateJson::of).toList(), CardStandingJson.of(card));
  }
}
