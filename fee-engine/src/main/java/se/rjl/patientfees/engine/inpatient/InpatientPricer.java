package se.rjl.patientfees.engine.inpatient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.calendar.Ages;
import se.rjl.patientfees.engine.inpatient.InpatientDay.DayReason;
import se.rjl.patientfees.engine.inpatient.InpatientResult.PriceList;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.outpatient.Money;
import se.rjl.patientfees.engine.outpatient.TariffRule;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Prices a hospital stay (slutenvård, L4510–L4601): (rulebooks, patient, stay) → the fee of every
 * calendar day and the total. Pure: no clock, no I/O, no shared mutable state.
 *
 * <ul>
 *   <li>Day fee by the day's number in its vårdtillfälle: 130 kr for days 1–10, then 110 kr
 *      ; a transfer to another clinic starts a new vårdtillfälle at day 1 (L4514–L4515,
 *       decision E10).
 *   <li>The admission day is paid, the discharge day is not; admitted and discharged the same day:
 *       one day.
 *   <li>A day with at least 12 hours of leave between 00:00 and 24:00 is a free leave day; a day with
 *       less leave is a paid travel day (decision E11).
 *   <li>Free under 20, day by day from the 20th birthday; exempt groups free
 *      ; foreign patients with coverage a flat 130 kr (R27); Swedes abroad in planned
 *       care 1 300 kr (R31); decision E12.
 *   <li>Never counts toward the cap (L4532).
 * </ul>
 */
public final class InpatientPricer {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final String ASYLUM_EXEMPTION = "asylum-lma";

  private InpatientPricer() {}

  /** Prices a stay with one rulebook, which must be in force on every day of the stay. */
  public static InpatientResult price(CompiledRulebook book, Patient patient, Stay stay) {
    return price(d -> book.rulebook().info().isValidOn(d) ? book : null, patient, stay);
  }

