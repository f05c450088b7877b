package se.rjl.patientfees.engine.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.certificate.CertificateRequest.Visit;
import se.rjl.patientfees.engine.outpatient.Money;
import se.rjl.patientfees.engine.result.AppliedRule;
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
    List<AppliedRule> why = new ArrayList<>();
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
      why.add(new AppliedRule("certificate.only-purpose", null, "L4603–L4604",
          "Besökets enda syfte är intyget: ingen patientavgift för besöket, endast intygsavgift."));
    }
    if (freeCert.isPresent()) {
      FreeCertificate f = freeCert.get();
      why.add(new AppliedRule("certificate.free", f.key(), f.source().cite(), f.title() + ": avgiftsfritt."));
      if (visit == Visit.CHARGED_CONTACT) {
        why.add(new AppliedRule("certificate.visit-fee-separate", null, "L4697–L4702",
            "Patientavgiften för besöket tas ut enligt öppenvårdsreglerna."));
      }
      notCap(why);
      Payer payer = req.payer() == null ? Payer.PATIENT : req.payer();
      return new CertificateResult(book.id(), f.key(), f.title(), true, 0, 0, 0, 0, 0, payer, 0, 0, visitFeeWaived, why);
    }
    CertificateTariff t = tariff.get();
    Payer payer = req.payer() == null ? t.payer() : req.payer();
    if (t.includedInChargedContact() && visit == Visit.CHARGED_CONTACT) {
      why.add(new AppliedRule("certificate.included-in-contact-fee", t.key(), "L4791–L4794",
          t.title() + ": ingår i avgiften för besöket eller distanskontakten, ingen intygsavgift."));
      notCap(why);
      return new CertificateResult(book.id(), t.key(), t.title(), true, 0, 0, 0, 0, 0, payer, 0, 0, false, why);
    }
    if (t.includedInChargedContact()) {
      // Finding F4, decision E13: without a charged contact the sick note is the outpatient fee of
      // its fee-code row (age exemptions and the cap apply); one sick note, one price.
      throw new InvalidInputException("certificate.visit", "priced-as-contact",
          "'" + t.key() + "' without a charged contact is an outpatient fee: price it as a contact of kind"
              + " sick-note-without-visit (free under 20 and from 85, counts toward the cap)");
    }
    if (t.nationalTariffDoctorsOnly() && !req.nationalTariffDoctor()) {
      var text = book.rulebook().ruleText("certificate.not-national-tariff");
      why.add(new AppliedRule("certificate.not-national-tariff", t.key(), text.map(x -> x.source().cite()).orElse(null),
          text.map(x -> x.format(t.title())).orElse(t.title())));
      notCap(why);
      return new CertificateResult(book.id(), t.key(), t.title(), true, 0, 0, 0, 0, 0, payer, 0, 0, visitFeeWaived, why);
    }
    int hours = perHour ? req.hours() : 0;
    long net = perHour ? t.netOre() * hours : t.netOre();
    long gross = perHour ? t.grossOre() * hours : t.grossOre();
    why.add(new AppliedRule(perHour ? "certificate.hourly" : "certificate.tariff", t.key(), t.source().cite(),
        t.title() + ": " + (perHour ? hours + " tim × " + Money.kr(t.grossOre()) + " = " : "") + Money.kr(gross)
            + (t.vatRatePercent() > 0 ? " inkl moms" : "") + "."));
    if (t.vatRatePercent() > 0) {
      why.add(new AppliedRule("certificate.vat", t.key(), "L4607–L4629",
          "Moms " + t.vatRatePercent() + " %: " + Money.kr(net) + " exkl moms + " + Money.kr(gross - net) + " moms (beslut R34)."));
    } else if (t.netOre() > 0) {
      why.add(new AppliedRule("certificate.vat-free", t.key(), "L4632–L4634",
          "Momsfri tjänst: " + Money.kr(gross) + " utan moms (beslut R34)."));
    } else {
      why.add(new AppliedRule("certificate.free", t.key(), t.source().cite(), t.title() + ": 0 kr."));
    }
    if (payer != Payer.PATIENT) {
      why.add(new AppliedRule("certificate.payer", t.key(), t.source().cite(),
          "Faktureras " + payerSv(payer) + "; patienten betalar ingen avgift för detta."));
    }
    notCap(why);
    long patientPays = payer == Payer.PATIENT ? gross : 0;
    long invoiced = payer == Payer.PATIENT ? 0 : gross;
    return new CertificateResult(book.id(), t.key(), t.title(), gross == 0, net, t.vatRatePercent(), gross - net, gross,
        hours, payer, patientPays, invoiced, visitFeeWaived, why);
  }

  private static void notCap(List<AppliedRule> why) {
    why.add(new AppliedRule("certificate.not-cap-qualifying", null, "L4605", "Intygsavgiften omfattas inte av högkostnadsskyddet."));
  }

  private static String payerSv(Payer p) {
    return switch (p) {
      case PATIENT -> "patienten";
      case FORSAKRINGSKASSAN -> "Försäkringskassan";
      case EMPLOYER -> "arbetsgivaren";
      case EMPLOYMENT_SERVICE_OR_SOCIAL_SERVICES -> "Arbetsförmedlingen eller kommunens socialtjänst";
    };
  }

  /** The payer as written in scenario files and JSON: {@code forsakringskassan}. */
  public static String kebab(Payer p) {
    return YamlValue.kebab(p);
  }
}
