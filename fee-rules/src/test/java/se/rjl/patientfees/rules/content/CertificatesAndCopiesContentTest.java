package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.content.Regelbok.book;
import static se.rjl.patientfees.rules.content.Regelbok.kr;
import static se.rjl.patientfees.rules.content.Regelbok.line;
import static se.rjl.patientfees.rules.content.Regelbok.lines;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.CopyTariff;
import se.rjl.patientfees.rules.validate.RulebookValidator;

/** rulebooks/2026/certificates-and-copies.yaml against the regelbok (seed 002). */
class CertificatesAndCopiesContentTest {

  /** key, net, VAT %, gross, per hour, source as cited. */
  static Stream<Arguments> certificates() {
    return Stream.of(
        // L4655-L4659 "A. Enkelt intyg grundat på patientkontakt eller journaluppgift. 248:- 310:-"
        Arguments.of("tariff-a", 248, 25, 310, false, "L4655–L4659"),
        // L4661-L4667 "B. Intyg som kräver undersökning och/eller enkla prover ... 784:- 980:-"
        Arguments.of("tariff-b", 784, 25, 980, false, "L4661–L4667"),
        // L4671-L4678 "C. Intyg av omfattande karaktär ... 1.224:- 1.530:-"
        Arguments.of("tariff-c", 1224, 25, 1530, false, "L4671–L4678"),
        // L4680-L4683 "Vid tidskrävande intyg kan timtaxa debiteras med 984:-/tim 1.230:-/tim"
        Arguments.of("hourly", 984, 25, 1230, true, "L4680–L4683"),
        // L4632-L4634 LVM-intyg is VAT-free (decision R34); amount of tariff B (L4665, L4667).
        Arguments.of("lvm", 784, 0, 784, false, "L4661–L4667"),
        // "Intygstaxa B (exklusive moms)" (L4114, L4180, L4185, L4218, L4903): tariff B net.
        Arguments.of("tariff-b-without-vat", 784, 0, 784, false, "L4661–L4667"),
        // L4704-L4707 "Intyg för föräldrapenning och tillfällig föräldrapenning (VAB) ... 0:-"
        Arguments.of("parental-benefit", 0, 0, 0, false, "L4704–L4707"),
        // L4713-L4721 routine driving-licence certificates because of illness "0: -"
        Arguments.of("driving-licence-routine-illness", 0, 0, 0, false, "L4713–L4721"),
        // L4725-L4729 "Intyg för behörighet till C- och D-körkort. Obligatoriskt 45 års intyg ... 784:- 980:-"
        Arguments.of("driving-licence-c-d", 784, 25, 980, false, "L4725–L4729"),
        // L4732-L4754 substance abuse "1.224:-" (L4750) "1.530:-" (L4754)
        Arguments.of("driving-licence-substance-abuse", 1224, 25, 1530, false, "L4732–L4754"),
        // L4762-L4779 alkolås "1.224:- 1.530:-" (L4779)
        Arguments.of("alcolock", 1224, 25, 1530, false, "L4762–L4779"),
        // L4793-L4794 "Om ingen avgift tas ut för distanskontakten kostar intyget 100 kr."
        Arguments.of("sick-note-without-visit", 100, 0, 100, false, "L4791–L4794"),
        // L4821-L4829 E213 "4.500:- 5.625:-"
        Arguments.of("e213", 4500, 25, 5625, false, "L4821–L4829"),
        // L4831-L4843 Arbetsförmedlingen/socialtjänst "3 200:-" "4.000:-"
        Arguments.of("employment-service-social-services", 3200, 25, 4000, false, "L4831–L4843"),
        // L4853-L4870 avstämningsmöte "750: - 938: -" (937.50 rounded half up)
        Arguments.of("reconciliation-meeting", 750, 25, 938, false, "L4853–L4870"));
  }

  @ParameterizedTest(name = "{0}: {1}/{3} kr")
  @MethodSource("certificates")
  void certificateAmounts(String key, int net, int vat, int gross, boolean perHour, String source) {
    CertificateTariff c = book().certificate(key).orElseThrow(() -> new AssertionError("no certificate " + key));
    assertThat(kr(c.netOre())).as(key + " net, " + source).isEqualTo(net);
    assertThat(c.vatRatePercent()).as(key + " VAT, " + source).isEqualTo(vat);
    assertThat(kr(c.grossOre())).as(key + " gross, " + source).isEqualTo(gross);
    assertThat(c.perHour()).as(key + " per hour").isEqualTo(perHour);
    assertThat(c.source().cite()).as(key).isEqualTo(source);
    assertThat(RulebookValidator.grossOf(c.netOre(), c.vatRatePercent())).as(key + " gross = net + VAT").isEqualTo(c.grossOre());
  }

  @Test
  void everyCertificateIsChecked() {
    assertThat(book().certificates()).extracting(CertificateTariff::key)
        .containsExactlyInAnyOrderElementsOf(certificates().map(a -> (String) a.get()[0]).toList());
  }

