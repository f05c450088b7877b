package se.rjl.patientfees.engine.other;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.calendar.WorkingDays;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.outpatient.TariffRule;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.model.OtherCharge;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Prices the rulebook's other charges by key (decisions E52, E53): a fixed amount per unit (blood
 * grouping, earmoulds, the estate's transport fee, extra samples), and the compensation for a planned
 * operation cancelled late, with its notice counted on working days, its residence condition and its
 * exclusions. Pure and thread-safe; never toward a cap.
 */
public final class OtherChargePricer {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final int MAX_QUANTITY = 1000;

  private OtherChargePricer() {}

  /** Prices with the rulebook in force on the request's date ({@code rulebookFor}, null when none). */
  public static OtherChargeResult price(Function<LocalDate, CompiledRulebook> rulebookFor, Patient patient, OtherChargeRequest req) {
    if (req == null) {
      throw new InvalidInputException("charge", "missing", "no charge given");
    }
    if (req.date() == null) {
      throw new InvalidInputException("charge.date", "missing", "the date of the charge is needed");
    }
    CompiledRulebook book = rulebookFor.apply(req.date());
    if (book == null) {
      throw new InvalidInputException("charge.date", "outside-validity", "no rulebook is in force on " + req.date());
    }
    return price(book, patient, req);
  }

