package se.rjl.patientfees.api.efrikort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.api.CardStanding;
import se.rjl.patientfees.api.ErrorKind;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.FrikortCard;
import se.rjl.patientfees.api.RegistryUpdate;

/**
 * The eFrikort 3.0 service contract (RIVTA, {@code urn:riv:cgi:healthcare:efrikort:3}) with the JDK's
 * StAX, no generated classes: reads a {@code GetCardForPersonResponse} or {@code
 * GetExtendedCardForPersonResponse} into a {@link FrikortCard}, and writes the {@code
 * RegisterTransaction}, {@code UpdateTransaction} and {@code DeleteTransaction} request elements for
 * a {@link RegistryUpdate}. The mapping is our own, from the contract's field list.
 *
 * <p>Amounts: the contract has kronor as {@code xs:double}. Read: the element's text is parsed as a
 * decimal (never a binary double) and must be whole öre ({@code 1300}, {@code 1300.5}, {@code
 * 1300.50}; an exponent is accepted when the value is exact); written: öre as a plain decimal with
 * two decimals ({@code 150.00}), which reads back to the same öre (decision E82).
 *
 * <pre>{@code
 * FrikortCard card = EfrikortXml.readCard(Files.newInputStream(Path.of("card.xml")));
 * CappedFee fee = fees.priceContact(patient, visit, fees.capState(card), "kvitto-1");
 * EfrikortXml.write(fee.register().get(0), context, "198005011237", out);
 * }</pre>
 *
 * <p>Stateless and thread-safe: each call uses its own reader or writer.
 */
public final class EfrikortXml {
  /** The contract's core namespace (types {@code CardType}, {@code TransactionType}, ...). */
  public static final String CORE = "urn:riv:cgi:healthcare:efrikort:3";

  /** The responder namespace of an interaction, e.g. {@code RegisterTransaction}. */
  public static String responder(String interaction) {
    return "urn:riv:cgi:healthcare:efrikort:" + interaction + "Responder:3";
  }

