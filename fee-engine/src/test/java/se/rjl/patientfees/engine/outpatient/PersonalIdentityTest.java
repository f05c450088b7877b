package se.rjl.patientfees.engine.outpatient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.PersonalIdentity;

/** Birth dates from personnummer and samordningsnummer (L5850-L5857), checksum by dev.personnummer. */
class PersonalIdentityTest {
  static final LocalDate ON = LocalDate.of(2026, 3, 10);

  @Test
  void twelveDigitPersonnummer() {
    assertThat(PersonalIdentity.birthDate("19800501-1237", ON, "patient.personnummer")).isEqualTo(LocalDate.of(1980, 5, 1));
  }

  @Test
  void samordningsnummerHasSixtyAddedToTheDay() {
    assertThat(PersonalIdentity.birthDate("19800561-1234", ON, "patient.personnummer")).isEqualTo(LocalDate.of(1980, 5, 1));
  }

  @Test
  void tenDigitNumbersResolveTheCenturyAgainstTheContactDateNotTheClock() {
    assertThat(PersonalIdentity.birthDate("061231-9871", ON, "f")).isEqualTo(LocalDate.of(2006, 12, 31));
    assertThat(PersonalIdentity.birthDate("950101-5557", ON, "f")).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(PersonalIdentity.birthDate("950101+5557", ON, "f")).isEqualTo(LocalDate.of(1895, 1, 1));
  }

  @Test
  void aWrongCheckDigitIsATypedErrorNamingTheField() {
    assertThatThrownBy(() -> PersonalIdentity.birthDate("19800501-1234", ON, "patient.personnummer"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("patient.personnummer");
          assertThat(e.kind()).isEqualTo("invalid-personnummer");
        });
    assertThatThrownBy(() -> PersonalIdentity.birthDate("abc", ON, "patient.personnummer"))
        .isInstanceOf(InvalidInputException.class);
  }
}
