package se.rjl.patientfees.api;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * What the cash register must report to the registry (eFrikort) after a priced contact or a
 * correction: one of the contract's {@code RegisterTransaction}, {@code UpdateTransaction} or
 * {@code DeleteTransaction}. The eFrikort XML adapter ({@code EfrikortXml}) writes it as the
 * contract's request element.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind register a new transaction, update one, or delete one
 * @param transactionId the payment id (for an update or a deletion: the registry's transaction id)
 * @param transactionDate the fee's date (null for a deletion)
 * @param amount what counts toward the cap (null for a deletion); 0 for a contact with frikort,
 *     which is registered all the same
 * @param reason why, for an update or a deletion ({@code updateReason}, {@code deleteReason}); null
 *     for a registration
 */
public record RegistryUpdate(Kind kind, String transactionId, LocalDate transactionDate, MonetaryAmount amount, String reason) {

  /** Which of the registry's interactions. */
  public enum Kind {
    /** {@code RegisterTransaction}: a new fee on the card. */
    REGISTER,
    /** {@code UpdateTransaction}: a registered fee changes amount. */
    UPDATE,
    /** {@code DeleteTransaction}: a registered fee is reversed. */
    DELETE
  }
}
