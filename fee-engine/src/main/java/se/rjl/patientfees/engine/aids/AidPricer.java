package se.rjl.patientfees.engine.aids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.rjl.patientfees.engine.Bounds;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.calendar.Ages;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapPolicy;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.outpatient.Money;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.AidItem.AidKind;
import se.rjl.patientfees.rules.model.AidRules;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Prices aids ("Egenavgifter och bidrag 2026 hjälpmedelsområdet", L2667–L3031): own fees by age band,
 * monthly fees through the aids cap (1 800 kr per 12 months, L2794, decision R13), percent of the
 * price up to a maximum (shoes, R16), grants (glasses, gluten-free food R17, tandem cycle R12, hair
 * R14), medical food by prescribed kcal level, tricycles by age or wheel size (R11). A request names
 * a row or a product; decision E15. Pure and thread-safe.
 */
public final class AidPricer {
  private static final String MONTH_UNIT = "månad";

  private AidPricer() {}

  /** Prices with one rulebook and an empty aids cap state. */
  public static AidResult price(CompiledRulebook book, Patient patient, AidRequest req) {
    return price(d -> book.rulebook().info().isValidOn(d) ? book : null, patient, req, CapState.EMPTY, "aid");
  }

  /**
   * Prices against a saved aids cap state. Monthly cap-qualifying fees are charged month by month
   * ({@code date}, {@code date} + 1 month, ...), each keyed {@code paymentId-m1}, {@code -m2}, ...
   */
  public static AidResult price(Function<LocalDate, CompiledRulebook> rulebookFor, Patient patient, AidRequest req,
      CapState aidsCap, String paymentId) {
    if (req == null) {
      throw new InvalidInputException("aid", "missing", "no aid given");
    }
    if (req.date() == null) {
      throw new InvalidInputException("aid.date", "missing", "the prescription or withdrawal date is needed");
    }
    CompiledRulebook book = rulebookFor.apply(req.date());
    if (book == null) {
      throw new InvalidInputException("aid.date", "outside-validity", "no rulebook is in force on " + req.date());
    }
    check(patient, req);
    Rulebook rules = book.rulebook();
    int age = Ages.onBirthday(patient.birthDate(), req.date());
    Trace why = book.trace();
    why.add(Rule.AID_AGE, req.date().toEpochDay(), age);

    List<AidItem> candidates;
    boolean byProduct;
    var row = rules.aid(req.key());
    if (row.isPresent()) {
      candidates = List.of(row.get());
      byProduct = false;
      checkExplicitRow(rules, row.get(), age, req);
    } else {
      candidates = rules.aids().stream().filter(a -> a.rules().products().contains(req.key())).toList();
      byProduct = true;
      if (candidates.isEmpty()) {
        Set<String> keys = new TreeSet<>();
        rules.aids().forEach(a -> {
          keys.add(a.key());
          keys.addAll(a.rules().products());
        });
        throw new InvalidInputException("aid.key", "unknown-aid",
            "'" + req.key() + "' is neither an aids row nor a product of rulebook " + book.id() + Suggest.didYouMean(req.key(), keys));
      }
    }

    // Age, kcal and wheel size select among a product's rows; conditions decide coverage.
    List<AidItem> fitting = new ArrayList<>();
    for (AidItem a : candidates) {
      if (fitsAge(rules, a, age) && fitsKcal(a, req, byProduct) && fitsWheel(rules, a, age, req, byProduct)) {
        fitting.add(a);
      }
    }
    if (fitting.isEmpty()) {
      why.add(Rule.AID_NO_ROW_FOR_AGE, why.ref(candidates.get(0)), why.ref(req.key()), age);
      return notCovered(book, null, aidsCap, why);
    }
    List<AidItem> met = fitting.stream().filter(a -> a.rules().conditions().isEmpty()
        || a.rules().conditions().stream().anyMatch(req.conditions()::contains)).toList();
    if (met.isEmpty()) {
      AidItem a = fitting.get(0);
      why.add(Rule.AID_CONDITION_NOT_MET, why.ref(a), why.ref(String.join(", ", a.rules().conditions())));
      return notCovered(book, a, aidsCap, why);
    }

    // Several rows fit only for the tandem cycle: the patient gets the more favourable (R12).
    Outcome best = null;
    for (AidItem a : met) {
      Outcome o = outcome(book, a, age, req);
      if (best == null || o.grantOre > best.grantOre || o.grantOre == best.grantOre && o.payOre < best.payOre) {
        best = o;
      }
    }
    if (met.size() > 1) {
      why.add(Rule.AID_LARGER_GRANT, why.ref(best.row), why.ref(String.join(", ", met.stream().map(AidItem::key).toList())));
    }
    if (byProduct) {
      why.add(Rule.AID_PRODUCT, why.ref(best.row), why.ref(req.key()));
    }
    why.append(best.steps);
    if (!best.covered) {
      return notCovered(book, best.row, aidsCap, why, best.payOre);
    }
    return charge(rulebookFor, book, best, req, aidsCap, paymentId, why);
  }

