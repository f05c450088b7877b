package se.rjl.patientfees.rules.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.CapRule;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.RulebookInfo;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.validate.RulebookValidator;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problems;
import se.rjl.patientfees.rules.yaml.RulebookException;
import se.rjl.patientfees.rules.yaml.YamlParser;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Loads a rulebook: the main file and the parts it lists, read strictly and validated as a whole.
 * Either the whole rulebook loads or a {@link RulebookException} names every problem with file,
 * line and column.
 */
public final class RulebookLoader {
  /** The top-level sections, in the order they are read. */
  static final List<String> SECTIONS =
      List.of(
          "constants", "ageBands", "caps", "feeCodes", "outpatient", "inpatient", "missedVisits", "certificates",
          "copies", "vaccinations", "freeReasons", "smittskydd", "patientGroups", "aids", "explanations");

  /** Sections a rulebook may leave out. */
  static final List<String> OPTIONAL_SECTIONS = List.of("freeCertificates", "otherCharges");

  /** Reads a part file's text by the name the main file gives it. */
  @FunctionalInterface
  public interface PartSource {
    Optional<String> read(String name) throws IOException;
  }

  private RulebookLoader() {}

  /** Loads {@code file} and its parts (relative to the file's folder). */
  public static Rulebook load(Path file) {
    return load(file.toString(), readMain(file), partsBeside(file), displayBeside(file));
  }

  /** The main file's text: a regular file within the size limit, strict UTF-8 (decision E71). */
  private static String readMain(Path file) {
    try {
      return TextFiles.read(file);
    } catch (TextFiles.UnreadableFileException e) {
      throw new RulebookException(List.of(new se.rjl.patientfees.rules.yaml.Problem(
          Location.ofFile(file.toString()), e.kind(), e.getMessage())));
    } catch (IOException e) {
      throw new RulebookException(List.of(new se.rjl.patientfees.rules.yaml.Problem(
          Location.ofFile(file.toString()), "unreadable-file", "cannot read the file: " + e)));
    }
  }

  /** Parts are read relative to the main file's folder, through the same checks. */
  private static PartSource partsBeside(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return name -> {
      Path p = dir.resolve(name).normalize();
      return Files.exists(p) ? Optional.of(TextFiles.read(p)) : Optional.empty();
    };
  }

  private static java.util.function.UnaryOperator<String> displayBeside(Path file) {
    return name -> file.getParent() == null ? name : file.getParent().resolve(name).toString();
  }

  /** Loads a rulebook from the class path, e.g. {@code rulebooks/2026.yaml}. */
  public static Rulebook loadResource(ClassLoader loader, String resource) {
    String base = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
    String text =
        readResource(loader, resource)
            .orElseThrow(() -> new RulebookException(List.of(new se.rjl.patientfees.rules.yaml.Problem(
                Location.ofFile(resource), "missing-file", "no such rulebook on the class path"))));
    return load(resource, text, name -> readResource(loader, base + name), name -> base + name);
  }

  /**
   * Loads from text. {@code parts} reads the files named under {@code parts:}; {@code displayName}
   * gives the name used in problem locations.
   */
  public static Rulebook load(String name, String text, PartSource parts, java.util.function.UnaryOperator<String> displayName) {
    return load(name, text, parts, displayName, new Problems());
  }

  /** A draft read with its review marks set aside: what it would price, and how many marks remain. */
  public record Draft(Rulebook rulebook, List<se.rjl.patientfees.rules.yaml.Problem> reviewMarks) {}

  /**
   * Loads a draft made by {@code new-year} for review (issue 11): its review marks do not stop it
   * from loading here, so that diff and reprice can show a proposal's effect; every other problem
   * still does. {@code validate} and pricing use {@link #load(Path)}, which refuses any mark, so
   * nothing with a mark goes live.
   */
  public static Draft loadDraft(Path file) {
    Problems problems = new Problems(true);
    Rulebook book = load(file.toString(), readMain(file), partsBeside(file), displayBeside(file), problems);
    return new Draft(book, problems.reviewMarks());
  }

