package se.rjl.patientfees.dental;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.calendar.Ages;
import se.rjl.patientfees.engine.outpatient.Money;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.dental.pricelist.ChargedBy;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.DentalStaff;
import se.rjl.patientfees.dental.pricelist.PatientFeeKind;
import se.rjl.patientfees.dental.pricelist.PatientFeeRule;
import se.rjl.patientfees.dental.pricelist.PriceList;
import se.rjl.patientfees.dental.pricelist.PriceRow;
import se.rjl.patientfees.dental.pricelist.PriceUnit;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Prices from a dental price list (docs/dental-price-list.md): a treatment by area and printed code,
 * any row by key, and the patient-fee rows (visit fee, missed-visit fee, asylum fee, prescription).
 * Deterministic and stateless; safe to share between threads.
 *
 * <p>Wrong or missing input is an {@link InvalidInputException} whose {@code field} is the {@link
 * DentalRequest} component at fault and whose {@code kind} is one of: {@code missing}, {@code
 * outside-validity}, {@code unknown-code}, {@code wrong-area}, {@code no-code}, {@code
 * ambiguous-code}, {@code unknown-key}, {@code bad-quantity}, {@code birth-date-after-date},
 * {@code bad-age}, {@code bad-minutes}, {@code no-fee-row}.
 *
 * <p>What it does not do: the exemptions of the health-care rules (children, 85+, frikort, E07) and
 * the state dental subsidy; it prices the list as printed.
 */
public final class DentalPricer {
  /** More units than this in one request is a typing mistake. */
  public static final long MAX_QUANTITY = 1_000_000;

  private final PriceList list;

  public DentalPricer(PriceList list) {
    this.list = Objects.requireNonNull(list, "list");
  }

  public PriceList priceList() {
    return list;
  }

  /** A treatment's price by area and printed code, one unit. */
  public static DentalPrice price(PriceList list, DentalArea area, String code, LocalDate date) {
    return new DentalPricer(list).price(DentalRequest.treatment(area, code, date));
  }

  public DentalPrice treatment(DentalArea area, String code, LocalDate date) {
    return price(DentalRequest.treatment(area, code, date));
  }

  public DentalPrice treatment(DentalArea area, String code, LocalDate date, long quantity) {
    return price(DentalRequest.treatment(area, code, date).withQuantity(quantity));
  }

  public DentalPrice row(String key, LocalDate date) {
    return price(DentalRequest.row(key, date));
  }

  public DentalPrice visitFee(DentalStaff staff, LocalDate date) {
    return price(DentalRequest.visit(staff, date));
  }

  public DentalPrice missedVisitFee(
      ChargedBy chargedBy, DentalStaff staff, LocalDate bookedDate, LocalDate birthDate, Integer bookedMinutes) {
    return price(DentalRequest.missedVisit(chargedBy, staff, bookedDate, birthDate, bookedMinutes));
  }

  public DentalPrice asylumFee(LocalDate date) {
    return price(DentalRequest.asylum(date));
  }

  /** Prices any request; the other methods are shorthands for this one. */
  public DentalPrice price(DentalRequest request) {
    if (request == null) {
      throw new InvalidInputException("request", "missing", "no request given");
    }
    require(request.kind(), "kind");
    LocalDate date = require(request.date(), "date");
    if (!list.info().validOn(date)) {
      throw new InvalidInputException("date", "outside-validity",
          "the price list " + list.info().id() + " is valid " + list.info().validFrom() + " – " + list.info().validTo()
              + ", not on " + date);
    }
    List<AppliedRule> steps = new ArrayList<>();
    steps.add(new AppliedRule("dental.price-list", list.info().id(), list.info().source().cite(),
        list.info().title() + ", giltig " + list.info().validFrom() + " – " + list.info().validTo() + "."));
    return switch (request.kind()) {
      case TREATMENT -> charge(treatmentRow(request, steps), null, quantity(request), steps);
      case ROW -> charge(keyedRow(request), null, quantity(request), steps);
      case VISIT -> fee(request, PatientFeeKind.VISIT, steps);
      case MISSED_VISIT -> fee(request, PatientFeeKind.MISSED_VISIT, steps);
      case ASYLUM -> fee(request, PatientFeeKind.ASYLUM, steps);
      case PRESCRIPTION -> fee(request, PatientFeeKind.PRESCRIPTION, steps);
    };
  }

  // --- treatments and rows ---

