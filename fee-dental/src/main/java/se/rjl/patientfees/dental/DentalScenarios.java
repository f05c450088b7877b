package se.rjl.patientfees.dental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.dental.pricelist.ChargedBy;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.DentalStaff;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.RulebookException;
import se.rjl.patientfees.rules.yaml.YamlParser;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Reads dental scenario files strictly (unknown keys, wrong types and missing sources are located
 * problems; a file with any problem is refused as a whole).
 */
public final class DentalScenarios {
  private static final Pattern LINES = Pattern.compile("L(\\d{1,6})(?:\\s*[-–]\\s*L?(\\d{1,6}))?");
  private static final Pattern DECISION = Pattern.compile("[A-Z]\\d{2,3}");
  /** The seed document the price list's lines refer to. */
  public static final String DOCUMENT = "000_660bf81ab5a4a909.txt";

  private DentalScenarios() {}

  /** The scenario files under {@code dir} (*.yaml, sorted), or {@code dir} itself if it is a file. */
  public static List<Path> files(Path dir) throws IOException {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
    }
  }

  public static List<DentalScenario> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulebookException(List.of(new Problem(Location.ofFile(file.toString()), "unreadable-file", e.toString())));
    }
    return read(file.toString(), text);
  }

  public static List<DentalScenario> read(String name, String text) {
    Problems problems = new Problems();
    YamlValue root = YamlParser.parse(name, text, problems);
    List<DentalScenario> out = new ArrayList<>();
    if (root != null && root.mapping() != null) {
      YamlValue.Mapping m = root.mapping();
      String priceList = text(m.required("priceList"));
      text(m.optional("section"));
      YamlValue fileSource = m.optional("source");
      if (fileSource != null) {
        sources(fileSource);
      }
      YamlValue cases = m.required("cases");
      if (cases != null) {
        for (YamlValue c : cases.list()) {
          DentalScenario s = scenario(c, priceList);
          if (s != null) {
            out.add(s);
          }
        }
        if (cases.isList() && cases.list().isEmpty()) {
          cases.problem("empty", "cases: a scenario file needs at least one case");
        }
      }
      m.finish();
    }
    problems.throwIfAny();
    return out;
  }

  private static DentalScenario scenario(YamlValue v, String priceList) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String name = text(m.required("name"));
    YamlValue src = m.required("source");
    List<Source> sources = src == null ? null : sources(src);
    List<String> decisions = new ArrayList<>();
    YamlValue d = m.optional("decisions");
    if (d != null) {
      for (YamlValue x : d.listOrOne()) {
        String id = x.text();
        if (id != null && !DECISION.matcher(id).matches()) {
          x.problem("bad-decision", x.path() + ": '" + id + "' is not a decision id such as E23");
        } else if (id != null) {
          decisions.add(id);
        }
      }
    }
    YamlValue req = m.required("request");
    DentalRequest request = req == null ? null : request(req);
    YamlValue exp = m.required("expect");
    DentalScenario.Expectation expect = exp == null ? null : expectation(exp);
    m.finish();
    if (name == null || sources == null || request == null || expect == null || priceList == null) {
      return null;
    }
    return new DentalScenario(priceList, name, sources, decisions, request, expect, v.location());
  }

  private static DentalRequest request(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    DentalRequest.Kind kind = m.required("kind") == null ? null : m.required("kind").enumValue(DentalRequest.Kind.class);
    DentalArea area = m.optional("area") == null ? null : m.optional("area").enumValue(DentalArea.class);
    String code = text(m.optional("code"));
    String key = text(m.optional("key"));
    Integer quantity = m.optional("quantity") == null ? null : m.optional("quantity").integer(-1_000_000, 10_000_000);
    LocalDate date = m.optional("date") == null ? null : m.optional("date").date();
    LocalDate birthDate = m.optional("birthDate") == null ? null : m.optional("birthDate").date();
    Integer age = m.optional("age") == null ? null : m.optional("age").integer(-10, 200);
    DentalStaff staff = m.optional("staff") == null ? null : m.optional("staff").enumValue(DentalStaff.class);
    ChargedBy chargedBy = m.optional("chargedBy") == null ? null : m.optional("chargedBy").enumValue(ChargedBy.class);
    Integer minutes = m.optional("bookedMinutes") == null ? null : m.optional("bookedMinutes").integer(-10_000, 10_000);
    m.finish();
    if (kind == null) {
      return null;
    }
    return new DentalRequest(kind, area, code, key, quantity == null ? null : quantity.longValue(), date, birthDate, age,
        staff, chargedBy, minutes);
  }

  private static DentalScenario.Expectation expectation(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    Long amount = amount(m.optional("amount"));
    Long unit = amount(m.optional("unitPrice"));
    Integer quantity = m.optional("quantity") == null ? null : m.optional("quantity").integer(1, 10_000_000);
    Boolean printed = null;
    Long reference = null;
    if (m.has("referencePrice")) {
      reference = amount(m.optional("referencePrice"));
      printed = reference != null;
    }
    String row = text(m.optional("row"));
    String code = text(m.optional("code"));
    String feeRule = text(m.optional("feeRule"));
    String field = null;
    String kind = null;
    YamlValue error = m.optional("error");
    if (error != null && error.mapping() != null) {
      YamlValue.Mapping e = error.mapping();
      field = text(e.required("field"));
      kind = text(e.required("kind"));
      e.finish();
    }
    m.finish();
    boolean expectsPrice = amount != null || unit != null || row != null || printed != null;
    if (error != null && expectsPrice) {
      v.problem("contradictory", v.path() + ": expect either an error or a price, not both");
      return null;
    }
    if (error == null && amount == null) {
      v.problem("missing-key", v.path() + " needs 'amount' (or 'error')");
      return null;
    }
    return new DentalScenario.Expectation(amount, unit, quantity == null ? null : quantity.longValue(), printed, reference,
        row, code, feeRule, field, kind);
  }

  /** {@code L6286}, {@code L6295-L6297}, or several separated by commas. */
  private static List<Source> sources(YamlValue v) {
    String s = v.text();
    if (s == null) {
      return null;
    }
    List<Source> out = new ArrayList<>();
    for (String part : s.split(",")) {
      Matcher x = LINES.matcher(part.strip());
      if (!x.matches()) {
        v.problem("bad-source", v.path() + ": '" + part.strip() + "' is not a source; write L10 or L10-L12 (several: L10, L20)");
        return null;
      }
      int from = Integer.parseInt(x.group(1));
      int to = x.group(2) == null ? from : Integer.parseInt(x.group(2));
      if (to < from) {
        v.problem("bad-source", v.path() + ": the line range " + part.strip() + " ends before it starts");
        return null;
      }
      out.add(new Source(DOCUMENT, from, to, null));
    }
    return out;
  }

  private static String text(YamlValue v) {
    return v == null ? null : v.text();
  }

  private static Long amount(YamlValue v) {
    return v == null ? null : v.amountInOre();
  }
}