  private static Rulebook load(String name, String text, PartSource parts, java.util.function.UnaryOperator<String> displayName,
      Problems problems) {
    YamlValue root = YamlParser.parse(name, text, problems);
    if (root == null) {
      problems.throwIfAny();
    }
    YamlValue.Mapping main = root.mapping();
    problems.throwIfAny();

    Map<String, YamlValue> sections = new LinkedHashMap<>();
    Map<String, String> sectionFile = new LinkedHashMap<>();
    YamlValue infoValue = main.required("rulebook");
    YamlValue partsValue = main.optional("parts");
    collectSections(main, name, sections, sectionFile, problems);
    main.finish();
    // A part that is not YAML may hold any section: then "no section" would be a false alarm.
    boolean everyPartRead = true;
    if (partsValue != null) {
      for (YamlValue partName : partsValue.list()) {
        String part = partName.text();
        if (part == null) {
          continue;
        }
        if (part.contains("..") || part.startsWith("/")) {
          partName.problem("bad-part", "a part must be a path below the rulebook's folder, not '" + part + "'");
          continue;
        }
        Optional<String> partText;
        try {
          partText = parts.read(part);
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
          partName.problem("unreadable-part", "cannot read part '" + part + "': " + e.getMessage());
          everyPartRead = false;
          continue;
        }
        if (partText.isEmpty()) {
          partName.problem("missing-part", "no part file '" + part + "'");
          continue;
        }
        String partDisplay = displayName.apply(part);
        YamlValue partRoot = YamlParser.parse(partDisplay, partText.get(), problems);
        YamlValue.Mapping pm = partRoot == null ? null : partRoot.mapping();
        if (pm != null) {
          collectSections(pm, partDisplay, sections, sectionFile, problems);
          pm.finish();
        } else {
          everyPartRead = false;
        }
      }
    }

    RulebookInfo info = infoValue == null ? null : readInfo(infoValue);
    ReadContext ctx = new ReadContext(info == null ? null : info.document());
    SectionReader reader = new SectionReader(ctx);
    for (String s : SECTIONS) {
      if (everyPartRead && !sectionFile.containsKey(s)) {
        problems.add(new Location(name, 1, 1), "missing-section", "the rulebook has no section '" + s + "'");
      }
    }
    Map<String, NamedAmount> constants = sections.containsKey("constants") ? reader.constants(sections.get("constants")) : Map.of();
    Map<String, AgeBand> ageBands = sections.containsKey("ageBands") ? reader.ageBands(sections.get("ageBands")) : Map.of();
    CapRule outpatientCap = null;
    CapRule aidsCap = null;
    YamlValue capsValue = sections.get("caps");
    if (capsValue != null) {
      YamlValue.Mapping caps = capsValue.mapping();
      if (caps != null) {
        YamlValue o = caps.required("outpatient");
        outpatientCap = o == null ? null : reader.cap("outpatient", o);
        YamlValue a = caps.required("aids");
        aidsCap = a == null ? null : reader.cap("aids", a);
        caps.finish();
      }
    }
    List<FeeCodeRow> feeCodes =
        sections.containsKey("feeCodes") ? new FeeCodeReader(ctx, ageBands).read(sections.get("feeCodes")) : List.of();
    var outpatient = sections.containsKey("outpatient") ? reader.outpatient(sections.get("outpatient")) : null;
    var inpatient = sections.containsKey("inpatient") ? reader.inpatient(sections.get("inpatient"), constants) : null;
    var missed = sections.containsKey("missedVisits") ? reader.missedVisits(sections.get("missedVisits")) : null;
    var certificates = sections.containsKey("certificates") ? reader.certificates(sections.get("certificates")) : List.<se.rjl.patientfees.rules.model.CertificateTariff>of();
    var copies = sections.containsKey("copies") ? reader.copies(sections.get("copies")) : null;
    var vaccinations = sections.containsKey("vaccinations") ? reader.vaccinations(sections.get("vaccinations")) : List.<se.rjl.patientfees.rules.model.VaccinationRule>of();
    var freeReasons = sections.containsKey("freeReasons") ? reader.freeReasons(sections.get("freeReasons")) : List.<se.rjl.patientfees.rules.model.FreeReason>of();
    var smittskydd = sections.containsKey("smittskydd") ? reader.smittskydd(sections.get("smittskydd")) : List.<String>of();
    var groups = sections.containsKey("patientGroups") ? reader.patientGroups(sections.get("patientGroups")) : List.<se.rjl.patientfees.rules.model.PatientGroup>of();
    var aids = sections.containsKey("aids") ? reader.aids(sections.get("aids")) : List.<se.rjl.patientfees.rules.model.AidItem>of();
    var freeCertificates = sections.containsKey("freeCertificates")
        ? reader.freeCertificates(sections.get("freeCertificates")) : List.<se.rjl.patientfees.rules.model.FreeCertificate>of();
    var otherCharges = sections.containsKey("otherCharges")
        ? reader.otherCharges(sections.get("otherCharges")) : List.<se.rjl.patientfees.rules.model.OtherCharge>of();

    var explanations = sections.containsKey("explanations")
        ? new ExplanationReader(ctx).read(sections.get("explanations")) : Map.<String, se.rjl.patientfees.rules.model.ExplanationEntry>of();

    // Amounts that follow from formulas, computed once here: each amount is typed once (issue 11).
    FormulaAmounts amounts = new FormulaAmounts(name, problems);
    constants = amounts.constants(constants);
    feeCodes = amounts.rows(feeCodes, constants);
    inpatient = amounts.inpatient(inpatient, constants, feeCodes);

    UniqueKeys.check(sections, problems);
    // Reading problems first: validation of a half-read book would only add noise.
    problems.throwIfAny();
    Rulebook book =
        new Rulebook(info, constants, ageBands, outpatientCap, aidsCap, feeCodes, outpatient, inpatient, missed,
            certificates, copies, vaccinations, freeReasons, smittskydd, groups, aids, freeCertificates, otherCharges,
            explanations);
    new RulebookValidator(book, name, problems).validate();
    problems.throwIfAny();
    return book;
  }

