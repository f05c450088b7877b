package se.rjl.patientfees.dental.pricelist;

import se.rjl.patientfees.rules.load.ReadContext;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Reads a price-list file strictly: unknown keys (with "did you mean"), wrong types, negative
 * amounts and missing sources become located problems. Returns null when anything is wrong.
 */
final class PriceListReader {
  static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  static final String NEW_CODE = "Ny";

  private final String file;
  private final Problems problems;
  private ReadContext sources = new ReadContext(null);

  PriceListReader(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  PriceList read(YamlValue root) {
    YamlValue.Mapping top = root.mapping();
    if (top == null) {
      return null;
    }
    YamlValue infoValue = top.required("priceList");
    PriceListInfo info = infoValue == null ? null : info(infoValue);
    YamlValue rowsValue = top.required("rows");
    List<PriceRow> rows = rowsValue == null ? List.of() : rowsValue.listOf(this::row);
    if (rowsValue != null && rowsValue.isList() && rowsValue.list().isEmpty()) {
      rowsValue.problem("empty", "rows: a price list needs at least one row");
    }
    YamlValue feesValue = top.required("patientFees");
    List<PatientFeeRule> fees = feesValue == null ? List.of() : feesValue.listOf(this::patientFee);
    top.finish();
    if (!problems.isEmpty() || info == null) {
      return null;
    }
    return new PriceList(info, rows, fees);
  }

  private PriceListInfo info(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String document = text(m.required("document"));
    if (document != null && !document.matches("[\\w.-]+\\.txt")) {
      m.optional("document").problem("bad-document", "priceList.document must be a seed file name such as 000_660bf81ab5a4a909.txt, not '" + document + "'");
      document = null;
    }
    sources = new ReadContext(document);
    String id = key(m.required("id"));
    String title = text(m.required("title"));
    String region = text(m.required("region"));
    LocalDate from = date(m.required("validFrom"));
    LocalDate to = date(m.required("validTo"));
    String currency = text(m.required("currency"));
    if (currency != null && !currency.equals("SEK")) {
      m.optional("currency").problem("bad-currency", "priceList.currency must be SEK, not '" + currency + "'");
      currency = null;
    }
    Source source = sources.source(m);
    m.finish();
    if (from != null && to != null && to.isBefore(from)) {
      m.owner().problem("bad-validity", "priceList: validTo " + to + " is before validFrom " + from);
      return null;
    }
    if (id == null || title == null || region == null || from == null || to == null || currency == null
        || document == null || source == null) {
      return null;
    }
    return new PriceListInfo(id, title, region, from, to, currency, document, source, file);
  }

  private PriceRow row(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String key = key(m.required("key"));
    DentalArea area = enumValue(m.required("area"), DentalArea.class);
    Provider provider = enumValue(m.required("provider"), Provider.class);
    String category = text(m.optional("category"));
    String code = text(m.required("code"));
    boolean newRow = bool(m.optional("newRow"), false);
    String repeatOf = key(m.optional("repeatOf"));
    String text = text(m.required("text"));
    Long price = amount(m.required("price"));
    boolean hasReference = m.has("referencePrice");
    Long reference = amount(m.optional("referencePrice"));
    PriceUnit unit = m.optional("unit") == null ? PriceUnit.EACH : enumValue(m.optional("unit"), PriceUnit.class);
    boolean exchange = bool(m.optional("exchange"), false);
    String note = text(m.optional("note"));
    Source source = sources.source(m);
    m.finish();

    String where = "row " + (key == null ? v.path() : "'" + key + "'");
    if (code != null) {
      if (newRow && !code.equals(NEW_CODE)) {
        v.problem("bad-new-row", where + ": newRow: true is only for rows whose code column prints '" + NEW_CODE + "', not '" + code + "'");
      } else if (!newRow && code.equals(NEW_CODE)) {
        v.problem("bad-new-row", where + ": the code '" + NEW_CODE + "' marks a new row without a code; write newRow: true");
      }
    }
    if (provider == Provider.EXTERNAL && reference == null && price != null) {
      v.problem(
          "missing-reference-price",
          where + " is an external (TLV) row and needs referencePrice" + (hasReference ? " (a number, not empty)" : ""));
    }
    if (provider != null && provider != Provider.EXTERNAL && reference != null) {
      m.optional("referencePrice").problem(
          "unexpected-reference-price", where + ": only external (TLV) rows have a reference price; leave referencePrice out");
    }
    if (exchange && provider != null && provider != Provider.EXTERNAL) {
      v.problem("bad-exchange", where + ": exchange: true is only for external rows (utbytesåtgärder)");
    }
    if (area != null && provider != null && (area == DentalArea.UNSPECIFIED) != (provider == Provider.UNSPECIFIED)) {
      v.problem("bad-unspecified", where + ": area and provider are unspecified together (the bare 'Ny' rows) or not at all");
    }
    if (key == null || area == null || provider == null || code == null || text == null || price == null
        || unit == null || source == null) {
      return null;
    }
    return new PriceRow(key, area, provider, category, code, newRow, repeatOf, text, price, reference, unit, exchange, note, source, v.location());
  }

  private PatientFeeRule patientFee(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String key = key(m.required("key"));
    PatientFeeKind kind = enumValue(m.required("kind"), PatientFeeKind.class);
    String row = key(m.required("row"));
    YamlValue staffValue = m.optional("staff");
    Set<DentalStaff> staff = EnumSet.noneOf(DentalStaff.class);
    if (staffValue != null) {
      staff.addAll(staffValue.enumList(DentalStaff.class));
    }
    ChargedBy chargedBy = enumValue(m.optional("chargedBy"), ChargedBy.class);
    YamlValue ageValue = m.optional("age");
    AgeBand age = ageValue == null ? null : ageBand(ageValue, key);
    YamlValue minutesValue = m.optional("bookedMinutes");
    MinuteRange minutes = minutesValue == null ? null : minutes(minutesValue);
    String note = text(m.optional("note"));
    Source source = sources.source(m);
    m.finish();
    if (kind == PatientFeeKind.MISSED_VISIT && m.optional("chargedBy") == null) {
      v.problem("missing-key", "patient fee '" + key + "': a missed-visit fee needs chargedBy (treatment-price or visit-fee)");
    }
    if (kind != null && kind != PatientFeeKind.MISSED_VISIT && m.optional("chargedBy") != null) {
      m.optional("chargedBy").problem("unexpected-key", "patient fee '" + key + "': chargedBy is only for missed-visit fees");
    }
    if (key == null || kind == null || row == null || source == null
        || (ageValue != null && age == null) || (minutesValue != null && minutes == null)
        || (staffValue != null && staff.isEmpty())) {
      return null;
    }
    return new PatientFeeRule(key, kind, row, staff, chargedBy, age, minutes, note, source, v.location());
  }

  private AgeBand ageBand(YamlValue v, String ownerKey) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    Integer from = m.optional("from") == null ? Integer.valueOf(0) : m.optional("from").integer(0, 150);
    Integer until = m.optional("until") == null ? null : m.optional("until").integer(1, 150);
    AgeSemantics by = enumValue(m.required("by"), AgeSemantics.class);
    text(m.optional("wording"));
    Source source = sources.source(m);
    m.finish();
    if (m.optional("from") == null && m.optional("until") == null) {
      v.problem("empty-age", v.path() + ": give from, until or both");
      return null;
    }
    if (from != null && until != null && until <= from) {
      v.problem("bad-age", v.path() + ": until " + until + " must be above from " + from);
      return null;
    }
    if (from == null || (m.optional("until") != null && until == null) || by == null || source == null) {
      return null;
    }
    return new AgeBand(ownerKey == null ? "age" : ownerKey, from, until == null ? AgeBand.OPEN : until, by, source);
  }