  private static AidResult charge(Function<LocalDate, CompiledRulebook> rulebookFor, CompiledRulebook book, Outcome o,
      AidRequest req, CapState state, String paymentId, Trace why) {
    AidItem a = o.row;
    if (!a.countsTowardAidsCap() || o.feeOre == 0) {
      if (o.feeOre > 0 || a.kind() == AidKind.FEE) {
        why.add(Rule.AID_NOT_CAP_QUALIFYING);
      }
      return new AidResult(book.id(), a, true, o.feeOre, o.payOre, o.grantOre, 0, false, List.of(), state, why);
    }
    CapLedger ledger = new CapLedger(CapPolicy.aids(rulebookFor));
    List<AidResult.Month> months = new ArrayList<>();
    int n = o.monthly ? o.units : 1;
    long perCharge = o.feeOre / n;
    long pay = 0;
    long counted = 0;
    boolean frikort = false;
    CapState s = state;
    for (int i = 0; i < n; i++) {
      LocalDate d = req.date().plusMonths(i);
      CapLedger.Outcome out = ledger.charge(s, new CapLedger.Charge(paymentId + "-m" + (i + 1), d, perCharge, true));
      CapLedger.Result r = out.result();
      s = out.state();
      months.add(new AidResult.Month(d, perCharge, r.payOre(), r.countedOre(), r.frikortApplied(), r));
      pay += r.payOre();
      counted += r.countedOre();
      frikort |= r.frikortApplied();
    }
    AidResult.Month last = months.get(months.size() - 1);
    var period = last.cap().period();
    long inPeriod = Trace.flag(period != null);
    long from = period == null ? 0 : period.firstDay().toEpochDay();
    long to = period == null ? 0 : period.lastDay().toEpochDay();
    if (frikort) {
      why.addAll(Rule.AID_CAP_REACHED, inPeriod, from, to, last.cap().sumInPeriodOre(), pay, o.feeOre);
    } else {
      why.add(Rule.AID_CAP, inPeriod, from, to, last.cap().sumInPeriodOre());
    }
    return new AidResult(book.id(), a, true, o.feeOre, pay, o.grantOre, counted, frikort, months, s, why);
  }

  private static AidResult notCovered(CompiledRulebook book, AidItem row, CapState state, Trace why) {
    return notCovered(book, row, state, why, 0);
  }

  private static AidResult notCovered(CompiledRulebook book, AidItem row, CapState state, Trace why, long pay) {
    return new AidResult(book.id(), row, false, 0, pay, 0, 0, false, List.of(), state, why);
  }

  /** What one row gives, before the aids cap. */
  private static final class Outcome {
    AidItem row;
    boolean covered = true;
    long feeOre;
    long payOre;
    long grantOre;
    int units = 1;
    boolean monthly;
    final Trace steps;

    Outcome(Trace steps) {
      this.steps = steps;
    }
  }

