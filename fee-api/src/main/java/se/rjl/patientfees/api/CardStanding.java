package se.rjl.patientfees.api;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The card as it stands after a priced contact or a correction, in the registry's terms: what the
 * registry will show once the cash register has reported the {@link RegistryUpdate}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startDate the period's first day (a new one when the contact opened a period)
 * @param endDate the period's last day
 * @param currentAmount what has counted in the period
 * @param amountToLimit what is left to the limit
 * @param status {@code BELOW_LIMIT} or {@code FINAL}
 * @param frikortDate the day the limit was reached, or null
 * @param newPeriod whether this contact opened the period
 */
public record CardStanding(
    LocalDate startDate,
    LocalDate endDate,
    MonetaryAmount currentAmount,
    MonetaryAmount amountToLimit,
    FrikortCard.Status status,
    LocalDate frikortDate,
    boolean newPeriod) {}