  private static void collectSections(
      YamlValue.Mapping m, String file, Map<String, YamlValue> sections, Map<String, String> sectionFile, Problems problems) {
    SECTIONS.forEach(m::has); // known keys: unknown ones get a "did you mean" from these
    OPTIONAL_SECTIONS.forEach(m::has);
    for (String key : m.keys()) {
      if (key.equals("rulebook") || key.equals("parts")) {
        continue;
      }
      if (!SECTIONS.contains(key) && !OPTIONAL_SECTIONS.contains(key)) {
        continue; // reported by finish() with a suggestion
      }
      YamlValue v = m.optional(key);
      if (sectionFile.containsKey(key)) {
        problems.add(m.keyLocation(key), "duplicate-section",
            "section '" + key + "' is already given in " + sectionFile.get(key));
        continue;
      }
      sectionFile.put(key, file); // given, even if empty: not also "missing"
      if (v == null) {
        problems.add(m.keyLocation(key), "empty", "section '" + key + "' is empty");
        continue;
      }
      sections.put(key, v);
    }
  }

  private static RulebookInfo readInfo(YamlValue v) {
    YamlValue.Mapping m = v.mapping();
    if (m == null) {
      return null;
    }
    String id = FeeCodeReader.text(m, "id", true);
    String title = FeeCodeReader.text(m, "title", true);
    String region = FeeCodeReader.text(m, "region", true);
    YamlValue fromValue = m.required("validFrom");
    java.time.LocalDate from = fromValue == null ? null : fromValue.date();
    YamlValue toValue = m.required("validTo");
    java.time.LocalDate to = toValue == null ? null : toValue.date();
    String currency = FeeCodeReader.text(m, "currency", true);
    if (currency != null && !currency.equals("SEK")) {
      m.optional("currency").problem("unsupported-currency", "rulebook.currency must be SEK, not '" + currency + "'");
    }
    String document = FeeCodeReader.text(m, "document", true);
    Source source = new ReadContext(document).source(m);
    m.finish();
    if (from != null && to != null && to.isBefore(from)) {
      toValue.problem("dates-out-of-order", "rulebook.validTo (" + to + ") is before rulebook.validFrom (" + from + ")");
      return null;
    }
    return id == null || title == null || region == null || from == null || to == null || currency == null
            || document == null || source == null
        ? null
        : new RulebookInfo(id, title, region, from, to, currency, document, source, m.optional("id").location());
  }

  private static Optional<String> readResource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

}
