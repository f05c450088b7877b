package se.rjl.patientfees.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.FrikortCard;
import se.rjl.patientfees.api.RegistryUpdate;
import se.rjl.patientfees.api.efrikort.EfrikortXml;
import se.rjl.patientfees.api.efrikort.RegistryContext;
import se.rjl.patientfees.api.json.BatchResponse;
import se.rjl.patientfees.api.json.ContactFeeJson;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.api.json.RegisterJson;

/**
 * The price command's eFrikort files: {@code --efrikort-card} (a {@code GetCardForPersonResponse}
 * read into the request's {@code card}) and {@code --efrikort-out} with {@code --efrikort-context}
 * (one {@code RegisterTransaction-<n>.xml} per contact the cap covers, {@code UpdateTransaction-<n>.xml}
 * for earlier payments a late contact cut).
 */
final class EfrikortFiles {
  private EfrikortFiles() {}

  /** The card document as the contract's JSON {@code card}. */
  static JsonNode cardJson(Path file) throws IOException {
    FrikortCard card;
    try (InputStream in = Files.newInputStream(file)) {
      card = EfrikortXml.readCard(in);
    } catch (FeeInputException e) {
      throw new CliException(file + ": " + e.field() + ": " + e.detail());
    }
    ObjectNode n = JsonContract.mapper().createObjectNode();
    if (card.cardSystemId() != null) {
      n.put("cardSystemId", card.cardSystemId());
    }
    if (card.startDate() != null) {
      n.put("startDate", card.startDate().toString());
    }
    if (card.endDate() != null) {
      n.put("endDate", card.endDate().toString());
    }
    n.set("currentAmount", money(card.currentAmount()));
    n.set("amountToLimit", money(card.amountToLimit()));
    n.put("status", kebab(card.status()));
    if (card.frikortDate() != null) {
      n.put("frikortDate", card.frikortDate().toString());
    }
    if (card.transactions() != null) {
      var list = n.putArray("transactions");
      for (FrikortCard.Transaction t : card.transactions()) {
        ObjectNode tn = list.addObject();
        tn.put("transactionId", t.transactionId());
        tn.put("transactionDate", t.transactionDate() == null ? null : t.transactionDate().toString());
        tn.set("amount", money(t.amount()));
        tn.put("status", t.status() == null ? null : kebab(t.status()));
      }
    }
    return n;
  }

  /** The request with the card put in: only for price and batch requests without a card or cap state. */
  static String withCard(String request, JsonNode card) {
    JsonNode root;
    try {
      root = JsonContract.mapper().readTree(request);
    } catch (IOException e) {
      return request; // the contract reports the syntax error
    }
    if (!(root instanceof ObjectNode o) || !(o.has("contact") || o.has("contacts"))) {
      throw new CliException("--efrikort-card applies to price and batch requests (with contact or contacts)");
    }
    if (o.has("card") || o.has("capState")) {
      throw new CliException("--efrikort-card: the request already has a " + (o.has("card") ? "card" : "capState"));
    }
    o.set("card", card);
    return o.toString();
  }

  /** The context file: a JSON object with exactly the keys of {@link RegistryContext#KEYS}. */
  static RegistryContext context(Path file) throws IOException {
    JsonNode n;
    try {
      n = JsonContract.mapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new CliException(file + ": not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (n == null || !n.isObject()) {
      throw new CliException(file + ": the context must be a JSON object with the keys " + RegistryContext.KEYS);
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!RegistryContext.KEYS.contains(k)) {
        throw new CliException(file + ": unknown key '" + k + "'; the context has exactly " + RegistryContext.KEYS);
      }
    }
    for (String k : RegistryContext.KEYS) {
      if (!n.hasNonNull(k) || !n.get(k).isTextual()) {
        throw new CliException(file + ": missing key '" + k + "' (a string)");
      }
    }
    try {
      return new RegistryContext(n.get("carePrincipalId").asText(), n.get("careProvider").asText(), n.get("careUnit").asText(),
          n.get("cardTypeId").asText(), n.get("actorEmployeeId").asText(), n.get("actorCareProviderId").asText(),
          n.get("actorCareUnitId").asText());
    } catch (FeeInputException e) {
      throw new CliException(file + ": " + e.field() + ": " + e.detail());
    }
  }

  /** The registry updates of a priced response (a single contact priced with a card, or a batch). */
  static List<RegistryUpdate> updates(Object body) {
    List<RegisterJson> registers = new ArrayList<>();
    if (body instanceof ContactFeeJson c && c.register() != null) {
      registers.add(c.register());
    } else if (body instanceof BatchResponse b) {
      b.contacts().forEach(i -> registers.add(i.register()));
    }
    List<RegistryUpdate> out = new ArrayList<>();
    for (RegisterJson r : registers) {
      if (r == null) {
        continue;
      }
      for (RegisterJson.UpdateJson u : r.transactions()) {
        out.add(new RegistryUpdate(u.kind(), u.transactionId(), u.transactionDate(),
            u.amount() == null ? null : Amounts.ofOre(new BigDecimal(u.amount().amount()).movePointRight(2).longValueExact()),
            u.reason()));
      }
    }
    return out;
  }

  /** The patient's personnummer from the request, as the registry's 12 digits. */
  static String personId(String request) {
    try {
      JsonNode p = JsonContract.mapper().readTree(request).path("patient").path("personnummer");
      String digits = p.isTextual() ? p.asText().replace("-", "").replace("+", "") : "";
      if (!digits.matches("[0-9]{12}")) {
        throw new CliException("--efrikort-out: eFrikort registers by personnummer: give patient.personnummer as YYYYMMDD-NNNN");
      }
      return digits;
    } catch (IOException e) {
      throw new CliException("--efrikort-out: the request is not JSON");
    }
  }

  /** Writes each update as {@code <Interaction>-<n>.xml}; returns the next n. */
  static int write(Path dir, List<RegistryUpdate> updates, RegistryContext context, String personId, int n) throws IOException {
    Files.createDirectories(dir);
    for (RegistryUpdate u : updates) {
      String name = switch (u.kind()) {
        case REGISTER -> "RegisterTransaction";
        case UPDATE -> "UpdateTransaction";
        case DELETE -> "DeleteTransaction";
      };
      Files.writeString(dir.resolve(name + "-" + (++n) + ".xml"), EfrikortXml.toXml(u, context, personId));
    }
    return n;
  }

  private static ObjectNode money(javax.money.MonetaryAmount a) {
    ObjectNode m = JsonContract.mapper().createObjectNode();
    m.put("amount", Amounts.toPlainString(a));
    m.put("currency", "SEK");
    return m;
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
