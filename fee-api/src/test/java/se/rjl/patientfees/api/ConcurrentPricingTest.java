package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.ReferralSource;
import se.rjl.patientfees.api.Residence;
import se.rjl.patientfees.api.Vaccination;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.Profession;
import se.rjl.patientfees.api.Urgency;

/** One facade shared by 16 threads gives exactly the results of a sequential run. */
class ConcurrentPricingTest {
  static final int THREADS = 16;
  static final int CONTACTS = 4000;
  static final int PATIENTS = 200;

  record Case(Patient patient, Contact contact) {}

  /** A result or the input error, comparable with equals. */
  record Outcome(ContactFee fee, String error) {}

  static Outcome price(PatientFees fees, Case c) {
    try {
      return new Outcome(fees.priceContact(c.patient(), c.contact()), null);
    } catch (FeeInputException e) {
      return new Outcome(null, e.field() + " " + e.kind());
    } catch (RuntimeException e) {
      return new Outcome(null, "internal " + e); // an engine bug: still must be the same in every thread
    }
  }

  static List<Case> cases(long seed, int n) {
    Random r = new Random(seed);
    CareUnit[] units = CareUnit.values();
    ContactKind[] kinds = ContactKind.values();
    Profession[] professions = Profession.values();
    Residence[] residences = {Residence.COUNTY_RESIDENT, Residence.COUNTY_RESIDENT, Residence.OTHER_REGION_RESIDENT,
        Residence.ASYLUM_SEEKER, Residence.NORDIC, Residence.QUOTA_REFUGEE};
    List<Case> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(r.nextInt(365 * 100));
      Patient p = Patient.of(birth, residences[r.nextInt(residences.length)]);
      LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(r.nextInt(365 * 24 * 60));
      ContactKind kind = kinds[r.nextInt(kinds.length)];
      Contact.Builder b = Contact.builder(at, units[r.nextInt(units.length)], kind)
          .profession(professions[r.nextInt(professions.length)])
          .urgency(r.nextBoolean() ? Urgency.PLANNED : Urgency.ACUTE);
      if (kind == ContactKind.VACCINATION) {
        b.vaccination(new Vaccination(r.nextBoolean() ? "influenza" : "hepatitis-a", Amounts.ofOre(100L * r.nextInt(800)), r.nextBoolean()));
      }
      if (r.nextInt(5) == 0) {
        b.referral(ReferralSource.values()[r.nextInt(ReferralSource.values().length)], r.nextBoolean());
      }
      if (r.nextInt(10) == 0) {
        b.waitingMinutes(r.nextInt(120));
      }
      out.add(new Case(p, b.build()));
    }
    return out;
  }

  @Test
  void sixteenThreadsGetTheSequentialResults() throws Exception {
    PatientFees fees = PatientFees.bundled();
    List<Case> cases = cases(20260310L, CONTACTS);
    List<Outcome> sequential = cases.stream().map(c -> price(fees, c)).toList();
    assertThat(sequential.stream().filter(o -> o.fee() != null).count()).as("priced, not only errors").isGreaterThan(CONTACTS / 4);

    Outcome[] parallel = new Outcome[CONTACTS];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          // Each thread walks all cases from its own offset, so every case is priced by many threads at once.
          for (int i; (i = next.getAndIncrement()) < CONTACTS * 4; ) {
            int k = i % CONTACTS;
            Outcome o = price(fees, cases.get(k));
            synchronized (parallel) {
              if (parallel[k] == null) {
                parallel[k] = o;
              } else {
                assertThat(o).isEqualTo(parallel[k]);
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(List.of(parallel)).containsExactlyElementsOf(sequential);
  }

  @Test
  void historiesPricedInParallelMatchTheSequentialRun() throws Exception {
    PatientFees fees = PatientFees.bundled();
    List<List<Contact>> histories = new ArrayList<>();
    Random r = new Random(7);
    for (int p = 0; p < PATIENTS; p++) {
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        LocalDateTime at = LocalDateTime.of(2026, 1, 1, 8, 0).plusDays(r.nextInt(360)).plusMinutes(r.nextInt(600));
        contacts.add(Fixtures.doctorVisit(at));
      }
      histories.add(contacts);
    }
    List<PricedHistory> sequential = histories.stream().map(h -> fees.priceHistory(Fixtures.ADULT, h, CapState.EMPTY)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<PricedHistory>> futures = histories.stream()
          .map(h -> pool.submit(() -> fees.priceHistory(Fixtures.ADULT, h, CapState.EMPTY))).toList();
      List<PricedHistory> parallel = new ArrayList<>();
      for (Future<PricedHistory> f : futures) {
        parallel.add(f.get(2, TimeUnit.MINUTES));
      }
      assertThat(parallel).containsExactlyElementsOf(sequential);
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).allSatisfy(h -> assertThat(Amounts.toOre(h.totalPay())).isLessThanOrEqualTo(145_000));
  }
}