  /** Prices a stay; each day is priced by the rulebook in force on it ({@code rulebookFor}, null when none). */
  public static InpatientResult price(Function<LocalDate, CompiledRulebook> rulebookFor, Patient patient, Stay stay) {
    check(patient, stay);
    LocalDate admission = stay.admissionDate();
    LocalDate discharge = stay.dischargeDate();
    CompiledRulebook first = bookOn(rulebookFor, admission, "stay.admissionDate");
    InpatientTariff tariff = first.rulebook().inpatient();
    Trace why = first.trace();
    boolean partial = stay.partialExemption();
    LocalDate exemptFrom = partial && stay.exemptFrom() != null ? stay.exemptFrom() : admission;
    LocalDate exemptTo = partial && stay.exemptTo() != null ? stay.exemptTo() : discharge;
    PriceList list;
    if (partial) {
      // Finding F8: the exemption holds for some days; the others are priced by the patient's list,
      // numbered through the same vårdtillfälle.
      InpatientTariff.InpatientExemption e = exemption(tariff, stay.exemption());
      if (e == null) {
        priceList(first, patient, stay.withExemptDays(null, null), why);
      }
      list = priceList(first, patient, stay.withExemption(null).withExemptDays(null, null), why);
      why.add(Rule.INPATIENT_EXEMPT_PART, why.ref(e), exemptFrom.toEpochDay(), exemptTo.toEpochDay());
    } else {
      list = priceList(first, patient, stay, why);
    }

    // Vårdtillfällen start on the admission day and on each transfer day (decision E10).
    TreeSet<LocalDate> starts = new TreeSet<>(stay.transfers());
    starts.add(admission);
    if (starts.size() > 1) {
      why.add(Rule.INPATIENT_TRANSFER,
          why.ref(String.join(", ", starts.tailSet(admission, false).stream().map(LocalDate::toString).toList())));
    }
    List<Leave> leaves = new ArrayList<>(stay.leaves());
    leaves.sort(Comparator.comparing(Leave::from));
    Duration leaveMin = Duration.ofHours(tariff.leaveMinHours());

    boolean sameDay = admission.equals(discharge);
    LocalDate lastCareDay = sameDay ? admission : discharge.minusDays(1);
    List<InpatientDay> days = new ArrayList<>();
    long total = 0;
    int paid = 0;
    boolean anyChild = false;
    boolean anyAdult = false;
    boolean anyLeave = false;
    boolean anyTravel = false;
    java.util.Set<Integer> bandsUsed = new java.util.TreeSet<>();
    for (LocalDate d = admission; !d.isAfter(discharge); d = d.plusDays(1)) {
      LocalDate start = starts.floor(d);
      int episode = starts.headSet(d, true).size();
      int dayNumber = (int) ChronoUnit.DAYS.between(start, d) + 1;
      Duration away = awayOn(d, leaves);
      if (d.isAfter(lastCareDay)) {
        days.add(new InpatientDay(d, episode, dayNumber, 0, DayReason.DISCHARGE_DAY, away));
        continue;
      }
      CompiledRulebook book = bookOn(rulebookFor, d, "stay.dischargeDate");
      InpatientTariff t = book.rulebook().inpatient();
      long amount = 0;
      DayReason reason;
      AgeBand free = book.rulebook().ageBand(t.freeAgeBand()).orElseThrow();
      int age = Ages.onBirthday(patient.birthDate(), d);
      if (list == PriceList.EXEMPT || partial && !d.isBefore(exemptFrom) && !d.isAfter(exemptTo)) {
        reason = DayReason.EXEMPT;
      } else if (free.contains(age)) {
        reason = DayReason.FREE_CHILD_AGE;
        anyChild = true;
      } else if (away.compareTo(leaveMin) >= 0) {
        reason = DayReason.LEAVE_DAY;
        anyLeave = true;
      } else {
        anyAdult = true;
        reason = away.isZero() ? DayReason.CHARGED : DayReason.TRAVEL_DAY;
        anyTravel |= reason == DayReason.TRAVEL_DAY;
        amount = switch (list) {
          case STANDARD -> {
            int band = bandIndex(t, dayNumber);
            bandsUsed.add(band);
            yield t.dayBands().get(band).amountOre();
          }
          case FOREIGN_FLAT -> t.foreignPerDay().amountOre();
          case SWEDE_ABROAD_PLANNED -> t.swedeAbroadPlannedPerDay().amountOre();
          case EXEMPT -> 0;
        };
      }
      days.add(new InpatientDay(d, episode, dayNumber, amount, reason, away));
      if (reason.paid()) {
        paid++;
        total += amount;
      }
    }

    for (int band : bandsUsed) {
      InpatientTariff.DayBand b = tariff.dayBands().get(band);
      why.add(Rule.INPATIENT_DAY_BAND, why.ref(b), b.fromDay(), b.toDay(), b.amountOre());
    }
    if (sameDay) {
      why.add(Rule.INPATIENT_SAME_DAY);
    } else {
      why.add(Rule.INPATIENT_DISCHARGE_DAY_FREE, discharge.toEpochDay());
    }
    if (anyChild) {
      why.add(anyAdult ? Rule.INPATIENT_REACHES_ADULT_AGE : Rule.INPATIENT_FREE_CHILD);
    }
    if (anyLeave) {
      why.add(Rule.INPATIENT_LEAVE_DAY);
    }
    if (anyTravel) {
      why.add(Rule.INPATIENT_TRAVEL_DAY);
    }
    for (Leave l : leaves) {
      long fullDays = ChronoUnit.DAYS.between(l.from().toLocalDate(), l.to().toLocalDate()) - 1;
      if (fullDays > 3) {
        why.add(Rule.INPATIENT_LONG_LEAVE, why.ref(l.from().toString()), why.ref(l.to().toString()));
      }
    }
    why.add(Rule.INPATIENT_NOT_CAP_QUALIFYING);
    return new InpatientResult(first.id(), list, total, paid, days, why);
  }