  private PriceRow treatmentRow(DentalRequest request, List<AppliedRule> steps) {
    DentalArea area = require(request.area(), "area");
    String code = require(request.code(), "code");
    if (code.isBlank()) {
      throw new InvalidInputException("code", "missing", "the code is empty");
    }
    List<PriceRow> rows = list.rowsWithCode(area, code);
    if (rows.isEmpty()) {
      List<PriceRow> elsewhere = list.rowsWithCode(code);
      if (!elsewhere.isEmpty()) {
        throw new InvalidInputException("area", "wrong-area",
            "code " + code.strip() + " is priced in " + areaName(elsewhere.get(0).area()) + ", not in " + areaName(area));
      }
      Set<String> codes = list.rows().stream().filter(r -> r.area() == area && !r.newRow())
          .map(PriceRow::code).collect(Collectors.toCollection(LinkedHashSet::new));
      throw new InvalidInputException("code", "unknown-code",
          "the price list has no code " + code.strip() + " in " + areaName(area) + Suggest.didYouMean(code.strip(), codes));
    }
    if (rows.stream().allMatch(PriceRow::newRow)) {
      throw new InvalidInputException("code", "no-code",
          "'" + code.strip() + "' marks rows that are new for 2024 and have no code (" + rows.size()
              + " rows); price one by key, e.g. " + rows.stream().limit(3).map(PriceRow::key).collect(Collectors.joining(", ")));
    }
    PriceRow first = rows.get(0);
    boolean samePrice = rows.stream().allMatch(r -> r.priceOre() == first.priceOre()
        && Objects.equals(r.referencePriceOre(), first.referencePriceOre()) && r.unit() == first.unit());
    if (!samePrice) {
      throw new InvalidInputException("code", "ambiguous-code",
          "code " + first.code() + " is printed " + rows.size() + " times with different prices: "
              + rows.stream().map(r -> r.key() + " \"" + r.text() + "\" " + Money.kr(r.priceOre()) + " (" + r.source().cite() + ")")
                  .collect(Collectors.joining("; "))
              + "; price one by key");
    }
    if (rows.size() > 1) {
      steps.add(new AppliedRule("dental.repeated-code", first.key(), first.source().cite(),
          "Koden " + first.code() + " står " + rows.size() + " gånger i prislistan ("
              + rows.stream().map(r -> r.source().cite()).collect(Collectors.joining(", "))
              + ") med samma pris; den första raden används (E21)."));
    }
    return first;
  }

  private PriceRow keyedRow(DentalRequest request) {
    String key = require(request.key(), "key");
    return list.row(key.strip()).orElseThrow(() -> new InvalidInputException("key", "unknown-key",
        "the price list has no row '" + key + "'" + Suggest.didYouMean(key.strip(), list.keys())));
  }

  private static long quantity(DentalRequest request) {
    if (request.quantity() == null) {
      return 1;
    }
    long q = request.quantity();
    if (q < 1 || q > MAX_QUANTITY) {
      throw new InvalidInputException("quantity", "bad-quantity",
          "the quantity must be between 1 and " + MAX_QUANTITY + ", not " + q);
    }
    return q;
  }

  private DentalPrice charge(PriceRow row, PatientFeeRule rule, long quantity, List<AppliedRule> steps) {
    long amount = Math.multiplyExact(row.priceOre(), quantity);
    StringBuilder text = new StringBuilder();
    text.append(row.newRow() ? "Ny rad" : "Kod " + row.code()).append(' ').append(row.text())
        .append(" (").append(areaName(row.area())).append("): ").append(Money.kr(row.priceOre()));
    if (row.unit() == PriceUnit.PER_MINUTE) {
      text.append(" per minut");
    } else if (row.unit() == PriceUnit.PER_KRONA) {
      text.append(" per krona");
    }
    if (quantity != 1) {
      text.append(" × ").append(quantity).append(" = ").append(Money.kr(amount));
    }
    if (row.hasReferencePrice()) {
      long diff = row.priceOre() - row.referencePriceOre();
      text.append("; referenspris ").append(Money.kr(row.referencePriceOre()));
      if (diff != 0) {
        text.append(" (").append(diff > 0 ? "+" : "").append(Money.kr(diff)).append(')');
      }
      if (row.exchange()) {
        text.append(", utbytesåtgärd: referenspriset gäller den ersatta åtgärden");
      }
    }
    text.append('.');
    steps.add(new AppliedRule("dental.row", row.key(), row.source().cite(), text.toString()));
    return new DentalPrice(list.info().id(), row, rule, row.priceOre(), quantity, amount, row.referencePriceOre(), steps);
  }

  // --- patient fees ---

