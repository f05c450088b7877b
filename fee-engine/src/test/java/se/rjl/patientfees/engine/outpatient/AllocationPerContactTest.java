package se.rjl.patientfees.engine.outpatient;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Referral;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.engine.input.Vaccination;
import se.rjl.patientfees.engine.result.FeeResult;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * Pricing allocates only its result (issue 15): the explanation is recorded as rule ids and
 * parameters, and rendered only when asked for. Measured with the JVM's per-thread allocation
 * counter over a warm, varied batch of seeded contacts (every residence, care level, profession,
 * kind, referral, event). The bound keeps the allocation from silently coming back; the speed is
 * measured in fee-bench and reported, not asserted here.
 */
class AllocationPerContactTest {
  static final CompiledRulebook BOOK = TestRulebooks.compiled2026();
  /** Bytes per contact the engine may allocate: its result and the trace that explains it. */
  static final long BOUND = 300;

  @Test
  void pricingAVariedBatchAllocatesLittleMoreThanItsResults() {
    List<Patient> patients = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    variedBatch(20_000, 42, patients, contacts);
    assertThat(contacts).hasSizeGreaterThan(10_000);
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertThat(mx.isThreadAllocatedMemorySupported()).isTrue();
    mx.setThreadAllocatedMemoryEnabled(true);
    long sink = 0;
    for (int round = 0; round < 12; round++) { // warm up: let C2 compile the pricing path
      sink += priceAll(patients, contacts);
    }
    long tid = Thread.currentThread().getId();
    long before = mx.getThreadAllocatedBytes(tid);
    int rounds = 3;
    for (int round = 0; round < rounds; round++) {
      sink += priceAll(patients, contacts);
    }
    long bytes = mx.getThreadAllocatedBytes(tid) - before;
    double perContact = (double) bytes / ((long) rounds * contacts.size());
    System.out.printf(java.util.Locale.ROOT, "varied batch: %d contacts, %.1f bytes allocated per contact (sink %d)%n",
        contacts.size(), perContact, sink);
    assertThat(perContact).as("bytes allocated per contact").isLessThan(BOUND);
  }

  @Test
  void theExplanationIsRenderedFromTheRulebookOnlyWhenAskedFor() {
    Patient nordic = Patient.of(LocalDate.of(1980, 1, 1), Residence.NORDIC);
    Contact visit = Contact.builder(LocalDateTime.of(2026, 3, 2, 10, 0), CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR).urgency(Urgency.ACUTE).build();
    FeeResult r = OutpatientPricer.price(BOOK, nordic, visit);
    assertThat(r.ruleIds()).containsExactly("age", "tariff.nordic", "fee-code");
    var steps = r.explanation();
    // Nordic convention: the resident's fee, 250 kr (L5663-L5675; constant visit-fee, L3055-L3057).
    assertThat(steps.get(1).textSv()).isEqualTo("Nordisk konvention: 250 kr öppenvård, inget EU-kort krävs.");
    assertThat(steps.get(1).source()).isEqualTo("L5663–L5675");
    assertThat(steps.get(0).textSv()).isEqualTo("Ålder vid besöket: 46 år (fyllda år; kalenderårsålder 46).");
    // The fee-code step cites its row's own lines and names its key.
    assertThat(steps.get(2).rulebookKey()).isEqualTo(r.row().key());
    assertThat(steps.get(2).source()).isEqualTo(r.row().source().cite());
    assertThat(steps.get(2).textSv()).isEqualTo("Avgiftskod 100 Läkarbesök, primärvård: 250 kr; räknas in i högkostnadsskyddet.");
  }

  static long priceAll(List<Patient> patients, List<Contact> contacts) {
    long sum = 0;
    for (int i = 0; i < contacts.size(); i++) {
      sum += OutpatientPricer.price(BOOK, patients.get(i), contacts.get(i)).payableOre();
    }
    return sum;
  }

  /** {@code n} seeded contacts across the input space; those the engine refuses as contradictory are left out. */
  static void variedBatch(int n, long seed, List<Patient> patients, List<Contact> contacts) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ContactKind[] kinds = {ContactKind.PHYSICAL_VISIT, ContactKind.PHYSICAL_VISIT, ContactKind.PHYSICAL_VISIT,
        ContactKind.HOME_VISIT, ContactKind.QUALIFIED_DISTANCE, ContactKind.NON_QUALIFIED_DISTANCE,
        ContactKind.INTERIM_SAMPLING, ContactKind.PRESCRIPTION_WITHOUT_VISIT, ContactKind.VACCINATION,
        ContactKind.HEALTH_CARE, ContactKind.DAY_CARE};
    CareUnit[] units = {CareUnit.PRIMARY_CARE, CareUnit.PRIMARY_CARE, CareUnit.SPECIALIST_CARE,
        CareUnit.SPECIALIST_CARE, CareUnit.EMERGENCY_DEPARTMENT, CareUnit.NARAKUT, CareUnit.EYE_CARE};
    Profession[] professions = Profession.values();
    String[] vaccines = {"influenza", "tbe", "hpv", "covid-19", "yellow-fever"};
    for (int i = 0; i < n; i++) {
      int age = rnd.nextInt(100);
      LocalDateTime at = LocalDateTime.of(2026, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), 7 + rnd.nextInt(16), rnd.nextInt(60));
      LocalDate birth = at.toLocalDate().minusYears(age).minusDays(rnd.nextInt(365));
      Residence residence = rnd.nextInt(3) == 0 ? Residence.values()[rnd.nextInt(Residence.values().length)] : Residence.COUNTY_RESIDENT;
      Patient p = Patient.of(birth, residence);
      if (residence == Residence.CONVENTION_COUNTRY) {
        p = p.withConventionCountry(ConventionCountry.values()[rnd.nextInt(ConventionCountry.values().length)]);
      } else if (residence == Residence.SWEDE_ABROAD) {
        p = p.withSwedeAbroadGroup(SwedeAbroadGroup.values()[rnd.nextInt(SwedeAbroadGroup.values().length)]);
      } else if (residence == Residence.EU_EES || residence == Residence.UK) {
        p = p.withEuCard(rnd.nextBoolean());
      }
      ContactKind kind = kinds[rnd.nextInt(kinds.length)];
      var b = Contact.builder(at, units[rnd.nextInt(units.length)], kind)
          .profession(professions[rnd.nextInt(professions.length)])
          .urgency(rnd.nextBoolean() ? Urgency.PLANNED : Urgency.ACUTE);
      if (rnd.nextInt(5) == 0) {
        b.referral(new Referral(ReferralSource.values()[rnd.nextInt(ReferralSource.values().length)], rnd.nextBoolean()));
      }
      if (kind == ContactKind.VACCINATION) {
        b.vaccination(new Vaccination(vaccines[rnd.nextInt(vaccines.length)], 100_00L * (1 + rnd.nextInt(9)), rnd.nextInt(4) == 0));
      }
      int e = rnd.nextInt(10);
      if (e == 0) {
        b.event(Event.MISSED);
      } else if (e == 1) {
        b.event(Event.LATE_CANCELLED).cancelledAt(at.minusHours(rnd.nextInt(96)));
      }
      if (rnd.nextInt(8) == 0) {
        b.waitingMinutes(rnd.nextInt(90));
      }
      Contact c = b.build();
      try {
        OutpatientPricer.price(BOOK, p, c);
      } catch (InvalidInputException refused) {
        continue;
      }
      patients.add(p);
      contacts.add(c);
    }
  }
}
