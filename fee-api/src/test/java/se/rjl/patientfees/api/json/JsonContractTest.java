package se.rjl.patientfees.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.api.PatientFees;

class JsonContractTest {
  static final JsonContract JSON = new JsonContract(PatientFees.bundled());

  static String example(String name) throws IOException {
    try (InputStream in = JsonContractTest.class.getResourceAsStream("/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@link #example(String)} without the checked exception. */
  static String example2(String name) {
    try {
      return example(name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void priceResponseRoundTripsWithExactAmounts() throws Exception {
    JsonContract.Outcome o = JSON.handlePrice(Fixtures.PRICE_REQUEST);
    assertThat(o.status()).isEqualTo(200);
    String text = JsonContract.write(o.body());
    JsonNode tree = JsonContract.mapper().readTree(text);
    assertThat(tree.at("/pay/amount").isTextual()).as("amounts are strings, never numbers").isTrue();
    assertThat(tree.at("/pay/amount").asText()).isEqualTo("250.00");
    assertThat(tree.at("/pay/currency").asText()).isEqualTo("SEK");
    assertThat(tree.at("/vaccine/amount").asText()).isEqualTo("0.00");
    assertThat(tree.at("/feeCode/code").asText()).isEqualTo("100");
    assertThat(tree.at("/feeCode/source").asText()).isEqualTo("L3353–L3364");

    ContactFeeJson back = JsonContract.mapper().readValue(text, ContactFeeJson.class);
    assertThat(back).isEqualTo(o.body());
  }

  @Test
  void vaccinePriceInÖreIsAddedExactly() throws Exception {
    JsonContract.Outcome o = JSON.handle(example("price-request-vaccination.json"));
    assertThat(o.status()).as(JsonContract.write(o.body())).isEqualTo(200);
    ContactFeeJson f = (ContactFeeJson) o.body();
    assertThat(f.vaccine()).isEqualTo(new MoneyJson("312.50", "SEK"));
    assertThat(f.pay()).isEqualTo(new MoneyJson("562.50", "SEK"));
    assertThat(f.towardCap()).isEqualTo(new MoneyJson("0.00", "SEK"));
  }

  @Test
  void batchCapStateGoesBackInAndTheCapIsReachedExactly() throws Exception {
    JsonContract.Outcome o = JSON.handleBatch(example("batch-request.json"));
    assertThat(o.status()).as(JsonContract.write(o.body())).isEqualTo(200);
    BatchResponse r = (BatchResponse) o.body();
    // Priced by time: the primary-care visit (index 1) first, then the emergency visit (index 0).
    assertThat(r.contacts()).extracting(BatchResponse.Item::index).containsExactly(1, 0);
    assertThat(r.contacts()).extracting(i -> i.pay().amount()).containsExactly("250.00", "100.00");
    assertThat(r.contacts().get(1).frikortApplied()).isTrue();
    assertThat(r.contacts().get(1).cap().sumInPeriod().amount()).isEqualTo("1450.00");
    assertThat(r.contacts().get(1).cap().frikortFrom()).hasToString("2026-03-24");
    assertThat(r.totalPay()).isEqualTo(new MoneyJson("350.00", "SEK"));

    String state = JsonContract.write(r.capState());
    assertThat(state).contains("\"origin\":\"receipt\"", "\"origin\":\"contact\"", "\"amount\":\"1100.00\"");
    String next = "{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\"}, \"capState\": " + state
        + ", \"contacts\": [{\"at\": \"2026-05-04T09:00\", \"careUnit\": \"primary-care\", \"kind\": \"physical-visit\", \"profession\": \"doctor\"}]}";
    BatchResponse later = (BatchResponse) JSON.handle(next).body();
    assertThat(later.contacts().get(0).pay().amount()).isEqualTo("0.00");
    assertThat(later.contacts().get(0).frikortApplied()).isTrue();
    // The frikort contact is kept (counted 0 of its 250 kr) so that its id cannot be reused for another payment.
    assertThat(later.capState().periods()).isEqualTo(r.capState().periods());
    assertThat(later.capState().entries()).hasSize(r.capState().entries().size() + 1).containsAll(r.capState().entries());
    assertThat(later.contacts().get(0).register().transactions()).extracting(u -> u.amount().amount()).containsExactly("0.00");

    BatchResponse parsed = JsonContract.mapper().readValue(JsonContract.write(r), BatchResponse.class);
    assertThat(parsed).isEqualTo(r);
  }

  @Test
  void unknownFieldIsRefusedNamingIt() {
    String body = Fixtures.PRICE_REQUEST.replace("\"profession\": \"doctor\"", "\"profession\": \"doctor\", \"colour\": \"blue\"");
    JsonContract.Outcome o = JSON.handle(body);
    assertThat(o.status()).isEqualTo(400);
    Problem p = (Problem) o.body();
    assertThat(p.type()).isEqualTo("/problems/unknown-field");
    assertThat(p.field()).isEqualTo("contact.colour");
    assertThat(p.detail()).contains("colour");
    assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("contact.colour");
  }

  @Test
  void malformedJsonAndWrongTypesAreBadRequests() {
    assertThat(JSON.handle("{\"patient\": ").status()).isEqualTo(400);
    assertThat(((Problem) JSON.handle("{\"patient\": ").body()).type()).isEqualTo("/problems/malformed-json");
    assertThat(((Problem) JSON.handle("").body()).detail()).contains("empty");
    Problem number = (Problem) JSON.handle(Fixtures.PRICE_REQUEST.replace("\"kind\": \"physical-visit\"",
        "\"kind\": \"vaccination\", \"vaccination\": {\"vaccine\": \"influenza\", \"price\": {\"amount\": 250.0, \"currency\": \"SEK\"}}")).body();
    assertThat(number.field()).isEqualTo("contact.vaccination.price.amount");
    assertThat(number.detail()).contains("\"250.00\"");
    Problem enumValue = (Problem) JSON.handle(Fixtures.PRICE_REQUEST.replace("primary-care", "PRIMARY_CARE")).body();
    assertThat(enumValue.field()).isEqualTo("contact.careUnit");
    assertThat(enumValue.detail()).contains("primary-care");
    Problem offset = (Problem) JSON.handle(Fixtures.PRICE_REQUEST.replace("2026-03-10T10:00", "2026-03-10T10:00+01:00")).body();
    assertThat(offset.field()).isEqualTo("contact.at");
    Problem missing = (Problem) JSON.handle("{\"patient\": {\"residence\": \"county-resident\"}, \"contact\": {\"careUnit\": \"primary-care\"}}").body();
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errors()).extracting(Problem.FieldError::field)
        .containsExactlyInAnyOrder("contact.at", "contact.kind", "patient.birthDate");
  }

  @Test
  void engineInputErrorsAre422NamingTheField() {
    Problem p = (Problem) JSON.handle(Fixtures.PRICE_REQUEST.replace("1980-05-01", "2026-06-01")).body();
    assertThat(p.status()).isEqualTo(422);
    assertThat(p.type()).isEqualTo("/problems/invalid-input");
    assertThat(p.field()).isEqualTo("patient.birthDate");
    assertThat(p.kind()).isEqualTo("birth-date-after-contact");
    Problem pnr = (Problem) JSON.handle(Fixtures.PRICE_REQUEST.replace("\"birthDate\": \"1980-05-01\"", "\"personnummer\": \"19800501-2392\"")).body();
    assertThat(pnr.field()).isEqualTo("patient.personnummer");
    assertThat(pnr.kind()).isEqualTo("invalid-personnummer");
  }

  @Test
  void aBatchOfManyContactsIsPricedInOrder() {
    BatchResponse r = (BatchResponse) JSON.handle(Fixtures.batchOfDoctorVisits(10)).body();
    assertThat(r.contacts()).hasSize(10);
    assertThat(r.totalPay().amount()).isEqualTo("1450.00");
    assertThat(r.contacts()).extracting(BatchResponse.Item::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void enumsAreWrittenInKebabCase() {
    assertThat(KebabEnums.values(se.rjl.patientfees.engine.input.CareUnit.class)).contains("primary-care", "emergency-department");
    assertThat(JsonContract.write(List.of(se.rjl.patientfees.engine.ledger.CapEntry.Origin.RECEIPT))).isEqualTo("[\"receipt\"]");
  }
}
