package se.rjl.patientfees.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ReferralSource;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.rules.load.RulebookLoader;

/**
 * The varied batch is as varied as it says, and the hand-coded reference it is compared with decides
 * exactly what the engine decides on it (otherwise the benchmark's ratio compares unlike things).
 */
class HandCodedReferenceTest {
  static CompiledRulebook book;
  static VariedBatch batch;
  static HandCodedReference reference;

  @BeforeAll
  static void generate() {
    book = RulebookSet.of(RulebookLoader.load(Path.of("../rulebooks/2026.yaml"))).forDate(LocalDate.of(2026, 6, 1));
    batch = VariedBatch.generate(book, 2026, 20_000, 2026);
    reference = new HandCodedReference(2026, book.workingDays());
  }

  @Test
  void theBatchCoversEveryResidenceCareUnitKindAndReferralSource() {
    Set<Residence> residences = EnumSet.noneOf(Residence.class);
    Set<CareUnit> units = EnumSet.noneOf(CareUnit.class);
    Set<ContactKind> kinds = EnumSet.noneOf(ContactKind.class);
    Set<ReferralSource> referrals = EnumSet.noneOf(ReferralSource.class);
    for (int i = 0; i < batch.size(); i++) {
      residences.add(batch.patients[i].residence());
      units.add(batch.contacts[i].careUnit());
      kinds.add(batch.contacts[i].kind());
      if (batch.contacts[i].referral() != null) {
        referrals.add(batch.contacts[i].referral().source());
      }
    }
    assertThat(residences).containsExactlyInAnyOrder(Residence.values());
    assertThat(units).containsExactlyInAnyOrder(CareUnit.values());
    assertThat(kinds).containsExactlyInAnyOrder(ContactKind.values());
    assertThat(referrals).containsExactlyInAnyOrder(ReferralSource.values());
  }

  @Test
  void theReferenceAgreesWithTheEngineOnEveryContact() {
    assertThat(VariedBatchBenchmark.mismatches(book, batch, reference::price)).isEmpty();
  }

  @Test
  void aReferenceOneÖreOffIsReported() {
    String report = VariedBatchBenchmark.mismatches(book, batch, (p, c) -> reference.price(p, c) + (1 << 8));
    assertThat(report).contains(batch.size() + " of " + batch.size() + " differ");
  }

  @Test
  void theSameSeedGivesTheSameBatch() {
    VariedBatch again = VariedBatch.generate(book, 2026, 1_000, 2026);
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.contacts[i]).isEqualTo(batch.contacts[i]);
      assertThat(again.patients[i]).isEqualTo(batch.patients[i]);
    }
  }
}
