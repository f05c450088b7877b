package se.rjl.patientfees.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.api.Fixtures;

/**
 * {@code price --efrikort-card CARD.xml --efrikort-out DIR --efrikort-context CONTEXT.json} (issue 10):
 * a period opened 2025-11-20 with 1 300 kr counted (seed 002 L3235–L3238, decision E80); a doctor
 * visit on 2026-02-03 pays the 150 kr left (L3279–L3293), the next one nothing, a missed visit does not
 * count (L3313) and writes nothing.
 */
class EfrikortOptionsTest {
  @TempDir Path tmp;

  static final String CARD = """
      <GetCardForPersonResponse xmlns="urn:riv:cgi:healthcare:efrikort:GetCardForPersonResponder:3"
          xmlns:c="urn:riv:cgi:healthcare:efrikort:3">
        <getCardForPersonResultType>
          <c:result><c:resultCode>OK</c:resultCode></c:result>
          <c:card><c:cardSystemId>card-1</c:cardSystemId><c:startDate>2025-11-20</c:startDate><c:endDate>2026-11-19</c:endDate>
            <c:currentAmount>1300</c:currentAmount><c:amountToLimit>150</c:amountToLimit><c:status>BELOW_LIMIT</c:status></c:card>
        </getCardForPersonResultType>
      </GetCardForPersonResponse>
      """;

  static final String CONTEXT = """
      {"carePrincipalId": "SE2321000057-1003", "careProvider": "Region Jönköpings län", "careUnit": "VC Nässjö",
       "cardTypeId": "CARE_VISIT", "actorEmployeeId": "SE2321000057-4711", "actorCareProviderId": "SE2321000057-1003",
       "actorCareUnitId": "SE2321000057-5000"}
      """;

  static final String REQUEST = """
      {"patient": {"personnummer": "19800501-1237", "residence": "county-resident"},
       "contacts": [
         {"at": "2026-02-03T10:00", "careUnit": "primary-care", "kind": "physical-visit", "profession": "doctor", "paymentId": "k-1"},
         {"at": "2026-03-01T10:00", "careUnit": "primary-care", "kind": "physical-visit", "profession": "doctor", "paymentId": "k-2"},
         {"at": "2026-03-02T10:00", "careUnit": "primary-care", "kind": "physical-visit", "profession": "doctor", "event": "missed",
          "paymentId": "k-3"}]}
      """;

  @Test
  void aCardFileIsPricedAndOneRegisterTransactionIsWrittenPerContactTheCapCovers() throws Exception {
    Path card = Files.writeString(tmp.resolve("card.xml"), CARD);
    Path context = Files.writeString(tmp.resolve("context.json"), CONTEXT);
    Path request = Files.writeString(tmp.resolve("request.json"), REQUEST);
    Path out = tmp.resolve("out");
    MainTest.Run r = MainTest.run("price", "--rulebook", Fixtures.RULEBOOK_2026.toString(), "--efrikort-card", card.toString(),
        "--efrikort-out", out.toString(), "--efrikort-context", context.toString(), "--compact", request.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("\"pay\":{\"amount\":\"150.00\"");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("RegisterTransaction-1.xml", "RegisterTransaction-2.xml");
    }
    String first = Files.readString(out.resolve("RegisterTransaction-1.xml"));
    assertThat(first).contains("<RegisterTransaction xmlns=\"urn:riv:cgi:healthcare:efrikort:RegisterTransactionResponder:3\"",
        "<personId>198005011237</personId>", "<transactionDate>2026-02-03</transactionDate>", "<amount>150.00</amount>");
    assertThat(Files.readString(out.resolve("RegisterTransaction-2.xml"))).contains("<amount>0.00</amount>");
  }

  @Test
  void aMissingContextKeyIsNamed() throws Exception {
    Path card = Files.writeString(tmp.resolve("card.xml"), CARD);
    Path context = Files.writeString(tmp.resolve("context.json"), CONTEXT.replace("\"careUnit\": \"VC Nässjö\",", ""));
    Path request = Files.writeString(tmp.resolve("request.json"), REQUEST);
    MainTest.Run r = MainTest.run("price", "--rulebook", Fixtures.RULEBOOK_2026.toString(), "--efrikort-card", card.toString(),
        "--efrikort-out", tmp.resolve("out").toString(), "--efrikort-context", context.toString(), request.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing key 'careUnit'");
  }
}
