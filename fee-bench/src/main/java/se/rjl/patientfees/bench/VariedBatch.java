package se.rjl.patientfees.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
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
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Urgency;

/**
 * A seeded batch of attended outpatient contacts over every residence, care unit, profession, contact
 * kind and referral source, each with its patient. Generated once, before any measurement, so a
 * benchmark over it measures pricing and not generation. Every contact is one the engine accepts:
 * candidates it refuses (a dental unit's sampling, a short-term-housing visit by a nurse, ...) are
 * drawn again and counted in {@link #refused}.
 *
 * <p>The mix is deliberately not uniform (most patients live in the county, half the contacts are
 * physical visits) but every value of every dimension occurs thousands of times, so branch
 * prediction and caches see what a real day's register sees, not one contact again and again.
 */
final class VariedBatch {
  /** The vaccines drawn: the rulebook's free programmes and one it does not name. */
  static final String[] VACCINES = {"influenza", "covid-19", "pneumococcal", "tbe", "hpv", "hepatitis-b", "yellow-fever"};

  final Patient[] patients;
  final Contact[] contacts;
  final int refused;

  private VariedBatch(Patient[] patients, Contact[] contacts, int refused) {
    this.patients = patients;
    this.contacts = contacts;
    this.refused = refused;
  }

  int size() {
    return contacts.length;
  }

  /** {@code size} contacts in {@code year}, from {@code seed}, each accepted by {@code book}. */
  static VariedBatch generate(CompiledRulebook book, int year, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Patient[] patients = new Patient[size];
    Contact[] contacts = new Contact[size];
    int refused = 0;
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    for (int i = 0; i < size; ) {
      LocalDate date = first.plusDays(random.nextInt(days));
      Patient p = patient(random, date);
      Contact c = contact(random, date);
      try {
        OutpatientPricer.price(book, p, c);
      } catch (InvalidInputException e) {
        refused++;
        continue;
      }
      patients[i] = p;
      contacts[i] = c;
      i++;
    }
    return new VariedBatch(patients, contacts, refused);
  }

  static Patient patient(SplittableRandom r, LocalDate date) {
    LocalDate birth = date.minusDays(r.nextInt(100 * 365 + 25));
    Residence residence = r.nextInt(10) < 6 ? Residence.COUNTY_RESIDENT : pick(r, Residence.values());
    return switch (residence) {
      case EU_EES, UK -> Patient.of(birth, residence).withEuCard(r.nextBoolean());
      case CONVENTION_COUNTRY -> Patient.of(birth, residence).withConventionCountry(pick(r, ConventionCountry.values()));
      case SWEDE_ABROAD -> {
        SwedeAbroadGroup group = pick(r, SwedeAbroadGroup.values());
        yield Patient.of(birth, residence).withSwedeAbroadGroup(group).withEuCard(group == SwedeAbroadGroup.EU_EES && r.nextBoolean());
      }
      default -> Patient.of(birth, residence);
    };
  }

  static Contact contact(SplittableRandom r, LocalDate date) {
    LocalDateTime at = date.atTime(7 + r.nextInt(17), 5 * r.nextInt(12));
    CareUnit unit = pick(r, CareUnit.values());
    boolean dental = unit == CareUnit.DENTAL_GENERAL || unit == CareUnit.DENTAL_SPECIALIST;
    ContactKind kind = dental
        ? pick(r, new ContactKind[] {ContactKind.PHYSICAL_VISIT, ContactKind.HOME_VISIT, ContactKind.DAY_CARE})
        : r.nextBoolean() ? ContactKind.PHYSICAL_VISIT : pick(r, ContactKind.values());
    Profession profession = kind == ContactKind.SHORT_TERM_HOUSING_VISIT || kind == ContactKind.SHORT_TERM_HOUSING_HOME_VISIT
        ? Profession.DOCTOR
        : pick(r, Profession.values());
    Contact.Builder b = Contact.builder(at, unit, kind).profession(profession)
        .urgency(r.nextInt(10) < 3 ? Urgency.ACUTE : Urgency.PLANNED);
    if (r.nextInt(10) < 4) {
      b.referral(new Referral(pick(r, ReferralSource.values()), r.nextBoolean(), r.nextInt(20) == 0));
    }
    if (kind == ContactKind.VACCINATION) {
      b.vaccination(new Vaccination(pick(r, VACCINES), 100L * (150 + r.nextInt(600)), r.nextInt(4) == 0));
    }
    return b.build();
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
