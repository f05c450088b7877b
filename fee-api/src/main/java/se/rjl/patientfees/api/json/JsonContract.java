package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.PricedHistory;
import se.rjl.patientfees.api.Contact;
import se.rjl.patientfees.api.Patient;
import se.rjl.patientfees.api.PriorVisit;
import se.rjl.patientfees.api.Referral;
import se.rjl.patientfees.api.Vaccination;
import se.rjl.patientfees.api.CapEntry;
import se.rjl.patientfees.api.CapState;
import se.rjl.patientfees.api.CapPeriodFacts;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * The JSON contract: reads requests strictly, prices them with a {@link PatientFees} and writes
 * responses, or RFC 9457 problem details naming the field. Used by the {@code price} command and the
 * HTTP server alike. Thread-safe.
 *
 * <pre>{@code
 * JsonContract json = new JsonContract(PatientFees.bundled());
 * JsonContract.Outcome o = json.handle(requestText);   // a price or a batch request
 * System.out.println(o.status() + " " + json.write(o.body()));
 * }</pre>
 *
 * <ul>
 *   <li>Amounts: {@code {"amount": "250.00", "currency": "SEK"}}, kronor as a string with two
 *       decimals; a JSON number is refused.
 *   <li>Dates {@code YYYY-MM-DD}, times {@code YYYY-MM-DDTHH:MM} (Stockholm local time, no offset).
 *   <li>Enum values in kebab case ({@code primary-care}), exactly.
 *   <li>Unknown fields, duplicate keys and trailing content are refused.
 * </ul>
 */
public final class JsonContract {
  /** The most contacts one batch request may hold. */
  public static final int MAX_CONTACTS = 1000;
  /** The most entries a cap state in a request may hold. */
  public static final int MAX_CAP_ENTRIES = 5000;

  static final String TYPE_MALFORMED = "/problems/malformed-json";
  static final String TYPE_UNKNOWN_FIELD = "/problems/unknown-field";
  static final String TYPE_INVALID_REQUEST = "/problems/invalid-request";
  static final String TYPE_INVALID_INPUT = "/problems/invalid-input";

