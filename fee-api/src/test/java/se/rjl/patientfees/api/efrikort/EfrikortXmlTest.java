package se.rjl.patientfees.api.efrikort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.api.CapCorrection;
import se.rjl.patientfees.api.CappedFee;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.api.FrikortCard;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.RegistryUpdate;
import se.rjl.patientfees.api.CapState;

/**
 * The eFrikort 3.0 adapter: a card read from the registry's answer, a contact priced against it,
 * the RegisterTransaction written, and the registry's next answer read back (issue 10; seed 002
 * L3235–L3238, L3279–L3293, L3335–L3339; decisions E80, E82).
 */
class EfrikortXmlTest {
  static final PatientFees FEES = PatientFees.bundled();
  static final RegistryContext CONTEXT = new RegistryContext("SE2321000057-1003", "Region Jönköpings län",
      "Vårdcentralen Bra Liv Nässjö", "CARE_VISIT", "SE2321000057-4711", "SE2321000057-1003", "SE2321000057-5000");

  /** A GetCardForPersonResponse as eFrikort answers it: a period from 2025-11-20, 1 300 kr counted. */
  static final String CARD_2025 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <GetCardForPersonResponse xmlns="urn:riv:cgi:healthcare:efrikort:GetCardForPersonResponder:3"
          xmlns:c="urn:riv:cgi:healthcare:efrikort:3">
        <getCardForPersonResultType>
          <c:result><c:resultCode>OK</c:resultCode></c:result>
          <c:card>
            <c:cardSystemId>5f0c3f2e-1111-4c1a-9a55-000000000001</c:cardSystemId>
            <c:cardType><c:id>CARE_VISIT</c:id><c:name>Öppen sjukvård</c:name></c:cardType>
            <c:persons><c:id>198005011237</c:id><c:readConsent>true</c:readConsent></c:persons>
            <c:startDate>2025-11-20</c:startDate>
            <c:endDate>2026-11-19</c:endDate>
            <c:currentAmount>1300.0</c:currentAmount>
            <c:amountToLimit>150</c:amountToLimit>
            <c:carePrincipal><c:id>SE2321000057-1003</c:id><c:name>Region Jönköpings län</c:name></c:carePrincipal>
            <c:status>BELOW_LIMIT</c:status>
          </c:card>
        </getCardForPersonResultType>
      </GetCardForPersonResponse>
      """;

  static FrikortCard read(String xml) {
    return EfrikortXml.readCard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aCardFromTheRegistryPricesAContactWhoseRegistrationReadsBackAsTheNextCard() throws Exception {
    FrikortCard card = read(CARD_2025);
    assertThat(card.startDate()).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(card.currentAmount()).isEqualTo(Amounts.ofOre(1300_00));
    assertThat(card.amountToLimit()).isEqualTo(Amounts.ofOre(150_00));
    assertThat(card.status()).isEqualTo(FrikortCard.Status.BELOW_LIMIT);

    // Only the 2026 rulebook is loaded: the card's period keeps its own cap (E80). A doctor visit in
    // primary care costs 250 kr (L3353–L3364); 150 kr remain, so it pays 150 kr and reaches frikort.
    CapState state = FEES.capState(card);
    CappedFee fee = FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(LocalDateTime.of(2026, 2, 3, 10, 0)), state, "kvitto-4711");
    assertThat(fee.pay()).isEqualTo(Amounts.ofOre(150_00));
    assertThat(fee.register()).hasSize(1);
    RegistryUpdate reg = fee.register().get(0);
    assertThat(reg.kind()).isEqualTo(RegistryUpdate.Kind.REGISTER);

    String xml = EfrikortXml.toXml(reg, CONTEXT, "198005011237");
    Map<String, String> fields = fields(xml);
    assertThat(fields).containsEntry("{" + EfrikortXml.responder("RegisterTransaction") + "}RegisterTransaction", "")
        .containsEntry("personId", "198005011237")
        .containsEntry("transactionDate", "2026-02-03")
        .containsEntry("amount", "150.00")
        .containsEntry("cardTypeId", "CARE_VISIT")
        .containsEntry("{" + EfrikortXml.CORE + "}employeeId", "SE2321000057-4711");
    // The contract's amount is an xs:double: the text reads back as exactly 150 kr.
    assertThat(Double.parseDouble(fields.get("amount"))).isEqualTo(150.0);

    // The registry's answer afterwards, read back: frikort from 2026-02-03 until 2026-11-19.
    String answer = EfrikortXml.cardResponse(fee.card(), card.cardSystemId(), "CARE_VISIT", "198005011237", "SE2321000057-1003");
    FrikortCard after = read(answer);
    assertThat(after.startDate()).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(after.endDate()).isEqualTo(LocalDate.of(2026, 11, 19));
    assertThat(after.currentAmount()).isEqualTo(Amounts.ofOre(1450_00));
    assertThat(after.amountToLimit()).isEqualTo(Amounts.ofOre(0));
    assertThat(after.status()).isEqualTo(FrikortCard.Status.FINAL);
    assertThat(after.frikortDate()).isEqualTo(LocalDate.of(2026, 2, 3));
    // Priced against the card read back, the next visit is free and registered with 0 kr (L3338–L3339).
    CappedFee next = FEES.priceContact(Fixtures.ADULT, Fixtures.doctorVisit(LocalDateTime.of(2026, 3, 1, 10, 0)),
        FEES.capState(after), "kvitto-4712");
    assertThat(next.pay()).isEqualTo(Amounts.ofOre(0));
    assertThat(fields(EfrikortXml.toXml(next.register().get(0), CONTEXT, "198005011237"))).containsEntry("amount", "0.00");
    System.out.println("RegisterTransaction:\n" + xml + "\nGetCardForPersonResponse:\n" + answer);
  }

  @Test
  void anExtendedCardGivesItsTransactionsAndAReversalWritesDeleteTransaction() throws Exception {
    String xml = """
        <GetExtendedCardForPersonResponse xmlns="urn:riv:cgi:healthcare:efrikort:GetExtendedCardForPersonResponder:3"
            xmlns:c="urn:riv:cgi:healthcare:efrikort:3">
          <getExtendedCardResultType>
            <c:result><c:resultCode>INFO</c:resultCode><c:resultText>Kortet är grupperat</c:resultText></c:result>
            <c:extendedCard>
              <c:card>
                <c:cardSystemId>card-9</c:cardSystemId>
                <c:startDate>2025-10-01</c:startDate><c:endDate>2026-09-30</c:endDate>
                <c:currentAmount>1200.00</c:currentAmount><c:amountToLimit>2.5E2</c:amountToLimit>
                <c:status>BELOW_LIMIT</c:status>
              </c:card>
              <c:transactions><c:transactionId>t-1</c:transactionId><c:personId>198005011237</c:personId>
                <c:amount>500</c:amount><c:transactionDate>2025-10-01</c:transactionDate>
                <c:registrationDateTime>2025-10-01T10:12:00</c:registrationDateTime>
                <c:carePrincipal><c:id>SE2321000057-1003</c:id><c:name>RJL</c:name></c:carePrincipal>
                <c:careProvider>RJL</c:careProvider><c:status>ACTIVE</c:status></c:transactions>
              <c:transactions><c:transactionId>t-2</c:transactionId><c:personId>198005011237</c:personId>
                <c:amount>700.0</c:amount><c:transactionDate>2025-12-15</c:transactionDate>
                <c:registrationDateTime>2025-12-15T09:00:00</c:registrationDateTime>
                <c:carePrincipal><c:id>SE2321000057-1003</c:id><c:name>RJL</c:name></c:carePrincipal>
                <c:careProvider>RJL</c:careProvider><c:status>ACTIVE</c:status></c:transactions>
              <c:transactions><c:transactionId>t-0</c:transactionId><c:personId>198005011237</c:personId>
                <c:amount>300</c:amount><c:transactionDate>2025-12-14</c:transactionDate>
                <c:registrationDateTime>2025-12-14T09:00:00</c:registrationDateTime>
                <c:carePrincipal><c:id>SE2321000057-1003</c:id><c:name>RJL</c:name></c:carePrincipal>
                <c:careProvider>RJL</c:careProvider><c:status>DELETED</c:status></c:transactions>
            </c:extendedCard>
          </getExtendedCardResultType>
        </GetExtendedCardForPersonResponse>
        """;
    FrikortCard card = read(xml);
    assertThat(card.transactions()).hasSize(3);
    assertThat(card.amountToLimit()).isEqualTo(Amounts.ofOre(250_00));
    CapCorrection c = FEES.reversePayment(FEES.capState(card), "t-2");
    assertThat(c.cap().sumInPeriod()).isEqualTo(Amounts.ofOre(500_00));
    assertThat(c.register()).extracting(RegistryUpdate::kind).containsExactly(RegistryUpdate.Kind.DELETE);
    Map<String, String> fields = fields(EfrikortXml.toXml(c.register().get(0), CONTEXT, null));
    assertThat(fields).containsKey("{" + EfrikortXml.responder("DeleteTransaction") + "}DeleteTransaction")
        .containsEntry("transactionId", "t-2");
  }

  @Test
  void badDocumentsAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> read(CARD_2025.replace("1300.0", "1300.005")))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("card.currentAmount");
          assertThat(e.kind().code()).isEqualTo("invalid-amount");
        });
    assertThatThrownBy(() -> read(CARD_2025.replace("<c:resultCode>OK", "<c:resultCode>OPTOUT")))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.kind().code()).isEqualTo("registry-error"));
    assertThatThrownBy(() -> read(CARD_2025.replace("</c:card>", "")))
        .isInstanceOfSatisfying(FeeInputException.class, e -> {
          assertThat(e.field()).isEqualTo("document");
          assertThat(e.detail()).contains("line");
        });
    assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + CARD_2025.substring(CARD_2025.indexOf('\n'))))
        .isInstanceOf(FeeInputException.class);
    // An inconsistent card from the registry is refused when it becomes a cap state (E82).
    FrikortCard wrongEnd = read(CARD_2025.replace("2026-11-19", "2026-11-20"));
    assertThatThrownBy(() -> FEES.capState(wrongEnd))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("card.endDate"));
    assertThatThrownBy(() -> new RegistryContext("x", "y", null, "CARE_VISIT", "a", "b", "c"))
        .isInstanceOfSatisfying(FeeInputException.class, e -> assertThat(e.field()).isEqualTo("context.careUnit"));
  }

  /**
   * Each leaf element's text by local name (and by {ns}name for the contract's core namespace); the
   * root element by {ns}name with empty text.
   */
  static Map<String, String> fields(String xml) throws Exception {
    XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new java.io.StringReader(xml));
    Map<String, String> out = new HashMap<>();
    StringBuilder text = new StringBuilder();
    boolean leaf = false;
    int depth = 0;
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (depth++ == 0) {
          out.put("{" + r.getNamespaceURI() + "}" + r.getLocalName(), "");
        }
        text.setLength(0);
        leaf = true;
      } else if (e == XMLStreamConstants.CHARACTERS) {
        text.append(r.getText());
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (leaf) {
          out.put(r.getLocalName(), text.toString());
          if (EfrikortXml.CORE.equals(r.getNamespaceURI())) {
            out.put("{" + EfrikortXml.CORE + "}" + r.getLocalName(), text.toString());
          }
        }
        leaf = false;
      }
    }
    return out;
  }
}
