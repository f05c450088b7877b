package se.rjl.patientfees.rules.explain;

import java.lang.reflect.RecordComponent;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.Rulebook;

/**
 * The rulebook values an explanation template may name, as they are shown: {@code
 * constants.visit-fee} → "250 kr", {@code ageBands.child.until} → "20", {@code
 * outpatient.outOfHoursFrom} → "21:00", {@code inpatient.dayBands.1.amount} → "130 kr" (bands count
 * from 1). Amounts in öre ({@code ...Ore}) are named without the suffix and shown in kronor.
 */
public final class RulebookValues {
  private RulebookValues() {}

  public static Map<String, String> of(Rulebook book) {
    Map<String, String> v = new TreeMap<>();
    book.constants().forEach((k, a) -> v.put("constants." + k, Kronor.of(a.amountOre())));
    book.ageBands().forEach((k, b) -> {
      v.put("ageBands." + k, b.describe());
      v.put("ageBands." + k + ".from", Integer.toString(b.fromYears()));
      if (b.untilYears() != AgeBand.OPEN) {
        v.put("ageBands." + k + ".until", Integer.toString(b.untilYears()));
        v.put("ageBands." + k + ".to", Integer.toString(b.untilYears() - 1));
      }
    });
    scalars(v, "outpatient", book.outpatient());
    scalars(v, "missedVisits", book.missedVisits());
    scalars(v, "inpatient", book.inpatient());
    scalars(v, "copies", book.copies());
    scalars(v, "caps.outpatient", book.outpatientCap());
    scalars(v, "caps.aids", book.aidsCap());
    if (book.inpatient() != null) {
      var bands = book.inpatient().dayBands();
      for (int i = 0; i < bands.size(); i++) {
        var b = bands.get(i);
        String p = "inpatient.dayBands." + (i + 1);
        v.put(p + ".from", Integer.toString(b.fromDay()));
        if (b.toDay() != 0) {
          v.put(p + ".to", Integer.toString(b.toDay()));
        }
        v.put(p + ".amount", Kronor.of(b.amountOre()));
      }
      book.ageBand(book.inpatient().freeAgeBand()).filter(b -> b.untilYears() != AgeBand.OPEN)
          .ifPresent(b -> v.put("inpatient.freeAgeBand.until", Integer.toString(b.untilYears())));
    }
    return v;
  }

  /** The record's numbers, times and named amounts under {@code prefix}. */
  private static void scalars(Map<String, String> v, String prefix, Record r) {
    if (r == null) {
      return;
    }
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String name = c.getName();
      if (value instanceof Long l && name.endsWith("Ore")) {
        v.put(prefix + "." + name.substring(0, name.length() - 3), Kronor.of(l));
      } else if (value instanceof Integer || value instanceof LocalTime) {
        v.put(prefix + "." + name, value.toString());
      } else if (value instanceof NamedAmount a) {
        v.put(prefix + "." + name, Kronor.of(a.amountOre()));
      } else if (value instanceof String s && !(value instanceof List<?>)) {
        v.put(prefix + "." + name, s);
      }
    }
  }
}