  @Test
  void reconciliationMeetingGrossIsRoundedHalfUp() {
    // L4870 "750: - 938: -": 750 × 1.25 = 937.50, printed 938.
    assertThat(line(4870)).contains("750: - 938: -");
    assertThat(RulebookValidator.grossOf(75_000, 25)).isEqualTo(93_800);
  }

  @Test
  void tariffExamplesAreVerbatim() {
    // L4663-L4665 "t ex AMF-intyg, livsmedelsintyg inkl prover, LVM-intyg"
    assertThat(book().certificate("tariff-b").orElseThrow().examples())
        .containsExactly("AMF-intyg", "livsmedelsintyg inkl prover", "LVM-intyg");
    assertThat(lines(4663, 4665)).contains("AMF-intyg", "livsmedelsintyg inkl prover", "LVM-intyg");
    // L4674-L4676 "t ex dykarcertifikat, rättsintyg, handskadeintyg, invaliditetsintyg"
    assertThat(book().certificate("tariff-c").orElseThrow().examples())
        .containsExactly("dykarcertifikat", "rättsintyg", "handskadeintyg", "invaliditetsintyg");
    assertThat(lines(4674, 4676)).contains("dykarcertifikat", "rättsintyg, handskadeintyg", "invaliditetsintyg");
    // L4632-L4634 "Exempel på momsfria tjänster: • LVM-intyg • LVU-intyg"
    assertThat(lines(4632, 4634)).contains("momsfria", "LVM-intyg", "LVU-intyg");
  }

  @Test
  void copyTariff() {
    CopyTariff c = book().copies();
    // L4950 "1-9 kopior/sidor: 0: -"
    assertThat(c.freePages()).isEqualTo(9);
    assertThat(line(4950)).contains("1-9 kopior/sidor: 0: -");
    // L4951 "10 kopior/sidor: 50: -"
    assertThat(c.basePages()).isEqualTo(10);
    assertThat(kr(c.baseOre())).isEqualTo(50);
    assertThat(line(4951)).contains("10 kopior/sidor: 50: -");
    // L4952 "Kopior där utöver (11 eller fler): 2: -/st"
    assertThat(kr(c.perPageOre())).isEqualTo(2);
    assertThat(line(4952)).contains("2: -/st");
    // L4953 "Röntgenfilm på CD-skiva: 300: -"
    assertThat(kr(c.cdOre())).isEqualTo(300);
    assertThat(line(4953)).contains("CD-skiva: 300: -");
    // L4954 "Kopia av video/DVD: 600: -/st"
    assertThat(kr(c.videoOre())).isEqualTo(600);
    assertThat(line(4954)).contains("video/DVD: 600: -/st");
    // L4955 "Ultraljudsbild: 50: -/st"
    assertThat(kr(c.ultrasoundImageOre())).isEqualTo(50);
    assertThat(line(4955)).contains("Ultraljudsbild: 50: -/st");
    assertThat(c.source().cite()).isEqualTo("L4929–L4976");
  }

  /** The copy fee for {@code pages}, as CopyTariff documents it. */
  private static long copyFee(CopyTariff c, int pages) {
    if (pages <= c.freePages()) {
      return 0;
    }
    return kr(c.baseOre()) + Math.max(0, pages - c.basePages()) * kr(c.perPageOre());
  }

  @Test
  void copyExampleOfFifteenPagesCosts60() {
    // L4958 "Om en patient begär att få ut 15 kopior blir kostnaden 50 + 10 = 60: -"
    assertThat(line(4958)).contains("15 kopior blir kostnaden 50 + 10 = 60: -");
    CopyTariff c = book().copies();
    assertThat(copyFee(c, 9)).as("L4950").isZero();
    assertThat(copyFee(c, 10)).as("L4951").isEqualTo(50);
    assertThat(copyFee(c, 11)).as("L4952").isEqualTo(52);
    assertThat(copyFee(c, 15)).as("L4958").isEqualTo(60);
  }

  @Test
  void freeCopyRecipients() {
    // L4971-L4976: "Journalkopior som utlämnas till statliga myndigheter, Försäkringskassan, Landstingens
    // Ömsesidiga Försäkringsbolag (LÖF), Personskaderegleringen (PSR) och kommuner är avgiftsfria
    // oavsett antal." ... "Gäller även företagshälsovården i länet."
    assertThat(book().copies().freeRecipients())
        .hasSize(7)
        .contains(
            "statliga myndigheter",
            "Försäkringskassan",
            "Landstingens Ömsesidiga Försäkringsbolag (LÖF)",
            "Personskaderegleringen (PSR)",
            "kommuner",
            "företagshälsovården i länet");
    String text = lines(4971, 4976);
    for (String r : book().copies().freeRecipients().subList(0, 5)) {
      assertThat(text.replaceAll("\\s+", " ")).as("free recipient, L4971-L4973").contains(r);
    }
    assertThat(text).contains("företagshälsovården i länet");
  }
}