  /** The price list for the patient (decisions R27, R31, E12). */
  private static PriceList priceList(CompiledRulebook book, Patient p, Stay s, Trace why) {
    InpatientTariff t = book.rulebook().inpatient();
    Residence r = p.residence();
    if (s.exemption() != null) {
      InpatientTariff.InpatientExemption e = exemption(t, s.exemption());
      if (e == null) {
        throw new InvalidInputException("stay.exemption", "unknown-exemption",
            "'" + s.exemption() + "' is not an exempt group of rulebook " + book.id()
                + Suggest.didYouMean(s.exemption(), t.exemptGroups().stream().map(InpatientTariff.InpatientExemption::key).toList()));
      }
      if (e.key().equals(ASYLUM_EXEMPTION) && r != Residence.ASYLUM_SEEKER && r != Residence.UNDOCUMENTED) {
        throw new InvalidInputException("stay.exemption", "contradictory",
            "the LMA-card exemption is for asylum seekers (residence asylum-seeker), not " + kebab(r));
      }
      why.add(Rule.INPATIENT_EXEMPT, why.ref(e));
      return PriceList.EXEMPT;
    }
    switch (r) {
      case ASYLUM_SEEKER, UNDOCUMENTED -> {
        InpatientTariff.InpatientExemption e = exemption(t, ASYLUM_EXEMPTION);
        if (e == null) {
          throw new InvalidInputException("patient.residence", "not-covered",
              "rulebook " + book.id() + " has no inpatient exemption '" + ASYLUM_EXEMPTION + "'");
        }
        if (r == Residence.UNDOCUMENTED) {
          why.add(Rule.INPATIENT_UNDOCUMENTED_AS_ASYLUM);
        }
        why.add(Rule.INPATIENT_EXEMPT, why.ref(e));
        return PriceList.EXEMPT;
      }
      case COUNTY_RESIDENT, OTHER_REGION_RESIDENT, QUOTA_REFUGEE -> {
        return standard(t, why, "resident");
      }
      case CONVENTION_COUNTRY -> {
        switch (p.conventionCountry()) {
          case QUEBEC -> {
            return standard(t, why, "quebec");
          }
          case ISRAEL -> {
            if (!s.deliveryCare()) {
              throw notCovered("Israel: the convention covers childbirth care only (decision R28); other inpatient care is charged in full by DRG");
            }
            return foreign(t, why, "israel");
          }
          default -> {
            if (urgency(s) == Urgency.PLANNED) {
              throw notCovered("convention countries: the regelbok prices acute inpatient care only; planned care is charged in full by DRG");
            }
            return foreign(t, why, "convention");
          }
        }
      }
      case EU_EES, UK, NORDIC -> {
        if (r != Residence.NORDIC && !p.euCard()) {
          throw notCovered("without an EU card the stay is charged in full by DRG");
        }
        if (urgency(s) == Urgency.PLANNED) {
          throw notCovered("the regelbok prices acute (necessary) inpatient care only for EU/EES, Nordic and UK patients; planned care is charged in full by DRG (decision E12)");
        }
        return foreign(t, why, r == Residence.NORDIC ? "nordic" : r == Residence.UK ? "uk" : "eu-ees");
      }
      case SWEDE_ABROAD -> {
        switch (p.swedeAbroadGroup()) {
          case DEVELOPING_COUNTRY_MISSION -> {
            // Decision E50: "sluten vård (akut och planerad) till den högsta slutenvårdsavgiften".
            why.add(Rule.INPATIENT_PRICE_LIST_SWEDE_ABROAD_MISSION);
            return PriceList.FOREIGN_FLAT;
          }
          case STUDENT_WITH_FK_CERTIFICATE -> {
            return standard(t, why, "swede-abroad-student");
          }
          case DEREGISTERED_CITIZEN -> {
            if (urgency(s) == Urgency.ACUTE) {
              return standard(t, why, "deregistered-acute");
            }
            throw notCovered("a Swedish citizen removed from the population register has no right to planned care until registered (decision E50)");
          }
          case EU_EES_PENSIONER -> {
            return standard(t, why, "swede-abroad-pensioner");
          }
          case EU_EES -> {
            if (!p.euCard()) {
              throw notCovered("a Swede living in the EU/EES without the country's EU card (E112 for planned care) pays in full");
            }
            return standard(t, why, "swede-abroad-eu-card");
          }
          default -> {
            if (urgency(s) == Urgency.ACUTE) {
              return standard(t, why, "swede-abroad-acute");
            }
            switch (p.swedeAbroadGroup()) {
              case OTHER_COUNTRY -> {
                why.add(Rule.INPATIENT_PRICE_LIST_SWEDE_ABROAD_PLANNED);
                return PriceList.SWEDE_ABROAD_PLANNED;
              }
              case CONVENTION_COUNTRY -> throw notCovered(
                  "Swedes abroad in a convention country: the regelbok gives no price for planned inpatient care (decision R31)");
              default -> throw notCovered(
                  "Swedes abroad in Kanada, Nya Zeeland, USA, Monaco or Andorra pay the whole cost of planned care");
            }
          }
        }
      }
      case FOREIGN_UNINSURED -> throw notCovered(
          "no proof of a right to subsidised care: the stay is charged in full by DRG");
      default -> throw new IllegalStateException("residence " + r);
    }
  }

