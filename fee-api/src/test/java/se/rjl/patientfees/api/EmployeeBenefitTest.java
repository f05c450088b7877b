package se.rjl.patientfees.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Vaccination;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.rules.model.Profession;

/**
 * Öppen sjukvård för regionanställda (L5261–L5283) and frikort som anställningsförmån (L3340–L3342)
 * through the facade (decision E54).
 */
class EmployeeBenefitTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final Patient EMPLOYEE = Patient.countyResident(LocalDate.of(1980, 5, 1));
  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 10, 10, 0);

  static Contact.Builder visit() {
    return Contact.builder(AT, CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT).profession(Profession.DOCTOR).regionEmployee(true);
  }

  @Test
  void theEmployeePaysTheFeeTowardTheCapAndGetsItBackWithTheSalary() {
    // L5264-L5267 "betalar patientavgift ... omfattas av högkostnadsskyddet. Kvittot insänds till lönekontoret"
    ContactFee fee = FEES.priceContact(EMPLOYEE, visit().build());
    assertThat(Amounts.toPlainString(fee.pay())).isEqualTo("250.00");
    assertThat(Amounts.toPlainString(fee.towardCap())).isEqualTo("250.00");
    assertThat(Amounts.toPlainString(fee.employeeRefund())).as("pins E54: the salary refunds the 250 kr paid").isEqualTo("250.00");
    assertThat(fee.ruleIds()).contains("employee-benefit.efrikort", "employee-benefit.salary-refund");
    CappedFee capped = FEES.priceContact(EMPLOYEE, visit().build(), CapState.EMPTY, "k-1");
    assertThat(Amounts.toPlainString(capped.fee().employeeRefund())).as("pins E54: through the cap ledger too").isEqualTo("250.00");
  }

  @Test
  void notForVaccinationsNorWhenAnInsurerIsLiable() {
    // L5270-L5271 "inte hälsokontroll, vaccinationer eller läkemedel"
    ContactFee vaccination = FEES.priceContact(EMPLOYEE, Contact.builder(AT, CareUnit.PRIMARY_CARE, ContactKind.VACCINATION)
        .profession(Profession.TREATMENT).vaccination(new Vaccination("hepatitis-a", 480_00, false)).regionEmployee(true).build());
    assertThat(Amounts.toPlainString(vaccination.employeeRefund())).as("pins E54: vaccinations are outside the benefit").isEqualTo("0.00");
    // L5281-L5283 "där försäkringsbolag eller annan utomstående har betalningsansvar, betalar inte regionen"
    ContactFee injury = FEES.priceContact(EMPLOYEE, visit().thirdPartyLiable(true).build());
    assertThat(Amounts.toPlainString(injury.employeeRefund())).as("pins E54: an insurer is liable").isEqualTo("0.00");
    assertThat(Amounts.toPlainString(injury.pay())).isEqualTo("250.00");
    assertThatThrownBy(() -> FEES.priceContact(EMPLOYEE, visit().regionEmployee(false).thirdPartyLiable(true).build()))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("contact.thirdPartyLiable"));
    assertThat(Amounts.toPlainString(FEES.priceContact(EMPLOYEE, visit().regionEmployee(false).build()).employeeRefund())).isEqualTo("0.00");
  }
}
