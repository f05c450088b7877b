package se.rjl.patientfees.engine.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.certificate.CertificateRequest.Visit;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.CertificateTariff.Payer;
import se.rjl.patientfees.rules.model.FreeCertificate;
import se.rjl.patientfees.rules.yaml.Suggest;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Prices certificates (intyg, L4602–L4928) by rulebook key: net, VAT and gross as the regelbok
 * prints them (25 %, or VAT-free such as LVM, decision R34); free certificates (L4637–L4651);
 * "Patienten betalar inte patientavgift utan endast intygsavgift när enda syftet med besöket är att få
 * ett intyg" (L4603–L4604); never toward the cap (L4605); the sick note 100 kr without a charged
 * contact (L4791–L4794). Decision E13. Pure and thread-safe.
 */
public final class CertificatePricer {
  private CertificatePricer() {}

  /** Prices with the rulebook in force on the request's date ({@code rulebookFor}, null when none). */
  public static CertificateResult price(Function<java.time.LocalDate, CompiledRulebook> rulebookFor, CertificateRequest req) {
    if (req == null) {
      throw new InvalidInputException("certificate", "missing", "no certificate given");
    }
    if (req.date() == null) {
      throw new InvalidInputException("certificate.date", "missing", "the date the certificate is issued is needed");
    }
    CompiledRulebook book = rulebookFor.apply(req.date());
    if (book == null) {
      throw new InvalidInputException("certificate.date", "outside-validity", "no rulebook is in force on " + req.date());
    }
    return price(book, req);
  }

  public static CertificateResult price(CompiledRulebook book, CertificateRequest req) {
    if (req == null) {
      throw new InvalidInputException("certificate", "missing", "no certificate given");
    }
    if (req.date() == null) {
      throw new InvalidInputException("certificate.date", "missing", "the date the certificate is issued is needed");
    }
    if (!book.rulebook().info().isValidOn(req.date())) {
      throw new InvalidInputException("certificate.date", "outside-validity",
          "the date " + req.date() + " is outside rulebook " + book.id());
    }
    if (req.key() == null || req.key().isBlank()) {
      throw new InvalidInputException("certificate.key", "missing", "say which certificate (a key of the rulebook's certificates)");
    }
    Visit visit = req.visit() == null ? Visit.NONE : req.visit();
    Trace why = book.trace();
    var tariff = book.rulebook().certificate(req.key());
    var freeCert = book.rulebook().freeCertificate(req.key());
    if (tariff.isEmpty() && freeCert.isEmpty()) {
      List<String> keys = Stream.concat(book.rulebook().certificates().stream().map(CertificateTariff::key),
          book.rulebook().freeCertificates().stream().map(FreeCertificate::key)).toList();
      throw new InvalidInputException("certificate.key", "unknown-certificate",
          "'" + req.key() + "' is not a certificate of rulebook " + book.id() + Suggest.didYouMean(req.key(), keys));
    }
    boolean perHour = tariff.map(CertificateTariff::perHour).orElse(false);
    if (req.hours() != null && !perHour) {
      throw new InvalidInputException("certificate.hours", "contradictory",
          "hours are only given for the hourly tariff, not for '" + req.key() + "'");
    }
    if (perHour && req.hours() == null) {
      throw new InvalidInputException("certificate.hours", "missing", "the hourly tariff needs the number of hours");
    }
    if (perHour && (req.hours() < 1 || req.hours() > 1000)) {
      throw new InvalidInputException("certificate.hours", "out-of-range", "hours must be between 1 and 1000, not " + req.hours());
    }
    boolean visitFeeWaived = visit == Visit.ONLY_PURPOSE;
    if (visitFeeWaived) {
      why.add(Rule.CERTIFICATE_ONLY_PURPOSE);
    }
    if (freeCert.isPresent()) {
      FreeCertificate f = freeCert.get();
      why.add(Rule.CERTIFICATE_FREE, why.ref(f));
      if (visit == Visit.CHARGED_CONTACT) {
        why.add(Rule.CERTIFICATE_VISIT_FEE_SEPARATE);
      }
      notCap(why);
      Payer payer = req.payer() == null ? Payer.PATIENT : req.payer();
      return new CertificateResult(book.id(), f.key(), f.title(), true, 0, 0, 0, 0, 0, payer, 0, 0, visitFeeWaived, why);
    }
    CertificateTariff t = tariff.get();
    Payer payer = req.payer() == null ? t.payer() : req.payer();
    if (t.includedInChargedContact() && visit == Visit.CHARGED_CONTACT) {
      why.add(Rule.CERTIFICATE_INCLUDED_IN_CONTACT_FEE, why.ref(t));
      notCap(why);
      return new CertificateResult(book.id(), t.key(), t.title(), true, 0, 0, 0, 0, 0, payer, 0, 0, false, why);
    }
    if (t.includedInChargedContact()) {
      // Finding F4, decision E13: without a charged contact the sick note is the outpatient fee of
      // its fee-code row (age exemptions and the cap apply); one sick note, one price.
      throw new InvalidInputException("certificate.visit", "priced-as-contact",
          "'" + t.key() + "' without a charged contact is an outpatient fee: price it as a contact of kind"
              + " sick-note-without-visit (its fee-code row's age exemptions and the cap apply)");
    }
    if (t.nationalTariffDoctorsOnly() && !req.nationalTariffDoctor()) {
      why.add(Rule.CERTIFICATE_NOT_NATIONAL_TARIFF, why.ref(t));
      notCap(why);
      return new CertificateResult(book.id(), t.key(), t.title(), true, 0, 0, 0, 0, 0, payer, 0, 0, visitFeeWaived, why);
    }
    int hours = perHour ? req.hours() : 0;
    long net = perHour ? t.netOre() * hours : t.netOre();
    long gross = perHour ? t.grossOre() * hours : t.grossOre();
    if (perHour) {
      why.addAll(Rule.CERTIFICATE_HOURLY, why.ref(t), hours, t.grossOre(), gross, Trace.flag(t.vatRatePercent() > 0));
    } else {
      why.add(Rule.CERTIFICATE_TARIFF, why.ref(t), gross, Trace.flag(t.vatRatePercent() > 0));
    }
    if (t.vatRatePercent() > 0) {
      why.add(Rule.CERTIFICATE_VAT, why.ref(t), t.vatRatePercent(), net, gross - net);
    } else if (t.netOre() > 0) {
      why.add(Rule.CERTIFICATE_VAT_FREE, why.ref(t), gross);
    } else {
      why.add(Rule.CERTIFICATE_FREE, why.ref(t));
    }
    if (payer != Payer.PATIENT) {
      why.add(Rule.CERTIFICATE_PAYER, why.ref(t), why.ref(kebab(payer)));
    }
    notCap(why);
    long patientPays = payer == Payer.PATIENT ? gross : 0;
    long invoiced = payer == Payer.PATIENT ? 0 : gross;
    return new CertificateResult(book.id(), t.key(), t.title(), gross == 0, net, t.vatRatePercent(), gross - net, gross,
        hours, payer, patientPays, invoiced, visitFeeWaived, why);
  }

  private static void notCap(Trace why) {
    why.add(Rule.CERTIFICATE_NOT_CAP_QUALIFYING);
  }

  /** The payer as written in scenario files and JSON: {@code forsakringskassan}. */
  public static String kebab(Payer p) {
    return YamlValue.kebab(p);
  }
}