  private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,8})(\\.[0-9]{1,2})?");
  private static final ObjectMapper MAPPER = newMapper();

  private final PatientFees fees;

  public JsonContract(PatientFees fees) {
    this.fees = fees;
  }

  /**
   * An HTTP-style outcome: 200 with a response record, or an error status with a {@link Problem}.
   *
   * <pre>{@code
   * JsonContract.Outcome o = contract.handle(text);
   * if (!o.ok()) System.err.println(((Problem) o.body()).detail());
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public record Outcome(int status, Object body) {
    public boolean ok() {
      return status == 200;
    }
  }

  /** The mapper of the contract (strict reading, ISO dates, kebab-case enums). Shared and thread-safe. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper configured as the contract says. */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonMapper m = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new KebabEnums())
        .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("minute-times")
            // 2026-03-10T10:00 as written in requests and payment ids (seconds only when not zero).
            .addSerializer(LocalDateTime.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
    m.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    m.configOverride(LocalDateTime.class).setFormat(JsonFormat.Value.forLeniency(false));
    return m;
  }

  // ---------------------------------------------------------------- whole requests

  /**
   * A request of any shape, told apart by its fields: {@code contacts} is a batch, {@code stay} an
   * inpatient request, {@code certificate}, {@code copies} and {@code aid} the requests of those
   * endpoints, anything else a single price request.
   */
  public Outcome handle(String json) {
    try {
      JsonNode tree = readObject(json);
      if (tree.has("contacts")) {
        return ok(priceBatch(convert(tree, BatchRequest.class)));
      } else if (tree.has("stay")) {
        return ok(priceStay(convert(tree, InpatientRequest.class)));
      } else if (tree.has("certificate")) {
        return ok(priceCertificate(convert(tree, CertificatePriceRequest.class)));
      } else if (tree.has("copies")) {
        return ok(priceCopies(convert(tree, CopiesRequest.class)));
      } else if (tree.has("aid")) {
        return ok(priceAid(convert(tree, AidPriceRequest.class)));
      } else if (tree.has("charge")) {
        return ok(priceOtherCharge(convert(tree, OtherChargePriceRequest.class)));
      }
      return ok(price(convert(tree, PriceRequest.class)));
    } catch (ProblemException e) {
      return new Outcome(e.problem().status(), e.problem());
    }
  }

  /** {@code POST /v1/inpatient}. */
  public Outcome handleInpatient(String json) {
    return handleAs(json, InpatientRequest.class, this::priceStay);
  }

  /** {@code POST /v1/certificate}. */
  public Outcome handleCertificate(String json) {
    return handleAs(json, CertificatePriceRequest.class, this::priceCertificate);
  }

  /** {@code POST /v1/other-charges}. */
  public Outcome handleOtherCharge(String json) {
    return handleAs(json, OtherChargePriceRequest.class, this::priceOtherCharge);
  }

  /** {@code POST /v1/copies}. */
  public Outcome handleCopies(String json) {
    return handleAs(json, CopiesRequest.class, this::priceCopies);
  }

  /** {@code POST /v1/aids}. */
  public Outcome handleAid(String json) {
    return handleAs(json, AidPriceRequest.class, this::priceAid);
  }

  private static <T> Outcome handleAs(String json, Class<T> type, java.util.function.Function<T, Object> price) {
    try {
      return ok(price.apply(convert(readObject(json), type)));
    } catch (ProblemException e) {
      return new Outcome(e.problem().status(), e.problem());
    }
  }

  /** {@code POST /v1/price}. */
  public Outcome handlePrice(String json) {
    try {
      return ok(price(convert(readObject(json), PriceRequest.class)));
    } catch (ProblemException e) {
      return new Outcome(e.problem().status(), e.problem());
    }
  }

  /** {@code POST /v1/price/batch}. */
  public Outcome handleBatch(String json) {
    try {
      return ok(priceBatch(convert(readObject(json), BatchRequest.class)));
    } catch (ProblemException e) {
      return new Outcome(e.problem().status(), e.problem());
    }
  }

  private static Outcome ok(Object body) {
    return new Outcome(200, body);
  }

  /** Writes a response or problem as compact JSON (one line). */
  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a response or problem as indented JSON. */
  public static String writePretty(Object body) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Parses JSON text that must be one object; a syntax error is a {@code malformed-json} problem. */
  public static JsonNode readObject(String json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (StreamReadException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
      throw new ProblemException(new Problem(TYPE_MALFORMED, "Malformed JSON", 400,
          "the body is not valid JSON: " + parserMessage(e.getOriginalMessage()) + where, null, "malformed-json", null));
    } catch (JsonProcessingException e) {
      String msg = firstLine(e.getOriginalMessage());
      throw new ProblemException(new Problem(TYPE_MALFORMED, "Malformed JSON", 400,
          msg.startsWith("Trailing token") ? "the body holds more than one JSON value: send one object"
              : "the body is not valid JSON: " + msg, null, "malformed-json", null));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ProblemException(new Problem(TYPE_MALFORMED, "Malformed JSON", 400, "the body is empty: send a JSON object",
          null, "malformed-json", null));
    }
    if (!tree.isObject()) {
      throw invalid(List.of(new Problem.FieldError("", "wrong-type", "the request must be a JSON object, not " + describe(tree))));
    }
    return tree;
  }

  /** Binds a parsed object to a request record; unknown fields and wrong types are problems naming the field. */
  public static <T> T convert(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      String field = path(e);
      List<String> known = e.getKnownPropertyIds() == null ? List.of()
          : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String detail = "unknown field '" + e.getPropertyName() + "'" + Suggest.didYouMean(e.getPropertyName(), known)
          + (known.isEmpty() ? "" : "; known fields here: " + String.join(", ", known));
      throw new ProblemException(new Problem(TYPE_UNKNOWN_FIELD, "Unknown field", 400, field + ": " + detail, field, "unknown-field",
          List.of(new Problem.FieldError(field, "unknown-field", detail))));
    } catch (MismatchedInputException e) {
      String field = path(e);
      String detail = mismatch(e);
      Class<?> t = e.getTargetType();
      boolean badValue = e instanceof ContractFormatException || t == LocalDate.class || t == LocalDateTime.class;
      throw invalid(List.of(new Problem.FieldError(field, badValue ? "invalid-value" : "wrong-type", detail)));
    } catch (JsonProcessingException e) {
      throw invalid(List.of(new Problem.FieldError(path(e), "invalid-value", firstLine(e.getOriginalMessage()))));
    }
  }

  private static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String mismatch(MismatchedInputException e) {
    Class<?> t = e.getTargetType();
    Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
    String not = value == null ? "" : ", not '" + value + "'";
    if (t == null) {
      return firstLine(e.getOriginalMessage());
    }
    if (e instanceof ContractFormatException) {
      return firstLine(e.getOriginalMessage()); // our own messages (enum values, amounts)
    }
    if (t == LocalDate.class) {
      return "must be a date written YYYY-MM-DD" + not;
    }
    if (t == LocalDateTime.class) {
      return "must be a local date and time written YYYY-MM-DDTHH:MM (Stockholm time, no offset)" + not;
    }
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
      return "must be a whole number" + not;
    }
    if (t == Boolean.class || t == boolean.class) {
      return "must be true or false" + not;
    }
    if (t == String.class) {
      return "must be a string" + not;
    }
    if (java.util.Collection.class.isAssignableFrom(t)) {
      return "must be an array";
    }
    return "must be an object";
  }

  private static String describe(JsonNode n) {
    return n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean"
        : n.isNull() ? "null" : "a " + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** Jackson's parser message without its source description. */
  private static String parserMessage(String s) {
    return firstLine(s).replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static ProblemException invalid(List<Problem.FieldError> errors) {
    Problem.FieldError first = errors.get(0);
    String detail = errors.size() == 1
        ? (first.field().isEmpty() ? first.detail() : first.field() + ": " + first.detail())
        : errors.size() + " problems; first: " + first.field() + ": " + first.detail();
    return new ProblemException(new Problem(TYPE_INVALID_REQUEST, "Invalid request", 400, detail,
        first.field().isEmpty() ? null : first.field(), first.kind(), List.copyOf(errors)));
  }

  static ProblemException invalidInput(FeeInputException e) {
    return new ProblemException(new Problem(TYPE_INVALID_INPUT, "Invalid input", 422, e.field() + ": " + e.detail(), e.field(),
        e.kind().code(), List.of(new Problem.FieldError(e.field(), e.kind().code(), e.detail()))));
  }

  // ---------------------------------------------------------------- pricing

  /** Prices a single-contact request (no ledger). */
  public ContactFeeJson price(PriceRequest r) {
    Errors errors = new Errors();
    Contact contact = toContact(r.contact(), "contact", errors);
    if (r.card() == null && r.contact() != null && r.contact().paymentId() != null) {
      errors.add("contact.paymentId", "contradictory",
          "a payment id is only given with a card or in batch requests (POST /v1/price/batch)");
    }
    checkPatient(r.patient(), errors);
    se.rjl.patientfees.api.FrikortCard card = toCard(r.card(), "card", errors);
    errors.throwIfAny();
    try {
      Patient patient = toPatient(r.patient(), contact.at().toLocalDate());
      if (r.card() == null) {
        return ContactFeeJson.of(fees.priceContact(patient, contact));
      }
      CapState state = fees.capState(card);
      String id = r.contact().paymentId() != null ? r.contact().paymentId() : contact.at().toString();
      return ContactFeeJson.of(fees.priceContact(patient, contact, state, id));
    } catch (FeeInputException e) {
      throw invalidInput(e);
    }
  }

  /** Prices a batch request through the cap ledger. */
  public BatchResponse priceBatch(BatchRequest r) {
    Errors errors = new Errors();
    checkPatient(r.patient(), errors);
    List<Contact> contacts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    if (r.contacts() == null) {
      errors.add("contacts", "missing", "give the patient's contacts (an array)");
    } else if (r.contacts().size() > MAX_CONTACTS) {
      errors.add("contacts", "too-many", "at most " + MAX_CONTACTS + " contacts in one request, not " + r.contacts().size());
    } else {
      for (int i = 0; i < r.contacts().size(); i++) {
        ContactJson c = r.contacts().get(i);
        contacts.add(toContact(c, "contacts[" + i + "]", errors));
        ids.add(c == null ? null : c.paymentId());
        if (c != null && c.paymentId() != null && c.paymentId().isBlank()) {
          errors.add("contacts[" + i + "].paymentId", "invalid", "a payment id must not be blank");
        }
      }
    }
    CapState initial = toCapState(r.capState(), "capState", errors);
    se.rjl.patientfees.api.FrikortCard card = toCard(r.card(), "card", errors);
    if (r.card() != null && r.capState() != null) {
      errors.add("card", "contradictory", "give either the capState or the card, not both");
    }
    errors.throwIfAny();
    if (card != null) {
      try {
        initial = fees.capState(card);
      } catch (FeeInputException e) {
        throw invalidInput(e);
      }
    }
    if (contacts.isEmpty()) {
      return new BatchResponse(List.of(), MoneyJson.ofOre(0), capStateJson(initial));
    }
    try {
      LocalDate first = contacts.stream().map(c -> c.at().toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
      Patient patient = toPatient(r.patient(), first);
      PricedHistory h = fees.priceHistory(patient, contacts, initial, ids);
      Integer[] order = new Integer[contacts.size()];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparing(i -> contacts.get(i).at())); // as PatientFees: by time, stable
      return BatchResponse.of(h, Arrays.asList(order));
    } catch (FeeInputException e) {
      throw invalidInput(e);
    }
  }

  /** Prices an inpatient request: the stay day by day. */
  public StayFeeJson priceStay(InpatientRequest r) {
    return OtherFeesContract.priceStay(fees, r);
  }

  /** Prices a certificate request. */
  public CertificateFeeJson priceCertificate(CertificatePriceRequest r) {
    return OtherFeesContract.priceCertificate(fees, r);
  }

  /** Prices one of the rulebook's other charges (decisions E52, E53). */
  public OtherChargeFeeJson priceOtherCharge(OtherChargePriceRequest r) {
    return OtherFeesContract.priceOtherCharge(fees, r);
  }

  /** Prices a copies request. */
  public CopyFeeJson priceCopies(CopiesRequest r) {
    return OtherFeesContract.priceCopies(fees, r);
  }

  /** Prices an aid request against its aids cap state. */
  public AidFeeJson priceAid(AidPriceRequest r) {
    return OtherFeesContract.priceAid(fees, r);
  }

  /**
   * A cap state as JSON: entries in date order with fee and paid where they differ from what counts,
   * and the kept period facts.
   */
  public static CapStateJson capStateJson(CapState s) {
    List<CapStateJson.Entry> entries = s.entries().stream()
        .map(e -> new CapStateJson.Entry(e.paymentId(), e.date(), MoneyJson.of(e.counted()), e.origin(),
            e.fee().isEqualTo(e.counted()) ? null : MoneyJson.of(e.fee()),
            e.paid().isEqualTo(e.counted()) ? null : MoneyJson.of(e.paid())))
        .toList();
    List<CapStateJson.PeriodJson> periods = s.periods().stream()
        .map(p -> new CapStateJson.PeriodJson(p.firstDay(), p.lastDay(), MoneyJson.of(p.cap()), p.capRulebookId())).toList();
    return new CapStateJson(entries, periods.isEmpty() ? null : periods);
  }

  // ---------------------------------------------------------------- request → engine input

  /** Field errors collected while reading one request, so that all of them are reported at once. */
  static final class Errors {
    private final List<Problem.FieldError> list = new ArrayList<>();

    void add(String field, String kind, String detail) {
      list.add(new Problem.FieldError(field, kind, detail));
    }

    int size() {
      return list.size();
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw invalid(list);
      }
    }
  }

  static void checkPatient(PatientJson p, Errors errors) {
    if (p == null) {
      errors.add("patient", "missing", "give the patient (birthDate or personnummer, and residence)");
      return;
    }
    if (p.birthDate() != null && p.personnummer() != null) {
      errors.add("patient.personnummer", "contradictory", "give either birthDate or personnummer, not both");
    } else if (p.birthDate() == null && p.personnummer() == null) {
      errors.add("patient.birthDate", "missing", "give the birth date (or a personnummer)");
    }
    if (p.residence() == null) {
      errors.add("patient.residence", "missing", "give where the patient lives, e.g. county-resident");
    }
  }

  static Patient toPatient(PatientJson p, LocalDate firstContact) {
    LocalDate birth = p.birthDate() != null ? p.birthDate() : PatientFees.birthDate(p.personnummer(), firstContact);
    return new Patient(birth, p.residence(), Boolean.TRUE.equals(p.euCard()), p.conventionCountry(), p.swedeAbroadGroup());
  }

  static Contact toContact(ContactJson c, String at, Errors errors) {
    if (c == null) {
      errors.add(at, "missing", "give the contact (at, careUnit, kind, ...)");
      return null;
    }
    int before = errors.list.size();
    if (c.at() == null) {
      errors.add(at + ".at", "missing", "give when the contact starts, YYYY-MM-DDTHH:MM");
    }
    if (c.careUnit() == null) {
      errors.add(at + ".careUnit", "missing", "give the care unit, e.g. primary-care");
    }
    if (c.kind() == null) {
      errors.add(at + ".kind", "missing", "give the kind of contact, e.g. physical-visit");
    }
    Referral referral = null;
    if (c.referral() != null) {
      if (c.referral().source() == null) {
        errors.add(at + ".referral.source", "missing", "give who referred, e.g. primary-care");
      } else {
        referral = new Referral(c.referral().source(), Boolean.TRUE.equals(c.referral().firstVisit()),
            Boolean.TRUE.equals(c.referral().poolTraining()));
      }
    }
    PriorVisit prior = null;
    if (c.priorVisit() != null) {
      if (c.priorVisit().at() == null) {
        errors.add(at + ".priorVisit.at", "missing", "give when the earlier visit was");
      } else {
        prior = new PriorVisit(c.priorVisit().at(), Boolean.TRUE.equals(c.priorVisit().acute()),
            Boolean.TRUE.equals(c.priorVisit().upperAirwayInfectionWithoutAntibiotics()),
            Boolean.TRUE.equals(c.priorVisit().freeReturnUsed()));
      }
    }
    Vaccination vaccination = null;
    if (c.vaccination() != null) {
      ContactJson.VaccinationJson v = c.vaccination();
      if (v.vaccine() == null || v.vaccine().isBlank()) {
        errors.add(at + ".vaccination.vaccine", "missing", "give the vaccine, e.g. influenza");
      }
      Long price = ore(v.price(), at + ".vaccination.price", errors);
      if (v.vaccine() != null && !v.vaccine().isBlank() && price != null) {
        vaccination = new Vaccination(v.vaccine(), Amounts.ofOre(price), Boolean.TRUE.equals(v.riskGroup()));
      }
    }
    if (errors.list.size() > before) {
      return null;
    }
    Contact.Builder b = Contact.builder(c.at(), c.careUnit(), c.kind())
        .profession(c.profession())
        .referral(referral)
        .freeReason(c.freeReason())
        .teamFollower(Boolean.TRUE.equals(c.teamFollower()))
        .priorVisit(prior)
        .waitingMinutes(c.waitingMinutes())
        .vaccination(vaccination)
        .cancelledAt(c.cancelledAt())
        .interpreterNotCancelled(Boolean.TRUE.equals(c.interpreterNotCancelled()))
        .childHealthProgramme(Boolean.TRUE.equals(c.childHealthProgramme()))
        .admission(Boolean.TRUE.equals(c.admission()))
        .missedFeeWaived(Boolean.TRUE.equals(c.missedFeeWaived()))
        .afterLateUnitCancellation(Boolean.TRUE.equals(c.afterLateUnitCancellation()))
        .necessaryCare(Boolean.TRUE.equals(c.necessaryCare()))
        .deliveryCare(Boolean.TRUE.equals(c.deliveryCare()))
        .deliveryDate(c.deliveryDate())
        .polyclinicProcedure(Boolean.TRUE.equals(c.polyclinicProcedure()))
        .regionEmployee(Boolean.TRUE.equals(c.regionEmployee()))
        .thirdPartyLiable(Boolean.TRUE.equals(c.thirdPartyLiable()));
    if (c.urgency() != null) {
      b.urgency(c.urgency());
    }
    if (c.event() != null) {
      b.event(c.event());
    }
    return b.build();
  }

  /** Reads JSON money as whole öre; null (with an error) when absent or malformed. */
  static Long ore(MoneyJson m, String field, Errors errors) {
    if (m == null) {
      errors.add(field, "missing", "give the amount, e.g. {\"amount\": \"250.00\", \"currency\": \"SEK\"}");
      return null;
    }
    boolean ok = true;
    if (m.currency() == null) {
      errors.add(field + ".currency", "missing", "give the currency: SEK");
      ok = false;
    } else if (!m.currency().equals("SEK")) {
      errors.add(field + ".currency", "unsupported-currency", "the currency must be SEK, not '" + m.currency() + "'");
      ok = false;
    }
    if (m.amount() == null) {
      errors.add(field + ".amount", "missing", "give the amount in kronor as a string, e.g. \"250.00\"");
      return null;
    }
    if (!AMOUNT.matcher(m.amount()).matches()) {
      errors.add(field + ".amount", "invalid-amount",
          "'" + m.amount() + "' is not an amount: kronor with at most two decimals and a point, e.g. \"250.00\"");
      return null;
    }
    long ore = new BigDecimal(m.amount()).movePointRight(2).longValueExact();
    if (ore > Amounts.MAX_INPUT_ORE) {
      errors.add(field + ".amount", "amount-too-large", "'" + m.amount() + "' is larger than the largest accepted amount, "
          + Amounts.orePlainString(Amounts.MAX_INPUT_ORE) + " (decision E61)");
      return null;
    }
    return ok ? ore : null;
  }

  /** A cap state from JSON; {@code field} names it in errors ({@code capState}, {@code aidsCap}). */
  static CapState toCapState(CapStateJson s, String field, Errors errors) {
    if (s == null) {
      return CapState.EMPTY;
    }
    if (s.entries() == null) {
      errors.add(field + ".entries", "missing", "give the entries (an array, empty for none)");
      return CapState.EMPTY;
    }
    if (s.entries().size() > MAX_CAP_ENTRIES) {
      errors.add(field + ".entries", "too-many", "at most " + MAX_CAP_ENTRIES + " entries, not " + s.entries().size());
      return CapState.EMPTY;
    }
    List<CapEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < s.entries().size(); i++) {
      String at = field + ".entries[" + i + "]";
      CapStateJson.Entry e = s.entries().get(i);
      if (e == null) {
        errors.add(at, "missing", "an entry is null");
        continue;
      }
      boolean ok = true;
      if (e.paymentId() == null || e.paymentId().isBlank()) {
        errors.add(at + ".paymentId", "missing", "give the payment's id");
        ok = false;
      } else if (!ids.add(e.paymentId())) {
        errors.add(at + ".paymentId", "duplicate-payment-id", "the payment id '" + e.paymentId() + "' is given twice");
        ok = false;
      }
      if (e.date() == null) {
        errors.add(at + ".date", "missing", "give the payment's date");
        ok = false;
      }
      if (e.origin() == null) {
        errors.add(at + ".origin", "missing", "give the origin: contact, receipt or card");
        ok = false;
      }
      Long counted = ore(e.counted(), at + ".counted", errors);
      Long fee = e.fee() == null ? counted : ore(e.fee(), at + ".fee", errors);
      Long paid = e.paid() == null ? counted : ore(e.paid(), at + ".paid", errors);
      if (ok && counted != null && fee != null && paid != null) {
        if (counted > fee || counted > paid) {
          errors.add(at + ".counted", "inconsistent", "what counts cannot exceed the fee or what was paid");
          continue;
        }
        entries.add(new CapEntry(e.paymentId(), e.date(), Amounts.ofOre(fee), Amounts.ofOre(paid), Amounts.ofOre(counted), e.origin()));
      }
    }
    List<CapPeriodFacts> facts = new ArrayList<>();
    if (s.periods() != null) {
      for (int i = 0; i < s.periods().size(); i++) {
        String at = field + ".periods[" + i + "]";
        CapStateJson.PeriodJson p = s.periods().get(i);
        if (p == null || p.firstDay() == null || p.lastDay() == null || p.capRulebookId() == null) {
          errors.add(at, "missing", "give the period's firstDay, lastDay, cap and capRulebookId");
          continue;
        }
        Long cap = ore(p.cap(), at + ".cap", errors);
        if (p.lastDay().isBefore(p.firstDay())) {
          errors.add(at + ".lastDay", "inconsistent", "the period ends before it starts");
        } else if (cap != null && cap == 0) {
          errors.add(at + ".cap", "inconsistent", "a period's cap must be above 0");
        } else if (cap != null) {
          facts.add(new CapPeriodFacts(p.firstDay(), p.lastDay(), Amounts.ofOre(cap), p.capRulebookId()));
        }
      }
    }
    return CapState.of(entries, facts);
  }

  /** A card from JSON as the public type; field errors collected under {@code field}. */
  static se.rjl.patientfees.api.FrikortCard toCard(CardJson c, String field, Errors errors) {
    if (c == null) {
      return null;
    }
    Long current = ore(c.currentAmount(), field + ".currentAmount", errors);
    Long toLimit = ore(c.amountToLimit(), field + ".amountToLimit", errors);
    List<se.rjl.patientfees.api.FrikortCard.Transaction> txs = null;
    if (c.transactions() != null) {
      if (c.transactions().size() > MAX_CAP_ENTRIES) {
        errors.add(field + ".transactions", "too-many", "at most " + MAX_CAP_ENTRIES + " transactions");
        return null;
      }
      txs = new ArrayList<>();
      for (int i = 0; i < c.transactions().size(); i++) {
        CardJson.TransactionJson t = c.transactions().get(i);
        String at = field + ".transactions[" + i + "]";
        if (t == null) {
          errors.add(at, "missing", "a transaction is null");
          continue;
        }
        Long amount = ore(t.amount(), at + ".amount", errors);
        if (amount != null) {
          txs.add(new se.rjl.patientfees.api.FrikortCard.Transaction(t.transactionId(), t.transactionDate(),
              se.rjl.patientfees.api.Amounts.ofOre(amount), t.status()));
        }
      }
    }
    if (current == null || toLimit == null) {
      return null;
    }
    return new se.rjl.patientfees.api.FrikortCard(c.cardSystemId(), c.startDate(), c.endDate(),
        se.rjl.patientfees.api.Amounts.ofOre(current), se.rjl.patientfees.api.Amounts.ofOre(toLimit), c.status(),
        c.frikortDate(), txs);
  }

  /** Reads all of {@code in} as UTF-8 text. */
  public static String readAll(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
