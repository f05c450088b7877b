package se.rjl.patientfees.engine.outpatient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.TestRulebooks;
import se.rjl.patientfees.engine.input.CareUnit;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.ContactKind;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;
import se.rjl.patientfees.engine.result.FeeResult;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.testkit.Exhaustive;

/**
 * Every age 0–120 against every patient category and the common contacts (DEVELOPERS.md D1:
 * exhaustive runs over small domains). Each combination prices to a fee-code row with a
 * non-negative amount, and the age limits hold on both sides of each boundary.
 */
class AgeAndCategoryExhaustiveTest {
  static final CompiledRulebook BOOK = TestRulebooks.compiled2026();
  static final LocalDateTime AT = LocalDateTime.of(2026, 6, 10, 10, 0);

  /** Every residence with the details it needs, and both with and without an EU card where it matters. */
  static List<Patient> categories(int age) {
    LocalDate birth = AT.toLocalDate().minusYears(age);
    List<Patient> out = new ArrayList<>();
    for (Residence r : Residence.values()) {
      Patient p = Patient.of(birth, r);
      switch (r) {
        case EU_EES, UK -> {
          out.add(p);
          out.add(p.withEuCard(true));
        }
        case CONVENTION_COUNTRY -> {
          for (ConventionCountry c : ConventionCountry.values()) {
            out.add(p.withConventionCountry(c));
          }
        }
        case SWEDE_ABROAD -> {
          for (SwedeAbroadGroup g : SwedeAbroadGroup.values()) {
            out.add(p.withSwedeAbroadGroup(g));
            if (g == SwedeAbroadGroup.EU_EES) {
              out.add(p.withSwedeAbroadGroup(g).withEuCard(true));
            }
          }
        }
        default -> out.add(p);
      }
    }
    return out;
  }

  static final List<Contact> CONTACTS = List.of(
      contact(CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT, Profession.DOCTOR, Urgency.PLANNED),
      contact(CareUnit.PRIMARY_CARE, ContactKind.PHYSICAL_VISIT, Profession.TREATMENT, Urgency.ACUTE),
      contact(CareUnit.SPECIALIST_CARE, ContactKind.PHYSICAL_VISIT, Profession.DOCTOR, Urgency.PLANNED),
      contact(CareUnit.EMERGENCY_DEPARTMENT, ContactKind.PHYSICAL_VISIT, Profession.DOCTOR, Urgency.ACUTE),
      contact(CareUnit.PRIMARY_CARE, ContactKind.QUALIFIED_DISTANCE, Profession.TREATMENT, Urgency.PLANNED),
      contact(CareUnit.PRIMARY_CARE, ContactKind.INTERIM_SAMPLING, null, Urgency.PLANNED),
      contact(CareUnit.PRIMARY_CARE, ContactKind.PRESCRIPTION_WITHOUT_VISIT, null, Urgency.PLANNED));

  static Contact contact(CareUnit unit, ContactKind kind, Profession p, Urgency u) {
    return Contact.builder(AT, unit, kind).profession(p).urgency(u).build();
  }

  @Test
  void everyAgeAndCategoryPricesToARow() {
    List<Integer> ages = IntStream.rangeClosed(0, 120).boxed().toList();
    Exhaustive.named("every age x category x contact").forAll(ages, CONTACTS, (age, contact) -> {
      for (Patient p : categories(age)) {
        FeeResult r = OutpatientPricer.price(BOOK, p, contact);
        assertThat(r.row()).as("%s, age %d, %s", p.residence(), age, contact.kind()).isNotNull();
        assertThat(r.payableOre()).isGreaterThanOrEqualTo(0);
        assertThat(r.countsTowardCapOre()).isBetween(0L, r.payableOre());
        boolean resident = p.residence() == Residence.COUNTY_RESIDENT;
        if (resident && (age < 20 || age >= 85)) {
          // Free under 20 (L5117-L5126) and from 85 (L5284-L5291) for every cap fee.
          assertThat(r.payableOre()).as("resident aged %d, %s", age, contact.kind()).isZero();
        }
        if (resident && age >= 20 && age < 85) {
          assertThat(r.payableOre()).as("resident aged %d, %s", age, contact.kind()).isIn(100_00L, 250_00L);
          assertThat(r.countsTowardCapOre()).isEqualTo(r.payableOre());
        }
        if (p.residence() == Residence.FOREIGN_UNINSURED && contact.kind() == ContactKind.PHYSICAL_VISIT) {
          // The fixed price list at every age (L5703-L5720, L5551-L5553).
          assertThat(r.payableOre()).isIn(3179_00L, 1373_00L);
          assertThat(r.row().fullPrice()).isTrue();
        }
        if (p.residence() == Residence.ASYLUM_SEEKER) {
          assertThat(r.countsTowardCapOre()).as("asylum fees never count (L3313)").isZero();
          if (age < 20) {
            assertThat(r.payableOre()).isZero();
          }
        }
      }
    });
  }
}