  private DentalPrice fee(DentalRequest request, PatientFeeKind kind, List<AppliedRule> steps) {
    List<PatientFeeRule> candidates = list.patientFees(kind);
    if (candidates.isEmpty()) {
      throw new InvalidInputException("kind", "no-fee-row",
          "the price list " + list.info().id() + " has no " + kebab(kind) + " fee");
    }
    if (kind == PatientFeeKind.MISSED_VISIT) {
      ChargedBy by = require(request.chargedBy(), "chargedBy");
      candidates = candidates.stream().filter(f -> f.chargedBy() == null || f.chargedBy() == by).toList();
    }
    if (candidates.stream().anyMatch(f -> !f.staff().isEmpty())) {
      DentalStaff staff = require(request.staff(), "staff");
      candidates = candidates.stream().filter(f -> f.staff().isEmpty() || f.staff().contains(staff)).toList();
    }
    Integer birthdayAge = null;
    if (candidates.stream().anyMatch(f -> f.age() != null)) {
      AgeSemantics semantics = candidates.stream().filter(f -> f.age() != null).map(f -> f.age().semantics())
          .findFirst().orElseThrow();
      int years = age(request, semantics);
      birthdayAge = years;
      candidates = candidates.stream().filter(f -> f.age() == null || f.age().contains(years)).toList();
    }
    if (candidates.stream().anyMatch(f -> f.bookedMinutes() != null)) {
      Integer minutes = require(request.bookedMinutes(), "bookedMinutes");
      if (minutes < 0) {
        throw new InvalidInputException("bookedMinutes", "bad-minutes", "the booked time must not be negative, not " + minutes);
      }
      candidates = candidates.stream().filter(f -> f.bookedMinutes() == null || f.bookedMinutes().contains(minutes)).toList();
    }
    if (candidates.isEmpty()) {
      throw new InvalidInputException("kind", "no-fee-row",
          "no " + kebab(kind) + " fee of " + list.info().id() + " applies to this request");
    }
    if (candidates.size() > 1) {
      // The validator refuses overlapping rules, so this is a broken list, not bad input.
      throw new IllegalStateException("patient fees overlap: " + candidates.stream().map(PatientFeeRule::key).toList());
    }
    PatientFeeRule rule = candidates.get(0);
    PriceRow row = list.row(rule.row()).orElseThrow(() -> new IllegalStateException("no row " + rule.row()));
    steps.add(new AppliedRule("dental.patient-fee." + kebab(kind), rule.key(), rule.source().cite(), describe(rule, request, birthdayAge)));
    return charge(row, rule, 1, steps);
  }

  private static String describe(PatientFeeRule rule, DentalRequest request, Integer years) {
    StringBuilder s = new StringBuilder(switch (rule.kind()) {
      case VISIT -> "Besöksavgift";
      case MISSED_VISIT -> "Uteblivet besök eller sent återbud";
      case ASYLUM -> "Patientavgift för asylsökande, per besök";
      case PRESCRIPTION -> "Receptförskrivning";
    });
    if (rule.chargedBy() != null) {
      s.append(rule.chargedBy() == ChargedBy.VISIT_FEE ? ", vård med besöksavgift" : ", vård efter åtgärdspris");
    }
    if (!rule.staff().isEmpty() && request.staff() != null) {
      s.append(", ").append(switch (request.staff()) {
        case HYGIENIST -> "tandhygienist/tandsköterska";
        case GENERAL_DENTIST -> "allmäntandläkare";
        case SPECIALIST -> "specialisttandläkare";
      });
    }
    AgeBand band = rule.age();
    if (band != null && years != null) {
      s.append(", ").append(years).append(" år den ").append(request.date())
          .append(" (").append(band.describe()).append(", ")
          .append(band.semantics() == AgeSemantics.BIRTHDAY ? "från födelsedagen" : "per kalenderår")
          .append(", ").append(band.source().cite()).append(')');
    }
    if (rule.bookedMinutes() != null) {
      s.append(", bokad tid ").append(request.bookedMinutes()).append(" min (").append(rule.bookedMinutes().describe())
          .append(", ").append(rule.bookedMinutes().source().cite()).append(')');
    }
    return s.append('.').toString();
  }

  /** The patient's age on the request's date, counted as the fee's age band says (E01, E23). */
  private static int age(DentalRequest request, AgeSemantics semantics) {
    LocalDate date = request.date();
    if (request.birthDate() != null) {
      if (request.birthDate().isAfter(date)) {
        throw new InvalidInputException("birthDate", "birth-date-after-date",
            "the birth date " + request.birthDate() + " is after the date " + date);
      }
      if (request.age() != null) {
        throw new InvalidInputException("age", "bad-age", "give the birth date or the age, not both");
      }
      return semantics == AgeSemantics.CALENDAR_YEAR
          ? Ages.byCalendarYear(request.birthDate(), date)
          : Ages.onBirthday(request.birthDate(), date);
    }
    if (request.age() != null) {
      if (semantics == AgeSemantics.CALENDAR_YEAR) {
        throw new InvalidInputException("birthDate", "missing", "this fee counts age by calendar year: give the birth date");
      }
      if (request.age() < 0 || request.age() > 150) {
        throw new InvalidInputException("age", "bad-age", "the age must be between 0 and 150, not " + request.age());
      }
      return request.age();
    }
    throw new InvalidInputException("birthDate", "missing", "this fee depends on the patient's age: give the birth date (or the age)");
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "missing", "required for this request");
    }
    return value;
  }

  private static String areaName(DentalArea area) {
    return switch (area) {
      case GENERAL -> "allmäntandvård";
      case SPECIALIST -> "specialisttandvård";
      case UNSPECIFIED -> "rader utan A/S";
    };
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