  /** The largest document read: far above any card with its transactions. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  private EfrikortXml() {}

  // ------------------------------------------------------------------ reading

  /**
   * Reads a card from a {@code GetCardForPersonResponse} or {@code GetExtendedCardForPersonResponse}
   * document. A result code other than {@code OK} or {@code INFO}, a response without a card, or a
   * malformed field is a {@link FeeInputException} naming it ({@code card.currentAmount}, {@code
   * card.transactions[2].amount}, {@code document} for the XML itself, with line and column).
   */
  public static FrikortCard readCard(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new FeeInputException("document", ErrorKind.UNREADABLE, "cannot read the card document: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new FeeInputException("document", ErrorKind.DOCUMENT_TOO_LARGE, "a card document is at most " + MAX_BYTES + " bytes");
    }
    XMLStreamReader r = null;
    try {
      r = inputFactory().createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
      r.nextTag();
      String root = r.getLocalName();
      boolean extended = root.equals("GetExtendedCardForPersonResponse");
      if (!extended && !root.equals("GetCardForPersonResponse")) {
        throw new FeeInputException("document", ErrorKind.UNEXPECTED_ELEMENT,
            "expected GetCardForPersonResponse or GetExtendedCardForPersonResponse, not " + root);
      }
      Card card = null;
      String resultCode = null;
      String resultText = null;
      while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
        // getCardForPersonResultType / getExtendedCardResultType
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "result" -> {
              while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                  case "resultCode" -> resultCode = r.getElementText().strip();
                  case "resultText" -> resultText = r.getElementText().strip();
                  default -> skip(r);
                }
              }
            }
            case "card" -> card = readCardType(r);
            case "extendedCard" -> card = readExtendedCard(r);
            default -> skip(r);
          }
        }
      }
      if (resultCode == null) {
        throw new FeeInputException("result.resultCode", ErrorKind.MISSING, "the response has no result code");
      }
      if (!resultCode.equals("OK") && !resultCode.equals("INFO")) {
        throw new FeeInputException("result.resultCode", ErrorKind.REGISTRY_ERROR,
            "eFrikort answered " + resultCode + (resultText == null ? "" : ": " + resultText));
      }
      if (card == null) {
        throw new FeeInputException("card", ErrorKind.MISSING, "the response has no card (the patient has none yet: price without one)");
      }
      return card.toCard();
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ": ";
      throw new FeeInputException("document", ErrorKind.INVALID_XML, where + firstLine(e.getMessage()));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the byte array
        }
      }
    }
  }

  /** The fields of a {@code CardType} as read, and the transactions of an {@code ExtendedCardType}. */
  private static final class Card {
    String cardSystemId;
    LocalDate startDate;
    LocalDate endDate;
    LocalDate preliminaryCardDate;
    LocalDate finalCardDate;
    MonetaryAmount currentAmount;
    MonetaryAmount amountToLimit;
    FrikortCard.Status status;
    List<FrikortCard.Transaction> transactions;

    FrikortCard toCard() {
      if (currentAmount == null) {
        throw new FeeInputException("card.currentAmount", ErrorKind.MISSING, "the card has no currentAmount");
      }
      if (amountToLimit == null) {
        throw new FeeInputException("card.amountToLimit", ErrorKind.MISSING, "the card has no amountToLimit");
      }
      if (status == null) {
        throw new FeeInputException("card.status", ErrorKind.MISSING, "the card has no status");
      }
      LocalDate frikort = status == FrikortCard.Status.PRELIMINARY && preliminaryCardDate != null ? preliminaryCardDate
          : finalCardDate != null ? finalCardDate : preliminaryCardDate;
      return new FrikortCard(cardSystemId, startDate, endDate, currentAmount, amountToLimit, status, frikort, transactions);
    }
  }

  private static Card readExtendedCard(XMLStreamReader r) throws XMLStreamException {
    Card card = null;
    List<FrikortCard.Transaction> txs = new ArrayList<>();
    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "card" -> card = readCardType(r);
        case "transactions" -> txs.add(readTransaction(r, "card.transactions[" + txs.size() + "]"));
        default -> skip(r); // expiredTransactions belong to earlier periods; exportStatus is not needed
      }
    }
    if (card == null) {
      throw new FeeInputException("extendedCard.card", ErrorKind.MISSING, "the extended card has no card");
    }
    card.transactions = txs;
    return card;
  }

  private static Card readCardType(XMLStreamReader r) throws XMLStreamException {
    Card c = new Card();
    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = r.getLocalName();
      switch (name) {
        case "cardSystemId" -> c.cardSystemId = r.getElementText().strip();
        case "startDate" -> c.startDate = date(r, "card.startDate");
        case "endDate" -> c.endDate = date(r, "card.endDate");
        case "preliminaryCardDate" -> c.preliminaryCardDate = date(r, "card.preliminaryCardDate");
        case "finalCardDate" -> c.finalCardDate = date(r, "card.finalCardDate");
        case "currentAmount" -> c.currentAmount = amount(r, "card.currentAmount");
        case "amountToLimit" -> c.amountToLimit = amount(r, "card.amountToLimit");
        case "status" -> c.status = enumValue(r, FrikortCard.Status.class, "card.status");
        default -> skip(r); // cardType, persons, cardId, carePrincipal, cardReason, extensions
      }
    }
    return c;
  }

  private static FrikortCard.Transaction readTransaction(XMLStreamReader r, String at) throws XMLStreamException {
    String id = null;
    LocalDate date = null;
    MonetaryAmount amount = null;
    FrikortCard.TransactionStatus status = null;
    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "transactionId" -> id = r.getElementText().strip();
        case "transactionDate" -> date = date(r, at + ".transactionDate");
        case "amount" -> amount = amount(r, at + ".amount");
        case "status" -> status = enumValue(r, FrikortCard.TransactionStatus.class, at + ".status");
        default -> skip(r);
      }
    }
    if (amount == null) {
      throw new FeeInputException(at + ".amount", ErrorKind.MISSING, "the transaction has no amount");
    }
    return new FrikortCard.Transaction(id, date, amount, status);
  }

  /** Kronor as the contract's xs:double text, read exactly as whole öre. */
  static MonetaryAmount amount(XMLStreamReader r, String field) throws XMLStreamException {
    String text = r.getElementText().strip();
    BigDecimal kr;
    try {
      kr = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new FeeInputException(field, ErrorKind.INVALID_AMOUNT, "'" + text + "' is not an amount in kronor");
    }
    if (kr.signum() < 0) {
      throw new FeeInputException(field, ErrorKind.NEGATIVE_AMOUNT, "the amount " + text + " is negative");
    }
    if (kr.compareTo(BigDecimal.valueOf(se.rjl.patientfees.engine.ledger.CapEntry.MAX_ORE, 2)) > 0) {
      throw new FeeInputException(field, ErrorKind.AMOUNT_TOO_LARGE, "the amount " + text + " is above " + se.rjl.patientfees.engine.ledger.CapEntry.MAX_TEXT);
    }
    try {
      return Amounts.ofOre(kr.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    } catch (ArithmeticException e) {
      throw new FeeInputException(field, ErrorKind.INVALID_AMOUNT, "the amount " + text + " is not whole öre");
    }
  }

  private static LocalDate date(XMLStreamReader r, String field) throws XMLStreamException {
    String text = r.getElementText().strip();
    try {
      // xs:date may carry a time zone (2026-02-03Z, 2026-02-03+01:00): the date is the local date.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FeeInputException(field, ErrorKind.INVALID_DATE, "'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  private static <E extends Enum<E>> E enumValue(XMLStreamReader r, Class<E> type, String field) throws XMLStreamException {
    String text = r.getElementText().strip();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw new FeeInputException(field, ErrorKind.UNKNOWN_VALUE, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // No DTDs, no external entities: a registry answer never needs them.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed XML";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(nl + 1);
    int nl2 = line.indexOf('\n');
    return (nl2 < 0 ? line : line.substring(0, nl2)).replaceFirst("^Message: ", "");
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes the request element for {@code update} ({@code RegisterTransaction}, {@code
   * UpdateTransaction} or {@code DeleteTransaction}, in its responder namespace) as a UTF-8 document.
   *
   * @param personId the patient's personnummer, 12 digits without a hyphen (only for a registration)
   */
  public static void write(RegistryUpdate update, RegistryContext context, String personId, OutputStream out) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      switch (update.kind()) {
        case REGISTER -> register(w, update, context, personId);
        case UPDATE -> update(w, update, context);
        case DELETE -> delete(w, update, context);
        default -> throw new IllegalStateException("unknown kind " + update.kind());
      }
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new java.io.UncheckedIOException(new IOException("cannot write the eFrikort request", e));
    }
  }

  /** {@link #write} into a string. */
  public static String toXml(RegistryUpdate update, RegistryContext context, String personId) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(update, context, personId, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void register(XMLStreamWriter w, RegistryUpdate u, RegistryContext c, String personId) throws XMLStreamException {
    if (personId == null || !personId.matches("[0-9]{12}[0-9A-Za-z]?")) {
      throw new FeeInputException("patient.personnummer", ErrorKind.MISSING,
          "eFrikort registers a transaction by personnummer: give the patient's 12-digit personnummer");
    }
    String ns = responder("RegisterTransaction");
    start(w, ns, "RegisterTransaction");
    text(w, ns, "carePrincipalId", c.carePrincipalId());
    text(w, ns, "careProvider", c.careProvider());
    text(w, ns, "careUnit", c.careUnit());
    text(w, ns, "cardTypeId", c.cardTypeId());
    text(w, ns, "personId", personId);
    text(w, ns, "transactionDate", u.transactionDate().toString());
    text(w, ns, "amount", kronor(u.amount()));
    actor(w, ns, c);
    w.writeEndElement();
  }

  private static void update(XMLStreamWriter w, RegistryUpdate u, RegistryContext c) throws XMLStreamException {
    String ns = responder("UpdateTransaction");
    start(w, ns, "UpdateTransaction");
    text(w, ns, "carePrincipalId", c.carePrincipalId());
    text(w, ns, "careProvider", c.careProvider());
    text(w, ns, "careUnit", c.careUnit());
    text(w, ns, "transactionId", u.transactionId());
    text(w, ns, "transactionDate", u.transactionDate().toString());
    text(w, ns, "amount", kronor(u.amount()));
    if (u.reason() != null) {
      text(w, ns, "updateReason", u.reason());
    }
    actor(w, ns, c);
    w.writeEndElement();
  }

  private static void delete(XMLStreamWriter w, RegistryUpdate u, RegistryContext c) throws XMLStreamException {
    String ns = responder("DeleteTransaction");
    start(w, ns, "DeleteTransaction");
    text(w, ns, "carePrincipalId", c.carePrincipalId());
    text(w, ns, "transactionId", u.transactionId());
    if (u.reason() != null) {
      text(w, ns, "deleteReason", u.reason());
    }
    actor(w, ns, c);
    w.writeEndElement();
  }

  private static void start(XMLStreamWriter w, String ns, String element) throws XMLStreamException {
    w.setDefaultNamespace(ns);
    w.setPrefix("core", CORE);
    w.writeStartElement(ns, element);
    w.writeDefaultNamespace(ns);
    w.writeNamespace("core", CORE);
  }

  private static void actor(XMLStreamWriter w, String ns, RegistryContext c) throws XMLStreamException {
    w.writeStartElement(ns, "actor");
    text(w, CORE, "employeeId", c.actorEmployeeId());
    text(w, CORE, "careProviderId", c.actorCareProviderId());
    text(w, CORE, "careUnitId", c.actorCareUnitId());
    w.writeEndElement();
  }

  private static void text(XMLStreamWriter w, String ns, String name, String value) throws XMLStreamException {
    w.writeStartElement(ns, name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  /** Öre as the contract's kronor: a plain decimal with two decimals. */
  static String kronor(MonetaryAmount amount) {
    return Amounts.toPlainString(amount);
  }

  /**
   * Writes a {@code GetCardForPersonResponse} with result {@code OK} for the card as it stands (what
   * the registry answers after the registrations): for tests, and for tools that keep a card between
   * runs of the command line.
   */
  public static String cardResponse(CardStanding card, String cardSystemId, String cardTypeId, String personId,
      String carePrincipalId) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      String ns = responder("GetCardForPerson");
      w.writeStartDocument("UTF-8", "1.0");
      start(w, ns, "GetCardForPersonResponse");
      w.writeStartElement(ns, "getCardForPersonResultType");
      w.writeStartElement(CORE, "result");
      text(w, CORE, "resultCode", "OK");
      w.writeEndElement();
      w.writeStartElement(CORE, "card");
      text(w, CORE, "cardSystemId", cardSystemId);
      w.writeStartElement(CORE, "cardType");
      text(w, CORE, "id", cardTypeId);
      text(w, CORE, "name", cardTypeId);
      w.writeEndElement();
      w.writeStartElement(CORE, "persons");
      text(w, CORE, "id", personId);
      text(w, CORE, "readConsent", "true");
      w.writeEndElement();
      text(w, CORE, "startDate", card.startDate().toString());
      if (card.frikortDate() != null) {
        text(w, CORE, card.status() == FrikortCard.Status.PRELIMINARY ? "preliminaryCardDate" : "finalCardDate",
            card.frikortDate().toString());
      }
      text(w, CORE, "endDate", card.endDate().toString());
      text(w, CORE, "currentAmount", kronor(card.currentAmount()));
      text(w, CORE, "amountToLimit", kronor(card.amountToLimit()));
      w.writeStartElement(CORE, "carePrincipal");
      text(w, CORE, "id", carePrincipalId);
      text(w, CORE, "name", carePrincipalId);
      w.writeEndElement();
      text(w, CORE, "status", card.status().name());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new java.io.UncheckedIOException(new IOException("cannot write the card response", e));
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
