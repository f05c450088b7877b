package se.rjl.patientfees.engine.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.testkit.Gen;
import se.rjl.patientfees.testkit.Property;

/** Unit tests of {@link CopyPricer} (L4929–L4976, decision R42). */
class CopyPricerTest {
  private static final CompiledRulebook BOOK = TestRulebooks.compiled2026();
  private static final LocalDate DAY = LocalDate.of(2026, 2, 10);

  private static long kr(int pages) {
    return CopyPricer.price(BOOK, CopyRequest.pages(DAY, pages)).totalOre() / 100;
  }

  @Test
  void pagesFollowTheFormula() {
    assertThat(kr(1)).isZero();
    assertThat(kr(9)).isZero();
    assertThat(kr(10)).isEqualTo(50);
    assertThat(kr(11)).isEqualTo(52);
    assertThat(kr(15)).as("L4958: 50 + 10 = 60").isEqualTo(60);
  }

  @Test
  void pagesAreZeroUpTo9AndThen50Plus2PerPage() {
    Property.forAll(Gen.ints(1, 100_000)).cases(1000).check(n ->
        assertThat(kr(n)).isEqualTo(n <= 9 ? 0 : 50 + 2L * (n - 10)));
  }

  @Test
  void itemsAddUp() {
    CopyResult r = CopyPricer.price(BOOK, new CopyRequest(DAY, 12, 1, 2, 3, null));
    assertThat(r.pagesOre()).isEqualTo(5_400);
    assertThat(r.cdsOre()).isEqualTo(30_000);
    assertThat(r.videosOre()).isEqualTo(120_000);
    assertThat(r.ultrasoundImagesOre()).isEqualTo(15_000);
    assertThat(r.totalOre()).isEqualTo(170_400);
    assertThat(r.vatOre()).isZero();
  }

  @Test
  void freeRecipientsPayNothing() {
    CopyResult r = CopyPricer.price(BOOK, new CopyRequest(DAY, 500, 2, 0, 0, "municipality"));
    assertThat(r.totalOre()).isZero();
    assertThat(r.free()).isTrue();
  }

  @Test
  void badRequestsNameTheField() {
    assertThatThrownBy(() -> CopyPricer.price(BOOK, new CopyRequest(DAY, 0, 0, 0, 0, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("copies.pages"));
    assertThatThrownBy(() -> CopyPricer.price(BOOK, new CopyRequest(DAY, -1, 0, 0, 0, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.kind()).isEqualTo("negative-count"));
    assertThatThrownBy(() -> CopyPricer.price(BOOK, CopyRequest.pages(DAY, 3).withRecipient("kommun")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("copies.recipient"));
  }
}
