package se.rjl.patientfees.dental.pricelist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.TreeSet;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.Source;

import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Checks a price list as a whole. Errors: duplicate keys, a code printed twice in the same area and
 * provider without {@code repeatOf} (decision E21), rows citing lines outside the list, patient fees
 * naming unknown rows, overlapping or gapped patient fees. Warnings: every row whose price differs
 * from its reference price (decision E25).
 */
public final class PriceListValidator {
  /** Ages checked for gaps between patient-fee rules. */
  static final int MAX_AGE_CHECKED = 130;

  private PriceListValidator() {}

  /** Errors and warnings. */
  public static PriceListValidation validate(PriceList list) {
    return new PriceListValidation(errors(list), deviations(list));
  }

  /** The rows whose price differs from the printed reference price, in printed order. */
  public static List<PriceDeviation> deviations(PriceList list) {
    List<PriceDeviation> out = new ArrayList<>();
    for (PriceRow r : list.rows()) {
      if (r.hasReferencePrice() && r.priceOre() != r.referencePriceOre()) {
        out.add(PriceDeviation.of(r));
      }
    }
    return out;
  }

  /** Every error, located at the row or patient fee concerned; empty when the list is sound. */
  public static List<Problem> errors(PriceList list) {
    List<Problem> out = new ArrayList<>();
    rows(list, out);
    patientFees(list, out);
    return out;
  }

  private record CodeKey(DentalArea area, Provider provider, String code) {}

  private static void rows(PriceList list, List<Problem> out) {
    Map<String, PriceRow> byKey = new HashMap<>();
    Map<CodeKey, PriceRow> firstWithCode = new HashMap<>();
    Source range = list.info().source();
    for (PriceRow r : list.rows()) {
      PriceRow earlier = byKey.putIfAbsent(r.key(), r);
      if (earlier != null) {
        out.add(new Problem(r.location(), "duplicate-key",
            "the key '" + r.key() + "' is already used by the row at line " + earlier.location().line()));
      }
      if (!r.newRow()) {
        CodeKey ck = new CodeKey(r.area(), r.provider(), PriceList.normalizeCode(r.code()));
        PriceRow first = firstWithCode.putIfAbsent(ck, r);
        if (r.isRepeat()) {
          if (first == null) {
            out.add(new Problem(r.location(), "bad-repeat",
                "row '" + r.key() + "' says repeatOf: " + r.repeatOf() + ", but no earlier row has code " + r.code()
                    + " in " + where(r) + Suggest.didYouMean(r.repeatOf(), byKey.keySet())));
          } else if (!first.key().equals(r.repeatOf())) {
            out.add(new Problem(r.location(), "bad-repeat",
                "row '" + r.key() + "' repeats code " + r.code() + ": repeatOf must name the first row with that code, '"
                    + first.key() + "', not '" + r.repeatOf() + "'"));
          }
        } else if (first != null) {
          out.add(new Problem(r.location(), "duplicate-code",
              "code " + r.code() + " is already priced in " + where(r) + " by row '" + first.key() + "' (line "
                  + first.location().line() + "); if the price list really prints it again, write repeatOf: "
                  + first.key()));
        }
      } else if (r.isRepeat()) {
        out.add(new Problem(r.location(), "bad-repeat", "row '" + r.key() + "' is a new row without a code; it repeats nothing"));
      }
      Source s = r.source();
      if (range.hasLines() && s.hasLines() && s.document().equals(range.document())
          && (s.fromLine() < range.fromLine() || s.toLine() > range.toLine())) {
        out.add(new Problem(r.location(), "source-outside-list",
            "row '" + r.key() + "' cites " + s.cite() + ", outside the price list's lines " + range.cite()));
      }
      if (s.hasLines() && !s.document().equals(list.info().document())) {
        out.add(new Problem(r.location(), "source-other-document",
            "row '" + r.key() + "' cites " + s.document() + "; a row's lines must be in " + list.info().document()));
      }
    }
  }