  private MinuteRange minutes(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    Integer from = m.optional("from") == null ? Integer.valueOf(0) : m.optional("from").integer(0, 10_000);
    Integer through = m.optional("through") == null ? null : m.optional("through").integer(0, 10_000);
    Source source = sources.source(m);
    m.finish();
    if (from != null && through != null && through < from) {
      v.problem("bad-minutes", v.path() + ": through " + through + " is below from " + from);
      return null;
    }
    if (from == null || (m.optional("through") != null && through == null) || source == null) {
      return null;
    }
    return new MinuteRange(from, through, source);
  }

  // --- small helpers: null-safe on absent values ---

  private static String text(YamlValue v) {
    return v == null ? null : v.text();
  }

  private static String key(YamlValue v) {
    String s = text(v);
    if (s != null && !KEY.matcher(s).matches()) {
      v.problem("bad-key", v.path() + ": '" + s + "' is not a key; use lower-case letters, digits and hyphens (allman-101)");
      return null;
    }
    return s;
  }

  private static LocalDate date(YamlValue v) {
    return v == null ? null : v.date();
  }

  private static Long amount(YamlValue v) {
    return v == null ? null : v.amountInOre();
  }

  private static boolean bool(YamlValue v, boolean otherwise) {
    if (v == null) {
      return otherwise;
    }
    Boolean b = v.bool();
    return b == null ? otherwise : b;
  }

  private static <E extends Enum<E>> E enumValue(YamlValue v, Class<E> type) {
    return v == null ? null : v.enumValue(type);
  }
}
