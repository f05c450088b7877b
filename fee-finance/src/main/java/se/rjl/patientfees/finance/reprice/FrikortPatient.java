package se.rjl.patientfees.finance.reprice;

import java.time.LocalDate;

/**
 * A patient who reached frikort under at least one of the two rulebooks.
 *
 * @param frikortBase the day the base rulebook's cap was reached, or null
 * @param frikortProposed the day the proposed rulebook's cap was reached (in the proposed book's
 *     year, decision E30), or null
 * @param paidBaseOre what the patient paid in the year under the base rulebook
 * @param paidProposedOre … under the proposed rulebook
 */
public record FrikortPatient(
    String patientId, String group, LocalDate birthDate, LocalDate frikortBase, LocalDate frikortProposed,
    long paidBaseOre, long paidProposedOre) {}