  private static Outcome outcome(CompiledRulebook book, AidItem a, int age, AidRequest req) {
    Outcome o = new Outcome(book.trace());
    o.row = a;
    AidRules r = a.rules();
    if (a.kind() == AidKind.OWN_RESPONSIBILITY) {
      o.covered = false;
      o.steps.add(Rule.AID_OWN_RESPONSIBILITY, o.steps.ref(a), o.steps.ref(a.group()));
      return o;
    }
    checkForRow(a, req);
    if (r.prescriptionValidYears() > 0) {
      if (req.prescribedOn() == null) {
        throw new InvalidInputException("aid.prescribedOn", "missing",
            a.key() + ": the grant is paid while the prescription is valid (" + r.prescriptionValidYears() + " år): give its date");
      }
      LocalDate end = req.prescribedOn().plusYears(r.prescriptionValidYears());
      if (!req.date().isBefore(end)) {
        o.covered = false;
        o.steps.add(Rule.AID_PRESCRIPTION_EXPIRED, o.steps.ref(a), req.prescribedOn().toEpochDay(), r.prescriptionValidYears(), end.minusDays(1).toEpochDay());
        return o;
      }
    }
    int remainingUses = Integer.MAX_VALUE;
    if (r.limit() != null) {
      remainingUses = Math.max(0, r.limit().count() - req.usedInPeriod());
    }
    boolean monthly = MONTH_UNIT.equals(a.unit());
    o.monthly = monthly;
    switch (a.kind()) {
      case FEE -> {
        int units = monthly ? req.months() : (req.quantity() == null ? 1 : req.quantity());
        if (req.bilateral()) {
          units = 1;
          o.steps.add(Rule.AID_BILATERAL_ONE_FEE, o.steps.ref(a));
        }
        o.units = units;
        int subsidised = Math.min(units, remainingUses);
        long fee = a.amountOre() * subsidised;
        o.steps.addAll(monthly ? Rule.AID_MONTHLY_FEE : Rule.AID_FEE, o.steps.ref(a), a.amountOre(), o.steps.ref(a.unit()), units,
            Trace.flag(units != 1 || monthly), subsidised, Trace.flag(subsidised < units), fee);
        if (subsidised < units) {
          long price = price(req, a, "the subsidised " + a.unit() + " are used up: the rest is paid at full price");
          long full = price * (units - subsidised);
          limitStep(o.steps, a, remainingUses, "rest", units - subsidised, price);
          o.feeOre = fee;
          o.payOre = fee + full;
          if (subsidised == 0) {
            o.covered = false;
          }
          return o;
        }
        o.feeOre = fee;
        o.payOre = fee;
      }
      case PERCENT_OF_PRICE -> {
        long price = price(req, a, "the own fee is a percentage of the price");
        if (remainingUses == 0) {
          o.covered = false;
          o.payOre = price;
          limitStep(o.steps, a, 0, "full-price", 0, price);
          return o;
        }
        long share = percentKr(price, a.percent());
        long fee = Math.min(share, a.amountOre());
        o.feeOre = fee;
        o.payOre = fee;
        o.grantOre = price - fee;
        o.steps.addAll(Rule.AID_PERCENT_OF_PRICE, o.steps.ref(a), a.percent(), price, share, Trace.flag(share > a.amountOre()), a.amountOre(), fee);
      }
      case GRANT -> {
        if (remainingUses == 0) {
          o.covered = false;
          o.payOre = req.priceOre() == null ? 0 : req.priceOre();
          limitStep(o.steps, a, 0, "no-grant", 0, 0);
          return o;
        }
        switch (r.grantBasis()) {
          case FIXED -> {
            o.grantOre = a.amountOre();
            o.steps.addAll(Rule.AID_GRANT, o.steps.ref(a), a.amountOre(), o.steps.ref(a.unit()), 0, -1, 0, 0, 0, 0, 0);
          }
          case UP_TO_AMOUNT -> {
            long price = price(req, a, "the grant is the price, at most " + Money.kr(a.amountOre()));
            long available = a.amountOre();
            if (r.amountPer() != null) {
              available = Math.max(0, a.amountOre() - req.grantedInPeriodOre());
            }
            long grant = Math.min(price, available);
            o.grantOre = grant;
            o.payOre = price - grant;
            o.steps.addAll(Rule.AID_GRANT, o.steps.ref(a), a.amountOre(), o.steps.ref(a.unit()), 1,
                o.steps.ref(r.amountPer() == null ? null : se.rjl.patientfees.rules.yaml.YamlValue.kebab(r.amountPer())),
                req.grantedInPeriodOre(), available, grant, price, price - grant);
            if (grant == 0) {
              o.covered = false;
            }
          }
          case ABOVE_AMOUNT -> {
            long price = price(req, a, "the grant is the part of the price above " + Money.kr(a.amountOre()));
            long grant = Math.max(0, price - a.amountOre());
            o.grantOre = grant;
            o.payOre = price - grant;
            o.steps.addAll(Rule.AID_GRANT_ABOVE_AMOUNT, o.steps.ref(a), a.amountOre(), grant, price);
          }
        }
      }
      case PERCENT_GRANT -> {
        long price = price(req, a, "the grant is " + a.percent() + " % of the price");
        long grant = percentKr(price, a.percent());
        o.grantOre = grant;
        o.payOre = price - grant;
        o.steps.add(Rule.AID_PERCENT_GRANT, o.steps.ref(a), a.percent(), price, grant);
      }
      default -> throw new IllegalStateException(a.kind().toString());
    }
    return o;
  }

