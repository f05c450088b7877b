package se.rjl.patientfees.engine.inpatient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * One hospital stay (slutenvård) from admission to discharge, possibly moving between clinics. Fields
 * may be null or empty; the pricer names any that are missing or contradictory.
 *
 * @param admissionDate the day the patient is admitted (inskrivningsdag, paid)
 * @param dischargeDate the day the patient is discharged (utskrivningsdag, not paid unless it is also
 *     the admission day, L4525–L4529)
 * @param transfers days the patient moved to another clinic or hospital: each starts a new
 *     vårdtillfälle, and the day count starts again at day 1 (L4514–L4515, decision E10)
 * @param leaves leave periods (permission); their order does not matter
 * @param exemption a key of the rulebook's {@code inpatient.exemptGroups} (custody,
 *     forensic-psychiatry, compulsory-psychiatric-care, asylum-lma), or null
 * @param urgency acute or planned: needed for patients from abroad (decisions R27, R31, E12)
 * @param deliveryCare the stay is childbirth care (the Israeli convention covers only that, R28)
 * @param exemptFrom with an exemption: the first day it holds, when it holds for part of the stay
 *     only (e.g. compulsory psychiatric care that becomes voluntary on the same clinic); null = from
 *     the admission. The day count runs on through the whole vårdtillfälle (L4514)
 * @param exemptTo with an exemption: the last day it holds, or null = to the end of the stay
 */
public record Stay(
    LocalDate admissionDate,
    LocalDate dischargeDate,
    List<LocalDate> transfers,
    List<Leave> leaves,
    String exemption,
    Urgency urgency,
    boolean deliveryCare,
    LocalDate exemptFrom,
    LocalDate exemptTo) {

  /** A stay whose exemption, if any, holds for the whole stay. */
  public Stay(LocalDate admissionDate, LocalDate dischargeDate, List<LocalDate> transfers, List<Leave> leaves, String exemption,
      Urgency urgency, boolean deliveryCare) {
    this(admissionDate, dischargeDate, transfers, leaves, exemption, urgency, deliveryCare, null, null);
  }

  public Stay {
    transfers = transfers == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(transfers));
    leaves = leaves == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(leaves));
  }

  /** A stay at one clinic without leave, exemption or urgency. */
  public static Stay of(LocalDate admission, LocalDate discharge) {
    return new Stay(admission, discharge, List.of(), List.of(), null, null, false, null, null);
  }

  public Stay withTransfers(List<LocalDate> v) {
    return new Stay(admissionDate, dischargeDate, v, leaves, exemption, urgency, deliveryCare, exemptFrom, exemptTo);
  }

  public Stay withLeaves(List<Leave> v) {
    return new Stay(admissionDate, dischargeDate, transfers, v, exemption, urgency, deliveryCare, exemptFrom, exemptTo);
  }

  public Stay withExemption(String v) {
    return new Stay(admissionDate, dischargeDate, transfers, leaves, v, urgency, deliveryCare, exemptFrom, exemptTo);
  }

  public Stay withUrgency(Urgency v) {
    return new Stay(admissionDate, dischargeDate, transfers, leaves, exemption, v, deliveryCare, exemptFrom, exemptTo);
  }

  public Stay withDeliveryCare(boolean v) {
    return new Stay(admissionDate, dischargeDate, transfers, leaves, exemption, urgency, v, exemptFrom, exemptTo);
  }

  /** The exemption holds from {@code from} to {@code to} (inclusive; null = the stay's start or end). */
  public Stay withExemptDays(LocalDate from, LocalDate to) {
    return new Stay(admissionDate, dischargeDate, transfers, leaves, exemption, urgency, deliveryCare, from, to);
  }

  /** Whether the exemption holds for part of the stay only. */
  public boolean partialExemption() {
    return exemption != null && (exemptFrom != null || exemptTo != null);
  }
}
