package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.content.Regelbok.book;
import static se.rjl.patientfees.rules.content.Regelbok.kr;
import static se.rjl.patientfees.rules.content.Regelbok.line;
import static se.rjl.patientfees.rules.content.Regelbok.lines;
import static se.rjl.patientfees.rules.content.Regelbok.printsAmount;

import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.MissedVisitRules;

/** rulebooks/2026/inpatient-and-missed-visits.yaml against the regelbok (seed 002). */
class InpatientAndMissedVisitsContentTest {

  /** The day fee in kronor for day {@code day} of one stay. */
  private static long dayFee(int day) {
    for (InpatientTariff.DayBand b : book().inpatient().dayBands()) {
      if (day >= b.fromDay() && (b.toDay() == 0 || day <= b.toDay())) {
        return kr(b.amountOre());
      }
    }
    throw new AssertionError("no day band for day " + day);
  }

  @Test
  void dayFeeIs130ForDays1To10And110From11() {
    // L4512-L4513: "För dag 1-10, inom samma vårdtillfälle, betalar patienten 130 kr per påbörjad
    // vårddag. Därefter utgår en avgift på 110 kr per vårddag."
    assertThat(line(4512)).contains("För dag 1-10", "130 kr");
    assertThat(line(4513)).contains("110 kr per vårddag");
    assertThat(dayFee(1)).as("day 1, L4512").isEqualTo(130);
    assertThat(dayFee(10)).as("day 10, the last day of the first band, L4512").isEqualTo(130);
    assertThat(dayFee(11)).as("day 11, L4513").isEqualTo(110);
    assertThat(dayFee(365)).as("any later day, L4513").isEqualTo(110);
    assertThat(book().inpatient().dayBands()).hasSize(2);
    assertThat(book().inpatient().dayBands().get(0).toDay()).isEqualTo(10);
    // The constant inpatient-day-max (main file) is the first band's amount.
    assertThat(kr(book().constant("inpatient-day-max").orElseThrow().amountOre())).isEqualTo(130);
  }

  @Test
  void childrenUnder20AreFree() {
    // L4521-L4522: "Barn och ungdomar under 20 år har avgiftsfri slutenvård. Från och med 20-årsdagen
    // gäller vanlig sjukvårdstaxa."
    assertThat(lines(4521, 4522)).contains("under 20 år har avgiftsfri slutenvård", "20-");
    InpatientTariff t = book().inpatient();
    assertThat(t.freeAgeBand()).isEqualTo("child");
    AgeBand child = book().ageBand("child").orElseThrow();
    assertThat(child.contains(19)).isTrue();
    assertThat(child.contains(20)).isFalse();
  }

  @Test
  void exemptGroups() {
    InpatientTariff t = book().inpatient();
    assertThat(t.exemptGroups())
        .extracting(InpatientTariff.InpatientExemption::key)
        .containsExactly("custody", "forensic-psychiatry", "compulsory-psychiatric-care", "asylum-lma");
    assertThat(t.exemptGroups()).extracting(e -> e.source().cite())
        .containsExactly("L4537–L4540", "L4542–L4546", "L4548–L4549", "L4556–L4557");
    // L4538-L4539 custody; L4546 forensic psychiatry; L4549 compulsory care; L4557 LMA card.
    assertThat(lines(4538, 4539)).contains("betalar ingen", "patientavgift för sluten vård");
    assertThat(line(4546)).contains("Slutenvårdsavgift tas inte ut");
    assertThat(line(4549)).contains("Slutenvårdsavgift tas inte ut");
    assertThat(line(4557)).contains("Asylsökande med LMA-kort betalar ingen avgift vid sjukhusvård");
  }

  @Test
  void foreignAndSwedeAbroadDayFees() {
    // L5586: "Patienten betalar 130 kronor/vårddygn för akut slutenvård" (decision R27).
    var foreign = book().inpatient().foreignPerDay();
    assertThat(kr(foreign.amountOre())).isEqualTo(130);
    assertThat(foreign.formula()).isEqualTo("inpatient-day-max");
    assertThat(printsAmount(Regelbok.lines(foreign.source()), 130)).as("130 in " + foreign.source().cite()).isTrue();
    // L5797-L5798: "För slutenvård är kostnaden 1 300 kronor/vårddygn (10 x högsta slutenvårdsavgiften på 130 kr)."
    var abroad = book().inpatient().swedeAbroadPlannedPerDay();
    assertThat(kr(abroad.amountOre())).isEqualTo(1300);
    assertThat(abroad.formula()).isEqualTo("10 × inpatient-day-max");
    assertThat(printsAmount(Regelbok.lines(abroad.source()), 1300)).as("1 300 in " + abroad.source().cite()).isTrue();
    assertThat(lines(5797, 5798)).contains("10 x högsta slutenvårdsavgiften på 130 kr");
  }

  @Test
  void leaveDaysAndCap() {
    // L4586-L4587: "Som permissionsdag räknas den dag då patienten vistas utanför sjukhuset i minst
    // 12 timmar mellan kl 00.00 och kl 24.00."
    assertThat(book().inpatient().leaveMinHours()).isEqualTo(12);
    assertThat(lines(4586, 4587)).contains("12 timmar mellan kl 00.00 och kl 24.00");
    // L4532: "Patientavgiften för slutenvård är inte högkostnadsgrundande."
    assertThat(book().inpatient().countsTowardCap()).isFalse();
    assertThat(line(4532)).contains("slutenvård är inte högkostnadsgrundande");
  }

  @Test
  void missedVisitNoticePeriods() {
    MissedVisitRules m = book().missedVisits();
    // L4346-L4347: "Återbud till erbjuden besökstid i primärvården ska lämnas senast 24 timmar före besöket."
    assertThat(m.primaryCareNoticeHours()).isEqualTo(24);
    assertThat(lines(4346, 4347)).contains("primärvården ska lämnas senast 24 timmar");
    // L4363-L4364: "... i specialistsjukvården ska lämnas senast 3 hela vardagar (72 timmar) före besöket."
    assertThat(m.specialistNoticeWorkingDays()).isEqualTo(3);
    assertThat(lines(4363, 4364)).contains("senast 3 hela", "vardagar (72 timmar)");
    // Decision E04: the eves are not working days.
    assertThat(m.evesAreNonWorkingDays()).isTrue();
    assertThat(m.source().cite()).isEqualTo("L4345–L4379");
  }
}