  private static PriceList standard(InpatientTariff t, Trace why, String group) {
    why.add(Rule.INPATIENT_PRICE_LIST_STANDARD, why.ref(group));
    return PriceList.STANDARD;
  }

  private static PriceList foreign(InpatientTariff t, Trace why, String group) {
    why.add(Rule.INPATIENT_PRICE_LIST_FOREIGN_FLAT, why.ref(group));
    return PriceList.FOREIGN_FLAT;
  }

  private static Urgency urgency(Stay s) {
    if (s.urgency() == null) {
      throw new InvalidInputException("stay.urgency", "missing",
          "say whether the stay is acute or planned: the price for patients from abroad depends on it (decisions R27, R31)");
    }
    return s.urgency();
  }

  private static InvalidInputException notCovered(String why) {
    return new InvalidInputException("patient.residence", "not-covered", why);
  }

  private static InpatientTariff.InpatientExemption exemption(InpatientTariff t, String key) {
    return t.exemptGroups().stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
  }

  private static int bandIndex(InpatientTariff t, int dayNumber) {
    List<InpatientTariff.DayBand> bands = t.dayBands();
    for (int i = 0; i < bands.size(); i++) {
      InpatientTariff.DayBand b = bands.get(i);
      if (dayNumber >= b.fromDay() && (b.toDay() == 0 || dayNumber <= b.toDay())) {
        return i;
      }
    }
    throw new IllegalStateException("no day band for day " + dayNumber);
  }

  /**
   * How long the patient is away on {@code day} between 00:00 and 24:00, in elapsed time in
   * Europe/Stockholm: 23 hours on the spring daylight-saving day, 25 in the autumn (decision E11).
   */
  static Duration awayOn(LocalDate day, List<Leave> leaves) {
    ZonedDateTime dayStart = day.atStartOfDay(STOCKHOLM);
    ZonedDateTime dayEnd = day.plusDays(1).atStartOfDay(STOCKHOLM);
    Duration sum = Duration.ZERO;
    for (Leave l : leaves) {
      ZonedDateTime from = l.from().atZone(STOCKHOLM);
      ZonedDateTime to = l.to().atZone(STOCKHOLM);
      ZonedDateTime a = from.isAfter(dayStart) ? from : dayStart;
      ZonedDateTime b = to.isBefore(dayEnd) ? to : dayEnd;
      if (b.isAfter(a)) {
        sum = sum.plus(Duration.between(a, b));
      }
    }
    return sum;
  }

  private static CompiledRulebook bookOn(Function<LocalDate, CompiledRulebook> rulebookFor, LocalDate d, String field) {
    CompiledRulebook b = rulebookFor.apply(d);
    if (b == null) {
      throw new InvalidInputException(field, "outside-validity", "no rulebook is in force on " + d);
    }
    return b;
  }