  public static OtherChargeResult price(CompiledRulebook book, Patient patient, OtherChargeRequest req) {
    if (req.key() == null || req.key().isBlank()) {
      throw new InvalidInputException("charge.key", "missing", "say which charge (a key of the rulebook's otherCharges)");
    }
    OtherCharge c = book.rulebook().otherCharge(req.key()).orElseThrow(() -> new InvalidInputException("charge.key",
        "unknown-charge", "'" + req.key() + "' is not a charge of rulebook " + book.id()
            + Suggest.didYouMean(req.key(), book.rulebook().otherCharges().stream().map(OtherCharge::key).toList())));
    if (req.quantity() != null && c.perUnit() == null) {
      throw new InvalidInputException("charge.quantity", "contradictory", "'" + c.key() + "' is one charge, not priced per unit");
    }
    int quantity = req.quantity() == null ? 1 : req.quantity();
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new InvalidInputException("charge.quantity", "out-of-range", "the quantity must be between 1 and " + MAX_QUANTITY + ", not " + quantity);
    }
    boolean conditional = c.noticeHours() != null;
    if (conditional != (req.operation() != null)) {
      throw new InvalidInputException("charge.operation", conditional ? "missing" : "contradictory", conditional
          ? "'" + c.key() + "' needs the operation: when it was planned to start and when the patient was told"
          : "an operation is only given for a charge with a notice condition, not for '" + c.key() + "'");
    }
    List<AppliedRule> why = new ArrayList<>();
    String cite = c.source().cite();
    boolean due = !conditional || conditionsMet(book, patient, c, req.operation(), why);
    long amount = due ? c.amountOre() * quantity : 0;
    if (due) {
      // The amount cites the charge's own lines; the sentence is the rulebook's.
      AppliedRule s = step(book, Rule.OTHER_CHARGE_AMOUNT, c.key(), c.title(), quantity, c.perUnit() == null ? "st" : c.perUnit(),
          amount);
      why.add(new AppliedRule(s.id(), s.rulebookKey(), cite, s.textSv()));
    }
    why.add(step(book, Rule.OTHER_CHARGE_NOT_CAP_QUALIFYING, c.key()));
    return new OtherChargeResult(book.id(), c.key(), c.title(), c.direction(), due, quantity, c.amountOre(), amount, why);
  }

  /** The compensation's conditions (decision E52); each unmet one is a step of the explanation. */
  private static boolean conditionsMet(CompiledRulebook book, Patient patient, OtherCharge c,
      OtherChargeRequest.CancelledOperation op, List<AppliedRule> why) {
    if (op.plannedStart() == null) {
      throw new InvalidInputException("charge.operation.plannedStart", "missing", "give when the operation should have started");
    }
    if (op.informedAt() == null) {
      throw new InvalidInputException("charge.operation.informedAt", "missing", "give when the patient was told of the cancellation");
    }
    for (int i = 0; i < op.exclusions().size(); i++) {
      String key = op.exclusions().get(i);
      if (c.exclusions().stream().noneMatch(e -> e.key().equals(key))) {
        throw new InvalidInputException("charge.operation.exclusions[" + i + "]", "unknown-exclusion", "'" + key
            + "' is not an exclusion of '" + c.key() + "'" + Suggest.didYouMean(key, c.exclusions().stream().map(OtherCharge.Exclusion::key).toList()));
      }
    }
    String cite = c.source().cite();
    boolean due = true;
    if (c.countyResidentsOnly()) {
      if (patient == null) {
        throw new InvalidInputException("patient", "missing", "'" + c.key() + "' is only for county residents: give the patient");
      }
      TariffRule.checkConsistent(patient);
      if (patient.residence() != Residence.COUNTY_RESIDENT && patient.residence() != Residence.QUOTA_REFUGEE) {
        why.add(step(book, Rule.CANCELLED_OPERATION_NOT_COUNTY_RESIDENT, c.key()));
        due = false;
      }
    }
    if (Boolean.FALSE.equals(op.performedInRegion())) {
      why.add(step(book, Rule.CANCELLED_OPERATION_NOT_IN_REGION, c.key()));
      due = false;
    }
    if (Boolean.FALSE.equals(op.operatingDepartment())) {
      why.add(step(book, Rule.CANCELLED_OPERATION_NOT_OPERATING_DEPARTMENT, c.key()));
      due = false;
    }
    Duration notice = c.noticeCountsWorkingDaysOnly()
        ? workingTimeBetween(book.workingDays(), op.informedAt(), op.plannedStart())
        : positive(Duration.between(op.informedAt().atZone(STOCKHOLM), op.plannedStart().atZone(STOCKHOLM)));
    String hours = notice.toHours() + " h " + notice.toMinutesPart() + " min";
    if (notice.compareTo(Duration.ofHours(c.noticeHours())) < 0) {
      why.add(step(book, Rule.CANCELLED_OPERATION_LATE, c.key(), hours, c.noticeHours()));
    } else {
      why.add(step(book, Rule.CANCELLED_OPERATION_IN_TIME, c.key(), hours, c.noticeHours()));
      due = false;
    }
    for (String key : op.exclusions()) {
      OtherCharge.Exclusion e = c.exclusions().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
      why.add(step(book, Rule.CANCELLED_OPERATION_EXCLUDED, c.key(), e.title()));
      due = false;
    }
    return due;
  }

  /** The time from {@code from} to {@code to} that falls on working days (Stockholm elapsed time). */
  static Duration workingTimeBetween(WorkingDays days, LocalDateTime from, LocalDateTime to) {
    Duration sum = Duration.ZERO;
    if (!to.isAfter(from)) {
      return sum;
    }
    ZonedDateTime a = from.atZone(STOCKHOLM);
    ZonedDateTime b = to.atZone(STOCKHOLM);
    for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
      if (!days.isWorkingDay(d)) {
        continue;
      }
      ZonedDateTime dayStart = d.atStartOfDay(STOCKHOLM);
      ZonedDateTime dayEnd = d.plusDays(1).atStartOfDay(STOCKHOLM);
      ZonedDateTime s = a.isAfter(dayStart) ? a : dayStart;
      ZonedDateTime e = b.isBefore(dayEnd) ? b : dayEnd;
      if (e.isAfter(s)) {
        sum = sum.plus(Duration.between(s, e));
      }
    }
    return sum;
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  /**
   * One step rendered from the rulebook's explanation of {@code rule}: numbers are recorded as they
   * are (öre for amounts), anything else as a text. The step names the charge as its rulebook key.
   */
  private static AppliedRule step(CompiledRulebook book, Rule rule, String key, Object... values) {
    Trace t = book.trace();
    long[] params = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      params[i] = values[i] instanceof Number n ? n.longValue() : t.ref(String.valueOf(values[i]));
    }
    t.addAll(rule, params);
    AppliedRule s = t.render().get(0);
    return new AppliedRule(s.id(), key, s.source(), s.textSv());
  }
}
