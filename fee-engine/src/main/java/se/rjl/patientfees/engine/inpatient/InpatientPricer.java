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
import se.rjl.patientfees.engine.result.AppliedRule;
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
 *       (L4512–L4513); a transfer to another clinic starts a new vårdtillfälle at day 1 (L4514–L4515,
 *       decision E10).
 *   <li>The admission day is paid, the discharge day is not; admitted and discharged the same day:
 *       one day (L4525–L4529).
 *   <li>A day with at least 12 hours of leave between 00:00 and 24:00 is a free leave day; a day with
 *       less leave is a paid travel day (L4577–L4588, decision E11).
 *   <li>Free under 20, day by day from the 20th birthday (L4521–L4522); exempt groups free
 *       (L4535–L4557); foreign patients with coverage a flat 130 kr (R27); Swedes abroad in planned
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
    List<AppliedRule> why = new ArrayList<>();
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
      why.add(new AppliedRule("inpatient.exempt-part", e.key(), e.source().cite(),
          text(first, "inpatient.exempt-part", e.title(), exemptFrom, exemptTo)));
    } else {
      list = priceList(first, patient, stay, why);
    }

    // Vårdtillfällen start on the admission day and on each transfer day (decision E10).
    TreeSet<LocalDate> starts = new TreeSet<>(stay.transfers());
    starts.add(admission);
    if (starts.size() > 1) {
      why.add(new AppliedRule("inpatient.transfer", null, "L4514–L4515",
          "Överflyttning till annan klinik eller annat sjukhus påbörjar nytt vårdtillfälle: dag 1 igen ("
              + String.join(", ", starts.tailSet(admission, false).stream().map(LocalDate::toString).toList())
              + "). Överflyttningsdagen betalas en gång, som första dag i det nya vårdtillfället (beslut E10)."));
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
        reason = DayReason.FREE_UNDER_20;
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
      why.add(new AppliedRule("inpatient.day-band", "inpatient.dayBands[" + band + "]", b.source().cite(),
          (b.toDay() == 0 ? "Dag " + b.fromDay() + " och senare" : "Dag " + b.fromDay() + "–" + b.toDay())
              + " inom samma vårdtillfälle: " + Money.kr(b.amountOre()) + " per vårddag."));
    }
    if (sameDay) {
      why.add(new AppliedRule("inpatient.same-day", null, "L4529",
          "Inskriven och utskriven samma dag: en slutenvårdsavgift."));
    } else {
      why.add(new AppliedRule("inpatient.discharge-day-free", null, "L4525–L4528",
          "Inskrivningsdagen betalas, utskrivningsdagen " + discharge + " betalas inte."));
    }
    if (anyChild) {
      why.add(new AppliedRule(anyAdult ? "inpatient.turns-20-during-stay" : "inpatient.free-under-20", tariff.freeAgeBand(),
          "L4521–L4522", anyAdult
              ? "Barn och ungdomar under 20 år har avgiftsfri slutenvård; från och med 20-årsdagen betalas vårddagarna."
              : "Barn och ungdomar under 20 år har avgiftsfri slutenvård."));
    }
    if (anyLeave) {
      why.add(new AppliedRule("inpatient.leave-day", "inpatient.leaveMinHours", "L4586–L4588",
          "Permissionsdag (minst " + tariff.leaveMinHours() + " timmar utanför sjukhuset mellan kl 00.00 och 24.00): ingen avgift."));
    }
    if (anyTravel) {
      why.add(new AppliedRule("inpatient.travel-day", "inpatient.leaveMinHours", "L4577–L4583",
          "Resdag (permission kortare än " + tariff.leaveMinHours() + " timmar den dagen): avgift för sluten vård."));
    }
    for (Leave l : leaves) {
      long fullDays = ChronoUnit.DAYS.between(l.from().toLocalDate(), l.to().toLocalDate()) - 1;
      if (fullDays > 3) {
        why.add(new AppliedRule("inpatient.leave-longer-than-three-days", null, "L4591–L4594",
            "Permissionen " + l.from() + "–" + l.to() + " omfattar fler än tre dagar utöver resdagarna (tillåts i undantagsfall inom psykiatrin); avgiften påverkas inte."));
      }
    }
    why.add(new AppliedRule("inpatient.not-cap-qualifying", "inpatient.countsTowardCap", "L4532",
        "Patientavgiften för slutenvård är inte högkostnadsgrundande."));
    return new InpatientResult(first.id(), list, total, paid, days, why);
  }

  /** The price list for the patient (decisions R27, R31, E12). */
  private static PriceList priceList(CompiledRulebook book, Patient p, Stay s, List<AppliedRule> why) {
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
      why.add(new AppliedRule("inpatient.exempt", e.key(), e.source().cite(), e.title() + ": ingen slutenvårdsavgift."));
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
          why.add(new AppliedRule("inpatient.undocumented-as-asylum", null, "L5476–L5477",
              "Tillståndslösa betalar samma patientavgifter som asylsökande (beslut E12)."));
        }
        why.add(new AppliedRule("inpatient.exempt", e.key(), e.source().cite(), e.title() + ": ingen slutenvårdsavgift."));
        return PriceList.EXEMPT;
      }
      case COUNTY_RESIDENT, OTHER_REGION_RESIDENT, QUOTA_REFUGEE -> {
        return standard(t, why, "Vanlig slutenvårdsavgift.");
      }
      case CONVENTION_COUNTRY -> {
        switch (p.conventionCountry()) {
          case QUEBEC -> {
            return standard(t, why, "Québec: betalar som svenskar (L5611-L5623, beslut E12).");
          }
          case ISRAEL -> {
            if (!s.deliveryCare()) {
              throw notCovered("Israel: the convention covers childbirth care only (L5602-L5609, decision R28); other inpatient care is charged in full by DRG");
            }
            return foreign(t, why, "Israel, förlossningsvård (beslut R28)");
          }
          default -> {
            if (urgency(s) == Urgency.PLANNED) {
              throw notCovered("convention countries: the regelbok prices acute inpatient care only (L5586-L5597); planned care is charged in full by DRG");
            }
            return foreign(t, why, "Konventionsland, akut slutenvård");
          }
        }
      }
      case EU_EES, UK, NORDIC -> {
        if (r != Residence.NORDIC && !p.euCard()) {
          throw notCovered("without an EU card the stay is charged in full by DRG (L5656-L5661, L5696-L5701)");
        }
        if (urgency(s) == Urgency.PLANNED) {
          throw notCovered("the regelbok prices acute (necessary) inpatient care only for EU/EES, Nordic and UK patients (L5658-L5661, L5669-L5671, L5698-L5700); planned care is charged in full by DRG (decision E12)");
        }
        return foreign(t, why, r == Residence.NORDIC ? "Norden, akut slutenvård" : r == Residence.UK ? "Storbritannien med EU-kort, akut slutenvård" : "EU/EES med EU-kort, akut slutenvård");
      }
      case SWEDE_ABROAD -> {
        switch (p.swedeAbroadGroup()) {
          case DEVELOPING_COUNTRY_MISSION -> {
            // Decision E50: "sluten vård (akut och planerad) till den högsta slutenvårdsavgiften".
            why.add(new AppliedRule("inpatient.price-list.swede-abroad-mission", "inpatient.foreignPerDay",
                t.foreignPerDay().source().cite(), text(book, "inpatient.price-list.swede-abroad-mission", Money.kr(t.foreignPerDay().amountOre()))));
            return PriceList.FOREIGN_FLAT;
          }
          case STUDENT_WITH_FK_CERTIFICATE -> {
            return standard(t, why, text(book, "tariff.swede-abroad-student"));
          }
          case DEREGISTERED_CITIZEN -> {
            if (urgency(s) == Urgency.ACUTE) {
              return standard(t, why, text(book, "tariff.deregistered-acute"));
            }
            throw notCovered("a Swedish citizen removed from the population register has no right to planned care until registered (decision E50)");
          }
          case EU_EES_PENSIONER -> {
            return standard(t, why, "Utlandssvensk pensionär i EU/EES med intyg: vanlig patientavgift (L5752-L5757).");
          }
          case EU_EES -> {
            if (!p.euCard()) {
              throw notCovered("a Swede living in the EU/EES without the country's EU card (E112 for planned care) pays in full (L5740-L5750)");
            }
            return standard(t, why, "Utlandssvensk i EU/EES med bosättningslandets EU-kort eller E112: vanlig patientavgift (L5740-L5750).");
          }
          default -> {
            if (urgency(s) == Urgency.ACUTE) {
              return standard(t, why, "Utlandssvensk, akut vård: samma patientavgift som länsbor (L5776-L5800).");
            }
            switch (p.swedeAbroadGroup()) {
              case OTHER_COUNTRY -> {
                why.add(new AppliedRule("inpatient.price-list.swede-abroad-planned", "inpatient.swedeAbroadPlannedPerDay",
                    t.swedeAbroadPlannedPerDay().source().cite(),
                    "Utlandssvensk i övriga länder, planerad slutenvård: " + Money.kr(t.swedeAbroadPlannedPerDay().amountOre())
                        + " per vårddag (10 x högsta slutenvårdsavgiften), dagar räknade som för länsbor (beslut R31)."));
                return PriceList.SWEDE_ABROAD_PLANNED;
              }
              case CONVENTION_COUNTRY -> throw notCovered(
                  "Swedes abroad in a convention country: the regelbok gives no price for planned inpatient care (decision R31)");
              default -> throw notCovered(
                  "Swedes abroad in Kanada, Nya Zeeland, USA, Monaco or Andorra pay the whole cost of planned care (L5784-L5790)");
            }
          }
        }
      }
      case FOREIGN_UNINSURED -> throw notCovered(
          "no proof of a right to subsidised care: the stay is charged in full by DRG (L5703-L5720)");
      default -> throw new IllegalStateException("residence " + r);
    }
  }

  /** The rulebook's sentence for a rule id ({@code ruleTexts}), with values filled in; the id without one. */
  private static String text(CompiledRulebook book, String id, Object... values) {
    return book.rulebook().ruleText(id).map(x -> x.format(values)).orElse(id);
  }

  private static PriceList standard(InpatientTariff t, List<AppliedRule> why, String text) {
    why.add(new AppliedRule("inpatient.price-list.standard", "inpatient.dayBands", "L4512–L4513", text + " " + describe(t) + "."));
    return PriceList.STANDARD;
  }

  /** "130 kr per vårddag dag 1–10 inom samma vårdtillfälle, därefter 110 kr", from the rulebook's day bands. */
  static String describe(InpatientTariff t) {
    StringBuilder b = new StringBuilder();
    for (InpatientTariff.DayBand band : t.dayBands()) {
      if (b.length() > 0) {
        b.append(", därefter ");
      }
      b.append(Money.kr(band.amountOre()));
      if (band.toDay() != 0) {
        b.append(" per vårddag dag ").append(band.fromDay()).append('–').append(band.toDay()).append(" inom samma vårdtillfälle");
      }
    }
    return b.toString();
  }

  private static PriceList foreign(InpatientTariff t, List<AppliedRule> why, String who) {
    why.add(new AppliedRule("inpatient.price-list.foreign-flat", "inpatient.foreignPerDay", t.foreignPerDay().source().cite(),
        who + ": " + Money.kr(t.foreignPerDay().amountOre())
            + " per betald vårddag, utan sänkning från dag 11; dagarna räknas som för länsbor (beslut R27)."));
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
