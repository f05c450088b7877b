package se.rjl.patientfees.api.json;

import java.time.LocalDate;
import se.rjl.patientfees.engine.certificate.CertificateRequest.Visit;
import se.rjl.patientfees.rules.model.CertificateTariff.Payer;

/**
 * {@code POST /v1/certificate}: one certificate (intyg) by its rulebook key.
 *
 * <pre>{@code
 * {"certificate": {"key": "tariff-a", "date": "2026-03-10"}}
 * }</pre>
 */
public record CertificatePriceRequest(CertificateJson certificate) {

  /**
   * The certificate: {@code key} and {@code date} are required.
   *
   * <pre>{@code
   * {"key": "hourly", "date": "2026-03-10", "hours": 2, "visit": "only-purpose", "payer": "employer"}
   * }</pre>
   *
   * @param key a key of the rulebook's {@code certificates} or {@code freeCertificates}
   * @param date the day it is issued (chooses the rulebook)
   * @param hours whole hours worked, for the hourly tariff only
   * @param visit {@code none} (default), {@code only-purpose} or {@code charged-contact}
   * @param payer who is invoiced, when not the tariff's own payer
   */
  public record CertificateJson(String key, LocalDate date, Integer hours, Visit visit, Payer payer, Boolean nationalTariffDoctor) {}
}
