package se.rjl.patientfees.api;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A payment that paid more than counts toward the cap when all payments are taken in date order, so
 * the difference is owed back to the patient (decision E81): after a late registration
 * ("efterregistrering") moved a period's start, a receipt counted beyond the cap, or a correction.
 * Settle it by correcting the payment to {@code counted} ({@link PatientFees#correctPayment}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param paymentId the payment
 * @param date its date
 * @param paid what it paid toward the cap
 * @param counted what counts of it
 * @param owed what is owed back: {@code paid - counted}
 * @param reason why, with the period and its cap
 */
public record Refund(String paymentId, LocalDate date, MonetaryAmount paid, MonetaryAmount counted, MonetaryAmount owed,
    String reason) {}