  private static String where(PriceRow r) {
    return r.area().name().toLowerCase(java.util.Locale.ROOT) + "/" + r.provider().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void patientFees(PriceList list, List<Problem> out) {
    Map<String, PatientFeeRule> byKey = new HashMap<>();
    for (PatientFeeRule f : list.patientFees()) {
      PatientFeeRule earlier = byKey.putIfAbsent(f.key(), f);
      if (earlier != null) {
        out.add(new Problem(f.location(), "duplicate-key",
            "the patient-fee key '" + f.key() + "' is already used at line " + earlier.location().line()));
      }
      if (list.row(f.row()).isEmpty()) {
        out.add(new Problem(f.location(), "unknown-row",
            "patient fee '" + f.key() + "' names the row '" + f.row() + "', which the price list does not have"
                + Suggest.didYouMean(f.row(), list.keys())));
      }
      if (f.kind() == PatientFeeKind.VISIT && f.staff().isEmpty()) {
        out.add(new Problem(f.location(), "missing-key", "visit fee '" + f.key() + "' needs staff"));
      }
    }
    Map<String, List<PatientFeeRule>> groups = new LinkedHashMap<>();
    for (PatientFeeRule f : list.patientFees()) {
      groups.computeIfAbsent(f.kind() + "/" + f.chargedBy(), k -> new ArrayList<>()).add(f);
    }
    for (List<PatientFeeRule> group : groups.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          PatientFeeRule a = group.get(i);
          PatientFeeRule b = group.get(j);
          if (overlap(a, b)) {
            out.add(new Problem(b.location(), "overlapping-fees",
                "patient fees '" + a.key() + "' and '" + b.key() + "' both apply to some patients;"
                    + " give them staff, ages or booked minutes that do not overlap"));
          }
        }
      }
      gap(group).ifPresent(out::add);
    }
  }

  static boolean overlap(PatientFeeRule a, PatientFeeRule b) {
    boolean staff = a.staff().isEmpty() || b.staff().isEmpty() || a.staff().stream().anyMatch(b.staff()::contains);
    boolean age = a.age() == null || b.age() == null || a.age().overlaps(b.age());
    boolean minutes = a.bookedMinutes() == null || b.bookedMinutes() == null || a.bookedMinutes().overlaps(b.bookedMinutes());
    return staff && age && minutes;
  }

  /** The first staff/age/minutes point that no rule of the group covers, as a problem. */
  private static java.util.Optional<Problem> gap(List<PatientFeeRule> group) {
    boolean byStaff = group.stream().anyMatch(f -> !f.staff().isEmpty());
    List<DentalStaff> staffs = byStaff ? Arrays.asList(DentalStaff.values()) : java.util.Collections.singletonList(null);
    TreeSet<Integer> minutes = new TreeSet<>();
    for (PatientFeeRule f : group) {
      MinuteRange m = f.bookedMinutes();
      if (m != null) {
        minutes.add(m.from());
        minutes.add(Math.max(0, m.from() - 1));
        if (m.through() != null) {
          minutes.add(m.through());
          minutes.add(m.through() + 1);
        }
      }
    }
    List<Integer> minuteSamples = minutes.isEmpty() ? java.util.Collections.singletonList(null) : new ArrayList<>(minutes);
    for (DentalStaff s : staffs) {
      for (int age = 0; age <= MAX_AGE_CHECKED; age++) {
        for (Integer min : minuteSamples) {
          if (!covered(group, s, age, min)) {
            PatientFeeRule first = group.get(0);
            return java.util.Optional.of(new Problem(first.location(), "patient-fee-gap",
                "no " + first.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " fee"
                    + (first.chargedBy() == null ? "" : " (" + first.chargedBy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")")
                    + " applies to " + (s == null ? "" : "staff " + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ", ")
                    + "age " + age + (min == null ? "" : ", " + min + " booked minutes")));
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean covered(List<PatientFeeRule> group, DentalStaff staff, int age, Integer minutes) {
    for (PatientFeeRule f : group) {
      boolean s = f.staff().isEmpty() || staff == null || f.staff().contains(staff);
      AgeBand band = f.age();
      boolean a = band == null || band.contains(age);
      MinuteRange m = f.bookedMinutes();
      boolean mm = m == null || minutes == null || m.contains(minutes);
      if (s && a && mm) {
        return true;
      }
    }
    return false;
  }

}