  private static void check(Patient patient, Stay stay) {
    if (patient == null) {
      throw new InvalidInputException("patient", "missing", "a stay needs the patient");
    }
    if (stay == null) {
      throw new InvalidInputException("stay", "missing", "no stay given");
    }
    LocalDate admission = stay.admissionDate();
    LocalDate discharge = stay.dischargeDate();
    if (admission == null) {
      throw new InvalidInputException("stay.admissionDate", "missing", "the admission date is needed");
    }
    if (discharge == null) {
      throw new InvalidInputException("stay.dischargeDate", "missing", "the discharge date is needed");
    }
    if (discharge.isBefore(admission)) {
      throw new InvalidInputException("stay.dischargeDate", "discharge-before-admission",
          "the discharge date " + discharge + " is before the admission date " + admission);
    }
    if (patient.birthDate().isAfter(admission)) {
      throw new InvalidInputException("patient.birthDate", "birth-date-after-admission",
          "the birth date " + patient.birthDate() + " is after the admission date " + admission);
    }
    if (ChronoUnit.DAYS.between(admission, discharge) > 3660) {
      throw new InvalidInputException("stay.dischargeDate", "out-of-range", "a stay of more than ten years is not plausible");
    }
    TariffRule.checkConsistent(patient);
    if ((stay.exemptFrom() != null || stay.exemptTo() != null) && stay.exemption() == null) {
      throw new InvalidInputException(stay.exemptFrom() != null ? "stay.exemptFrom" : "stay.exemptTo", "contradictory",
          "exempt days are only given with an exemption");
    }
    if (stay.exemptFrom() != null && (stay.exemptFrom().isBefore(admission) || stay.exemptFrom().isAfter(discharge))) {
      throw new InvalidInputException("stay.exemptFrom", "outside-stay",
          "the exemption's first day " + stay.exemptFrom() + " is outside the stay " + admission + " – " + discharge);
    }
    if (stay.exemptTo() != null && (stay.exemptTo().isBefore(admission) || stay.exemptTo().isAfter(discharge))) {
      throw new InvalidInputException("stay.exemptTo", "outside-stay",
          "the exemption's last day " + stay.exemptTo() + " is outside the stay " + admission + " – " + discharge);
    }
    if (stay.exemptFrom() != null && stay.exemptTo() != null && stay.exemptTo().isBefore(stay.exemptFrom())) {
      throw new InvalidInputException("stay.exemptTo", "contradictory",
          "the exemption's last day " + stay.exemptTo() + " is before its first day " + stay.exemptFrom());
    }
    for (int i = 0; i < stay.transfers().size(); i++) {
      LocalDate t = stay.transfers().get(i);
      String field = "stay.transfers[" + i + "]";
      if (t == null) {
        throw new InvalidInputException(field, "missing", "a transfer needs its date");
      }
      if (t.isBefore(admission) || t.isAfter(discharge)) {
        throw new InvalidInputException(field, "outside-stay",
            "the transfer on " + t + " is outside the stay " + admission + " – " + discharge);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < stay.leaves().size(); i++) {
      Leave l = stay.leaves().get(i);
      String field = "stay.leaves[" + i + "]";
      if (l == null || l.from() == null) {
        throw new InvalidInputException(field + ".from", "missing", "a leave needs the time the patient left");
      }
      if (l.to() == null) {
        throw new InvalidInputException(field + ".to", "missing", "a leave needs the time the patient came back");
      }
      if (!l.to().isAfter(l.from())) {
        throw new InvalidInputException(field + ".to", "contradictory",
            "the leave ends (" + l.to() + ") before or when it starts (" + l.from() + ")");
      }
      if (l.from().isBefore(admission.atStartOfDay())) {
        throw new InvalidInputException(field + ".from", "outside-stay",
            "the leave starts (" + l.from() + ") before the admission date " + admission);
      }
      if (l.to().isAfter(discharge.plusDays(1).atStartOfDay())) {
        throw new InvalidInputException(field + ".to", "outside-stay",
            "the leave ends (" + l.to() + ") after the discharge date " + discharge);
      }
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> stay.leaves().get(i).from()).thenComparing(i -> i));
    for (int k = 1; k < order.size(); k++) {
      Leave prev = stay.leaves().get(order.get(k - 1));
      Leave next = stay.leaves().get(order.get(k));
      if (next.from().isBefore(prev.to())) {
        int a = Math.min(order.get(k - 1), order.get(k));
        int b = Math.max(order.get(k - 1), order.get(k));
        throw new InvalidInputException("stay.leaves[" + b + "]", "overlapping-leaves",
            "leave " + b + " (" + stay.leaves().get(b).from() + " – " + stay.leaves().get(b).to() + ") overlaps leave " + a
                + " (" + stay.leaves().get(a).from() + " – " + stay.leaves().get(a).to() + ")");
      }
    }
  }

  private static String kebab(Enum<?> e) {
    return se.rjl.patientfees.rules.yaml.YamlValue.kebab(e);
  }
}
