package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.Profession;

/** Receipts from other regions and corrections through the facade (issue 4; L3251-L3274, L3279-L3336). */
class CapCorrectionsTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final Patient ADULT = Patient.countyResident(LocalDate.of(1975, 2, 3));

  static Contact visit(int month, int day) {
    return Contact.builder(LocalDateTime.of(2026, month, day, 9, 0), CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT)
        .profession(Profession.DOCTOR).build();
  }

  @Test
  void aReceiptFromAnotherRegionCountsTowardTheCap() {
    CapState s = FEES.recordReceipt(CapState.EMPTY, "kalmar-1", LocalDate.of(2026, 3, 1), Amounts.ofOre(1300_00));
    assertThat(FEES.recordReceipt(s, "kalmar-1", LocalDate.of(2026, 3, 1), Amounts.ofOre(1300_00))).isEqualTo(s);
    CappedFee next = FEES.priceContact(ADULT, visit(3, 5), s, "v1");
    // 1 450 - 1 300 = 150 kr left: the 250 kr visit is cut to 150 and frikort starts (L3279-L3280).
    assertThat(Amounts.toOre(next.pay())).isEqualTo(150_00);
    assertThat(next.cap().frikortFrom()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(FEES.capStatus(next.state(), LocalDate.of(2026, 6, 1)).frikortOn(LocalDate.of(2026, 6, 1))).isTrue();
  }

  @Test
  void reversingAPaymentWithdrawsTheFrikort() {
    CapState s = CapState.EMPTY;
    for (int i = 1; i <= 6; i++) {
      s = FEES.priceContact(ADULT, visit(4, i), s, "v" + i).state();
    }
    assertThat(FEES.capStatus(s, LocalDate.of(2026, 4, 20)).frikortFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
    CapState corrected = FEES.reverse(s, "v3");
    assertThat(FEES.reverse(corrected, "v3")).isEqualTo(corrected);
    CapStatus status = FEES.capStatus(corrected, LocalDate.of(2026, 4, 20));
    assertThat(status.frikortFrom()).isNull();
    assertThat(Amounts.toOre(status.remaining())).isEqualTo(250_00);
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> FEES.recordReceipt(CapState.EMPTY, "x", null, Amounts.ofOre(100_00)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    // A receipt's id used again for another amount is a conflict (issue 16).
    CapState one = FEES.recordReceipt(CapState.EMPTY, "x", LocalDate.of(2026, 5, 1), Amounts.ofOre(100_00));
    assertThatThrownBy(() -> FEES.recordReceipt(one, "x", LocalDate.of(2026, 5, 1), Amounts.ofOre(600_00)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("paymentId");
          assertThat(e.kind().code()).isEqualTo("payment-id-conflict");
        });
    assertThatThrownBy(() -> FEES.recordReceipt(CapState.EMPTY, " ", LocalDate.of(2026, 5, 1), Amounts.ofOre(100_00)))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("paymentId"));
  }
}
