package se.rjl.patientfees.engine.certificate;

import java.time.LocalDate;
import se.rjl.patientfees.rules.model.CertificateTariff.Payer;

/**
 * A certificate to price.
 *
 * @param key a key of the rulebook's {@code certificates} or {@code freeCertificates}
 * @param date the day it is issued (chooses the rulebook)
 * @param hours for the hourly tariff: whole hours worked (decision E13), else null
 * @param visit how the certificate came about; null is read as {@link Visit#NONE}
 * @param payer who is invoiced, when not the tariff's own payer (e.g. the employer for a workplace
 *     visit, decision R35); null for the tariff's payer
 * @param nationalTariffDoctor a private doctor under the national tariff writes it: only such a
 *     doctor may charge the tariffs marked {@code nationalTariffDoctorsOnly} (E213, decision E13)
 */
public record CertificateRequest(String key, LocalDate date, Integer hours, Visit visit, Payer payer,
    boolean nationalTariffDoctor) {

  /** A request written by a doctor of the region (not under the national tariff). */
  public CertificateRequest(String key, LocalDate date, Integer hours, Visit visit, Payer payer) {
    this(key, date, hours, visit, payer, false);
  }

  public static CertificateRequest of(String key, LocalDate date) {
    return new CertificateRequest(key, date, null, Visit.NONE, null);
  }

  public CertificateRequest withHours(Integer h) {
    return new CertificateRequest(key, date, h, visit, payer, nationalTariffDoctor);
  }

  public CertificateRequest withVisit(Visit v) {
    return new CertificateRequest(key, date, hours, v, payer, nationalTariffDoctor);
  }

  public CertificateRequest withPayer(Payer p) {
    return new CertificateRequest(key, date, hours, visit, p, nationalTariffDoctor);
  }

  public CertificateRequest withNationalTariffDoctor(boolean v) {
    return new CertificateRequest(key, date, hours, visit, payer, v);
  }

  /** The contact the certificate is written at (decision E13). */
  public enum Visit {
    /** No contact with a fee: written from the journal, or after a distance contact without a fee. */
    NONE,
    /**
     * A visit whose only purpose is the certificate: the patient pays the certificate fee and no
     * patient fee (L4603–L4604).
     */
    ONLY_PURPOSE,
    /**
     * A visit or qualified distance contact with a care purpose, whose patient fee is charged by the
     * outpatient rules: certificates included in that fee (sick notes) cost nothing more; others
     * cost their fee as well.
     */
    CHARGED_CONTACT
  }
}
