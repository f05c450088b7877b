package se.rjl.patientfees.rules.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Selector;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.yaml.YamlValue;

/** Reads {@code feeCodes}: the Cosmic fee-code rows and their selectors. */
final class FeeCodeReader {
  private final ReadContext ctx;
  private final Map<String, AgeBand> ageBands;

  FeeCodeReader(ReadContext ctx, Map<String, AgeBand> ageBands) {
    this.ctx = ctx;
    this.ageBands = ageBands;
  }

  List<FeeCodeRow> read(YamlValue section) {
    return section.listOf(this::row);
  }

  private FeeCodeRow row(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String key = text(m, "key", true);
    YamlValue codeValue = m.optional("code");
    String code = codeValue == null ? null : codeValue.text();
    if (codeValue != null && code != null && !code.matches("\\d{3}")) {
      codeValue.problem("bad-code", codeValue.path() + ": a Cosmic code has three digits, not '" + code + "'");
    }
    String product = text(m, "product", true);
    // A row whose amount follows from its formula may leave it out: the loader computes it (FormulaAmounts).
    YamlValue amountValue = m.has("formula") ? m.optional("amount") : m.required("amount");
    Long amount = amountValue == null ? (m.has("formula") ? Long.valueOf(FormulaAmounts.PENDING) : null) : amountValue.amountInOre();
    boolean fullPrice = bool(m, "fullPrice", false);
    YamlValue capValue = m.required("countsTowardCap");
    Boolean cap = capValue == null ? null : capValue.bool();
    String printedAge = text(m, "printedAge", false);
    String description = text(m, "description", false);
    Source source = ctx.source(m);
    String formula = text(m, "formula", false);
    String unreachable = text(m, "unreachableBecause", false);
    YamlValue fromValue = m.optional("validFrom");
    java.time.LocalDate validFrom = fromValue == null ? null : fromValue.date();
    YamlValue toValue = m.optional("validTo");
    java.time.LocalDate validTo = toValue == null ? null : toValue.date();
    List<String> overrides = m.optional("overrides") == null ? List.of() : m.optional("overrides").textList();
    YamlValue matchValue = m.optional("match");
    List<Selector> selectors = matchValue == null ? List.of() : matchValue.listOf(this::selector);
    boolean noMatch = matchValue == null || matchValue.isList() && matchValue.list().isEmpty();
    if (noMatch && unreachable == null) {
      m.owner().problem(
          "unreachable-row",
          m.owner().path() + " (" + key + ") has no 'match': say which contacts use it, or why none does ('unreachableBecause')");
    }
    m.finish();
    if (key == null || product == null || amount == null || cap == null || source == null) {
      return null;
    }
    return new FeeCodeRow(
        key, code, product, amount, fullPrice, cap, printedAge, description, source, formula,
        selectors, overrides, unreachable, validFrom, validTo, v.location());
  }

  private Selector selector(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    YamlValue serviceValue = m.required("service");
    Set<Service> services = serviceValue == null ? Set.of() : set(serviceValue, Service.class);
    Set<Event> events = dim(m, "event", Event.class, Selector.DEFAULT_EVENTS);
    Set<Profession> professions = dim(m, "profession", Profession.class, EnumSet.allOf(Profession.class));
    Set<Level> levels = dim(m, "careLevel", Level.class, EnumSet.allOf(Level.class));
    Set<Tariff> tariffs = dim(m, "tariff", Tariff.class, Selector.DEFAULT_TARIFFS);
    Set<Basis> bases = dim(m, "basis", Basis.class, Selector.DEFAULT_BASES);
    Set<Setting> settings = dim(m, "setting", Setting.class, EnumSet.allOf(Setting.class));
    Set<Referral> referrals = dim(m, "referral", Referral.class, EnumSet.allOf(Referral.class));
    Set<Urgency> urgencies = dim(m, "urgency", Urgency.class, EnumSet.allOf(Urgency.class));
    Set<Boolean> interpreter = Selector.DEFAULT_INTERPRETER;
    YamlValue interp = m.optional("interpreter");
    if (interp != null) {
      nonEmpty(interp);
      Set<Boolean> values = new java.util.HashSet<>();
      for (YamlValue one : interp.listOrOne()) {
        Boolean b = one.bool();
        if (b != null) {
          values.add(b);
        }
      }
      interpreter = values;
    }
    AgeBand age = AgeBand.all();
    YamlValue ageValue = m.optional("age");
    if (ageValue != null) {
      String band = ageValue.text();
      age = band == null ? null : ageBands.get(band);
      if (band != null && age == null) {
        ageValue.problem(
            "unknown-age-band",
            ageValue.path() + ": no age band '" + band + "' in ageBands"
                + se.rjl.patientfees.rules.yaml.Suggest.didYouMean(band, ageBands.keySet()));
      }
    }
    YamlValue capValue = m.optional("countsTowardCap");
    Boolean cap = capValue == null ? null : capValue.bool();
    YamlValue amountValue = m.optional("amount");
    Long amount = amountValue == null ? null : amountValue.amountInOre();
    m.optional("note");
    m.finish();
    if (services.isEmpty() || age == null) {
      return null;
    }
    return new Selector(
        services, events, professions, levels, tariffs, bases, settings, referrals, urgencies,
        interpreter, age, cap, amount, v.location());
  }

  private static <E extends Enum<E>> Set<E> dim(YamlValue.Mapping m, String key, Class<E> type, Set<E> dflt) {
    YamlValue v = m.optional(key);
    return v == null ? dflt : set(v, type);
  }

  private static <E extends Enum<E>> Set<E> set(YamlValue v, Class<E> type) {
    nonEmpty(v);
    List<E> list = v.enumList(type);
    if (list.isEmpty()) {
      return Set.of();
    }
    Set<E> s = EnumSet.copyOf(list);
    if (s.size() != list.size()) {
      v.problem("duplicate-value", v.path() + " names a value twice");
    }
    return s;
  }

  /** An empty list would make a selector match no contact, silently. */
  private static void nonEmpty(YamlValue v) {
    if (v.isList() && v.list().isEmpty()) {
      v.problem("empty", v.path() + " must name at least one value; leave the key out to match every value");
    }
  }

  static String text(YamlValue.Mapping m, String key, boolean required) {
    YamlValue v = required ? m.required(key) : m.optional(key);
    return v == null ? null : v.text();
  }

  static boolean bool(YamlValue.Mapping m, String key, boolean dflt) {
    YamlValue v = m.optional(key);
    if (v == null) {
      return dflt;
    }
    Boolean b = v.bool();
    return b == null ? dflt : b;
  }

  static <T> List<T> list(YamlValue.Mapping m, String key, Function<YamlValue, T> reader) {
    YamlValue v = m.optional(key);
    return v == null ? new ArrayList<>() : v.listOf(reader);
  }
}
