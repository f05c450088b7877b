package se.rjl.patientfees.engine.inpatient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.testkit.Gen;
import se.rjl.patientfees.testkit.Property;

/**
 * Properties of the inpatient fee over generated stays (fee-testkit, D001): the charge is the sum of
 * the day tariff over the paid days, counted here by an independent oracle (L4512–L4529, L4586–L4588,
 * decisions E10, E11, R27, R31), and it does not depend on the order the leaves are given in.
 */
class InpatientPricerPropertiesTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  /** A generated case: patient, stay, and a permutation of the leaves. */
  record Case(Patient patient, Stay stay, List<Integer> leaveOrder) {}

  static final Gen<Patient> PATIENTS = Gen.of(c -> {
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(c.drawLong(0, 96L * 365));
    return switch (c.drawInt(0, 3)) {
      case 0, 1 -> Patient.countyResident(birth);
      case 2 -> Patient.of(birth, Residence.NORDIC);
      default -> Patient.of(birth, Residence.SWEDE_ABROAD).withSwedeAbroadGroup(SwedeAbroadGroup.OTHER_COUNTRY);
    };
  });

  static final Gen<Case> CASES = Gen.of(c -> {
    Patient patient = c.draw(PATIENTS);
    LocalDate admission = FIRST.plusDays(c.drawLong(0, ChronoUnit.DAYS.between(FIRST, LAST)));
    long maxLength = Math.min(45, ChronoUnit.DAYS.between(admission, LAST));
    LocalDate discharge = admission.plusDays(c.drawLong(0, maxLength));
    long span = ChronoUnit.DAYS.between(admission, discharge);
    List<LocalDate> transfers = new ArrayList<>();
    int nTransfers = c.drawInt(0, 3);
    for (int i = 0; i < nTransfers; i++) {
      transfers.add(admission.plusDays(c.drawLong(0, span)));
    }
    // Leaves: sorted, non-overlapping minute offsets inside [admission 00:00, discharge + 1 00:00).
    long minutes = (span + 1) * 24 * 60;
    int nLeaves = c.drawInt(0, 4);
    TreeSet<Long> cuts = new TreeSet<>();
    for (int i = 0; i < 2 * nLeaves; i++) {
      cuts.add(c.drawLong(0, minutes));
    }
    List<Long> points = new ArrayList<>(cuts);
    List<Leave> leaves = new ArrayList<>();
    LocalDateTime base = admission.atStartOfDay();
    for (int i = 0; i + 1 < points.size(); i += 2) {
      leaves.add(new Leave(base.plusMinutes(points.get(i)), base.plusMinutes(points.get(i + 1))));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      order.add(i);
    }
    for (int i = order.size() - 1; i > 0; i--) {
      Collections.swap(order, i, c.drawInt(0, i));
    }
    Urgency urgency = patient.residence() == Residence.SWEDE_ABROAD ? Urgency.PLANNED : Urgency.ACUTE;
    Stay stay = new Stay(admission, discharge, transfers, leaves, null, urgency, false);
    return new Case(patient, stay, order);
  });

  @Test
  void chargeIsTheSumOfTheDayTariffOverThePaidDays() {
    CompiledRulebook book = TestRulebooks.compiled2026();
    Property.forAll(CASES).cases(1000).check(k -> {
      InpatientResult r = InpatientPricer.price(book, k.patient(), k.stay());
      long expected = 0;
      int paid = 0;
      for (LocalDate d : careDays(k.stay())) {
        long tariff = dayTariff(k, d);
        if (tariff > 0) {
          expected += tariff;
          paid++;
        }
      }
      assertThat(r.totalOre()).as("total").isEqualTo(expected);
      assertThat(r.paidDays()).as("paid days").isEqualTo(paid);
      assertThat(r.days().stream().filter(InpatientDay::paid).mapToLong(InpatientDay::amountOre).sum())
          .as("sum over the paid days of the breakdown").isEqualTo(r.totalOre());
      assertThat(r.days()).as("one entry per calendar day, admission to discharge")
          .hasSize((int) ChronoUnit.DAYS.between(k.stay().admissionDate(), k.stay().dischargeDate()) + 1);
      assertThat(r.days()).filteredOn(d -> !d.paid()).allMatch(d -> d.amountOre() == 0);
      assertThat(r.countsTowardCapOre()).isZero();
    });
  }

  @Test
  void chargeDoesNotDependOnTheOrderOfTheLeaves() {
    CompiledRulebook book = TestRulebooks.compiled2026();
    Property.forAll(CASES).cases(1000).check(k -> {
      List<Leave> shuffled = new ArrayList<>();
      for (int i : k.leaveOrder()) {
        shuffled.add(k.stay().leaves().get(i));
      }
      List<Leave> reversed = new ArrayList<>(k.stay().leaves());
      Collections.reverse(reversed);
      InpatientResult a = InpatientPricer.price(book, k.patient(), k.stay());
      InpatientResult b = InpatientPricer.price(book, k.patient(), k.stay().withLeaves(shuffled));
      InpatientResult c = InpatientPricer.price(book, k.patient(), k.stay().withLeaves(reversed));
      assertThat(b.totalOre()).isEqualTo(a.totalOre());
      assertThat(b.days()).isEqualTo(a.days());
      assertThat(c.days()).isEqualTo(a.days());
    });
  }

  /** The days a fee can fall on: admission to the day before discharge, or the one day (L4525–L4529). */
  private static List<LocalDate> careDays(Stay s) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate last = s.admissionDate().equals(s.dischargeDate()) ? s.admissionDate() : s.dischargeDate().minusDays(1);
    for (LocalDate d = s.admissionDate(); !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  /** The oracle: what day {@code d} costs, 0 when it is free. */
  private static long dayTariff(Case k, LocalDate d) {
    if (age(k.patient().birthDate(), d) < 20) {
      return 0;
    }
    Duration away = Duration.ZERO;
    ZonedDateTime from = d.atStartOfDay(STOCKHOLM);
    ZonedDateTime to = d.plusDays(1).atStartOfDay(STOCKHOLM);
    for (Leave l : k.stay().leaves()) {
      ZonedDateTime a = max(from, l.from().atZone(STOCKHOLM));
      ZonedDateTime b = min(to, l.to().atZone(STOCKHOLM));
      if (b.isAfter(a)) {
        away = away.plus(Duration.between(a, b));
      }
    }
    if (away.toMinutes() >= 12 * 60) {
      return 0;
    }
    return switch (k.patient().residence()) {
      case NORDIC -> 13_000;
      case SWEDE_ABROAD -> 130_000;
      default -> {
        LocalDate start = k.stay().admissionDate();
        for (LocalDate t : k.stay().transfers()) {
          if (!t.isAfter(d) && t.isAfter(start)) {
            start = t;
          }
        }
        long dayNumber = ChronoUnit.DAYS.between(start, d) + 1;
        yield dayNumber <= 10 ? 13_000 : 11_000;
      }
    };
  }

  private static int age(LocalDate birth, LocalDate on) {
    int years = on.getYear() - birth.getYear();
    if (birth.plusYears(years).isAfter(on)) {
      years--;
    }
    return years;
  }

  private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