  private static void limitStep(Trace steps, AidItem a, int remaining, String then, int rest, long price) {
    AidRules.Limit l = a.rules().limit();
    steps.addAll(Rule.AID_LIMIT_REACHED, steps.ref(a), l.count(), steps.ref(se.rjl.patientfees.rules.yaml.YamlValue.kebab(l.per())),
        remaining, steps.ref(then), rest, price);
  }

  /** {@code percent} % of {@code priceOre}, rounded half up to whole kronor (decisions R11, R16). */
  static long percentKr(long priceOre, int percent) {
    BigDecimal kr = BigDecimal.valueOf(priceOre).multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100 * 100L), 0, RoundingMode.HALF_UP);
    return kr.longValueExact() * 100;
  }

  private static long price(AidRequest req, AidItem a, String why) {
    if (req.priceOre() == null) {
      throw new InvalidInputException("aid.price", "missing", a.key() + ": the price is needed (" + why + ")");
    }
    return req.priceOre();
  }

  private static boolean fitsAge(Rulebook rules, AidItem a, int age) {
    if (a.ageBand() == null) {
      return true;
    }
    AgeBand b = rules.ageBand(a.ageBand()).orElseThrow();
    return b.contains(age);
  }

  private static boolean fitsKcal(AidItem a, AidRequest req, boolean byProduct) {
    AidRules.KcalRange k = a.rules().kcal();
    if (k == null) {
      return true;
    }
    if (req.kcal() == null) {
      throw new InvalidInputException("aid.kcal", "missing",
          a.key() + ": the level depends on the prescribed energy (kcal per day)");
    }
    return k.contains(req.kcal());
  }

  private static boolean fitsWheel(Rulebook rules, AidItem a, int age, AidRequest req, boolean byProduct) {
    AidRules.WheelSize w = a.rules().wheel();
    if (w == null) {
      return true;
    }
    if (w.orAgeBand() != null && rules.ageBand(w.orAgeBand()).orElseThrow().contains(age)) {
      return true;
    }
    if (req.wheelInches() == null) {
      throw new InvalidInputException("aid.wheelInches", "missing",
          a.key() + ": at " + age + " years the row depends on the wheel size (decision R11)");
    }
    return w.fits(req.wheelInches());
  }

  /** A request by row key: the row must fit the patient, else a typed error pointing to the right row. */
  private static void checkExplicitRow(Rulebook rules, AidItem a, int age, AidRequest req) {
    if (!fitsAge(rules, a, age)) {
      AgeBand b = rules.ageBand(a.ageBand()).orElseThrow();
      throw new InvalidInputException("aid.key", "age-outside-band",
          "'" + a.key() + "' is for ages " + b.describe() + ", the patient is " + age + siblingHint(rules, a, age, req));
    }
    if (!fitsKcal(a, req, false)) {
      throw new InvalidInputException("aid.kcal", "contradictory",
          "'" + a.key() + "' is for " + a.rules().kcal().describe() + ", not " + req.kcal() + " kcal" + siblingHint(rules, a, age, req));
    }
    if (!fitsWheel(rules, a, age, req, false)) {
      throw new InvalidInputException("aid.wheelInches", "contradictory",
          "'" + a.key() + "' is for " + a.rules().wheel().describe() + ", not " + req.wheelInches() + "\"" + siblingHint(rules, a, age, req));
    }
  }

  private static String siblingHint(Rulebook rules, AidItem a, int age, AidRequest req) {
    for (String p : a.rules().products()) {
      for (AidItem b : rules.aids()) {
        if (b != a && b.rules().products().contains(p) && fitsAge(rules, b, age)) {
          try {
            if (fitsKcal(b, req, true) && fitsWheel(rules, b, age, req, true)) {
              return " (use '" + b.key() + "', or the product '" + p + "')";
            }
          } catch (InvalidInputException e) {
            return " (use the product '" + p + "')";
          }
        }
      }
    }
    return "";
  }

  private static void check(Patient patient, AidRequest req) {
    if (patient == null) {
      throw new InvalidInputException("patient", "missing", "an aid needs the patient (birth date)");
    }
    if (req.key() == null || req.key().isBlank()) {
      throw new InvalidInputException("aid.key", "missing", "say which aid (a row or product key of the rulebook's aids)");
    }
    if (patient.birthDate().isAfter(req.date())) {
      throw new InvalidInputException("patient.birthDate", "birth-date-after-contact",
          "the birth date " + patient.birthDate() + " is after the aid's date " + req.date());
    }
    if (req.priceOre() != null) {
      Bounds.amount("aid.price", req.priceOre());
    }
    range("aid.kcal", req.kcal(), 0, 100_000);
    range("aid.wheelInches", req.wheelInches(), 1, 100);
    range("aid.months", req.months(), 1, 120);
    range("aid.quantity", req.quantity(), 1, 1000);
    if (req.usedInPeriod() < 0) {
      throw new InvalidInputException("aid.usedInPeriod", "out-of-range", "must not be negative");
    }
    Bounds.amount("aid.grantedInPeriod", req.grantedInPeriodOre());
    if (req.prescribedOn() != null && req.prescribedOn().isAfter(req.date())) {
      throw new InvalidInputException("aid.prescribedOn", "contradictory",
          "the prescription (" + req.prescribedOn() + ") is after the aid's date " + req.date());
    }
  }

  /** Inputs that only some rows take: checked against the row actually used. */
  static void checkForRow(AidItem a, AidRequest req) {
    boolean monthly = MONTH_UNIT.equals(a.unit());
    if (monthly && req.months() == null) {
      throw new InvalidInputException("aid.months", "missing", a.key() + " is a fee per month: give the number of months");
    }
    if (!monthly && req.months() != null) {
      throw new InvalidInputException("aid.months", "contradictory", a.key() + " is not a fee per month");
    }
    if (monthly && req.quantity() != null) {
      throw new InvalidInputException("aid.quantity", "contradictory", a.key() + " is a fee per month: give months, not a quantity");
    }
    if (req.bilateral() && !a.rules().oneFeeIfBilateral() && a.kind() != AidKind.OWN_RESPONSIBILITY
        && a.amountOre() > 0) {
      throw new InvalidInputException("aid.bilateral", "contradictory",
          a.key() + " has no rule for bilateral treatment (only the orthoses marked * do)");
    }
  }

  private static void range(String field, Integer v, int min, int max) {
    if (v != null && (v < min || v > max)) {
      throw new InvalidInputException(field, "out-of-range", "must be between " + min + " and " + max + ", not " + v);
    }
  }
}
