package se.rjl.patientfees.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The JSON contract of stays, certificates, copies and aids: exact amounts, strict reading, problems naming the field. */
class OtherFeesContractTest {
  static final JsonContract JSON = JsonContractTest.JSON;

  static JsonNode ok(JsonContract.Outcome o) throws Exception {
    String text = JsonContract.write(o.body());
    assertThat(o.status()).as(text).isEqualTo(200);
    return JsonContract.mapper().readTree(text);
  }

  static Problem problem(JsonContract.Outcome o, int status) {
    assertThat(o.status()).as(JsonContract.write(o.body())).isEqualTo(status);
    return (Problem) o.body();
  }

  @Test
  void stayResponseHasEveryDayAndExactAmounts() throws Exception {
    JsonContract.Outcome o = JSON.handleInpatient(JsonContractTest.example("inpatient-request.json"));
    JsonNode r = ok(o);
    assertThat(r.at("/pay/amount").asText()).isEqualTo("1520.00");
    assertThat(r.at("/pay/amount").isTextual()).isTrue();
    assertThat(r.at("/paidDays").asInt()).isEqualTo(12);
    assertThat(r.at("/priceList").asText()).isEqualTo("standard");
    assertThat(r.at("/towardCap/amount").asText()).isEqualTo("0.00");
    assertThat(r.at("/days").size()).isEqualTo(13);
    assertThat(r.at("/days/10/amount/amount").asText()).isEqualTo("110.00");
    assertThat(r.at("/days/12/reason").asText()).isEqualTo("discharge-day");
    assertThat(r.at("/days/0/away").asText()).isEqualTo("PT0S");
    // Round trip: the response reads back as the same record.
    assertThat(JsonContract.mapper().readValue(JsonContract.write(o.body()), StayFeeJson.class)).isEqualTo(o.body());
  }

  @Test
  void stayWithTransfersLeavesAndAPersonnummer() throws Exception {
    JsonNode r = ok(JSON.handleInpatient("""
        {"patient": {"personnummer": "19800501-2391", "residence": "county-resident"},
         "stay": {"admissionDate": "2026-03-02", "dischargeDate": "2026-03-10",
                  "leaves": [{"from": "2026-03-06T15:00", "to": "2026-03-08T18:00"}]}}
        """));
    assertThat(r.at("/pay/amount").asText()).isEqualTo("780.00");
    assertThat(r.at("/days/4/reason").asText()).isEqualTo("travel-day");
    assertThat(r.at("/days/4/away").asText()).isEqualTo("PT9H");
  }

  @Test
  void sameDayStayAndStayErrors() throws Exception {
    assertThat(ok(JSON.handleInpatient("""
        {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
         "stay": {"admissionDate": "2026-03-02", "dischargeDate": "2026-03-02"}}""")).at("/pay/amount").asText()).isEqualTo("130.00");
    Problem missing = problem(JSON.handleInpatient("""
        {"patient": {"residence": "county-resident"}, "stay": {"leaves": [{"from": "2026-03-06T15:00"}]}}"""), 400);
    assertThat(missing.errors()).extracting(Problem.FieldError::field)
        .containsExactlyInAnyOrder("patient.birthDate", "stay.admissionDate", "stay.dischargeDate", "stay.leaves[0].to");
    Problem engine = problem(JSON.handleInpatient("""
        {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
         "stay": {"admissionDate": "2026-03-10", "dischargeDate": "2026-03-02"}}"""), 422);
    assertThat(engine.field()).isEqualTo("stay.dischargeDate");
    assertThat(engine.kind()).isEqualTo("discharge-before-admission");
    Problem urgency = problem(JSON.handleInpatient("""
        {"patient": {"birthDate": "1980-05-01", "residence": "county-resident"},
         "stay": {"admissionDate": "2026-03-02", "dischargeDate": "2026-03-04", "urgency": "ACUTE"}}"""), 400);
    assertThat(urgency.field()).isEqualTo("stay.urgency");
    assertThat(urgency.detail()).contains("acute, planned");
  }

  @Test
  void certificateIsNetPlusVat() throws Exception {
    JsonContract.Outcome o = JSON.handleCertificate(JsonContractTest.example("certificate-request.json"));
    JsonNode r = ok(o);
    assertThat(r.at("/net/amount").asText()).isEqualTo("248.00");
    assertThat(r.at("/vat/amount").asText()).isEqualTo("62.00");
    assertThat(r.at("/gross/amount").asText()).isEqualTo("310.00");
    assertThat(r.at("/pay/amount").asText()).isEqualTo("310.00");
    assertThat(r.at("/vatPercent").asInt()).isEqualTo(25);
    assertThat(r.at("/payer").asText()).isEqualTo("patient");
    assertThat(JsonContract.mapper().readValue(JsonContract.write(o.body()), CertificateFeeJson.class)).isEqualTo(o.body());

    JsonNode employer = ok(JSON.handleCertificate("{\"certificate\": {\"key\": \"tariff-b\", \"date\": \"2026-04-14\", \"payer\": \"employer\"}}"));
    assertThat(employer.at("/pay/amount").asText()).isEqualTo("0.00");
    assertThat(employer.at("/invoiced/amount").asText()).isEqualTo("980.00");
    JsonNode hourly = ok(JSON.handleCertificate(
        "{\"certificate\": {\"key\": \"hourly\", \"date\": \"2026-04-14\", \"hours\": 3, \"visit\": \"only-purpose\"}}"));
    assertThat(hourly.at("/gross/amount").asText()).isEqualTo("3690.00");
    assertThat(hourly.at("/visitFeeWaived").asBoolean()).isTrue();
  }

  @Test
  void certificateErrors() {
    Problem unknown = problem(JSON.handleCertificate("{\"certificate\": {\"key\": \"tariff-x\", \"date\": \"2026-04-14\"}}"), 422);
    assertThat(unknown.field()).isEqualTo("certificate.key");
    assertThat(unknown.kind()).isEqualTo("unknown-certificate");
    Problem hours = problem(JSON.handleCertificate("{\"certificate\": {\"key\": \"hourly\", \"date\": \"2026-04-14\", \"hours\": \"3\"}}"), 400);
    assertThat(hours.field()).isEqualTo("certificate.hours");
    Problem missing = problem(JSON.handleCertificate("{\"certificate\": {}}"), 400);
    assertThat(missing.errors()).extracting(Problem.FieldError::field).containsExactly("certificate.key", "certificate.date");
    Problem field = problem(JSON.handleCertificate("{\"certificate\": {\"key\": \"tariff-a\", \"date\": \"2026-04-14\", \"patient\": {}}}"), 400);
    assertThat(field.type()).isEqualTo("/problems/unknown-field");
    assertThat(field.field()).isEqualTo("certificate.patient");
  }

  @Test
  void fifteenCopyPagesAre60Kronor() throws Exception {
    JsonContract.Outcome o = JSON.handleCopies(JsonContractTest.example("copies-request.json"));
    JsonNode r = ok(o);
    assertThat(r.at("/pay/amount").asText()).isEqualTo("60.00");
    assertThat(r.at("/pagesFee/amount").asText()).isEqualTo("60.00");
    assertThat(r.at("/cdsFee/amount").asText()).isEqualTo("0.00");
    assertThat(r.at("/vat/amount").asText()).isEqualTo("0.00");
    assertThat(JsonContract.mapper().readValue(JsonContract.write(o.body()), CopyFeeJson.class)).isEqualTo(o.body());
    Problem negative = problem(JSON.handleCopies("{\"copies\": {\"date\": \"2026-03-10\", \"pages\": -1}}"), 422);
    assertThat(negative.field()).isEqualTo("copies.pages");
    assertThat(negative.kind()).isEqualTo("negative-count");
    Problem fraction = problem(JSON.handleCopies("{\"copies\": {\"date\": \"2026-03-10\", \"pages\": 1.5}}"), 400);
    assertThat(fraction.field()).isEqualTo("copies.pages");
  }

  @Test
  void aidThroughTheAidsCapAndTheStateGoesBackIn() throws Exception {
    JsonContract.Outcome o = JSON.handleAid(JsonContractTest.example("aid-request.json"));
    JsonNode r = ok(o);
    assertThat(r.at("/paymentId").asText()).isEqualTo("hm-2026-0201");
    assertThat(r.at("/pay/amount").asText()).isEqualTo("300.00");
    assertThat(r.at("/row/key").asText()).isEqualTo("cpap");
    assertThat(r.at("/row/kind").asText()).isEqualTo("fee");
    assertThat(r.at("/months").size()).isEqualTo(2);
    assertThat(r.at("/months/1/paymentId").asText()).isEqualTo("hm-2026-0201-m2");
    assertThat(r.at("/aidsCap/amount/amount").asText()).isEqualTo("1800.00");
    assertThat(r.at("/aidsCap/remaining/amount").asText()).isEqualTo("1500.00");
    assertThat(r.at("/aidsCapState/entries").size()).isEqualTo(2);
    assertThat(JsonContract.mapper().readValue(JsonContract.write(o.body()), AidFeeJson.class)).isEqualTo(o.body());

    // The returned state goes into the next request: a year of CPAP reaches the cap, then UVB is free.
    String state = JsonContract.write(((AidFeeJson) o.body()).aidsCapState());
    JsonNode next = ok(JSON.handleAid("""
        {"patient": {"birthDate": "1960-01-01", "residence": "county-resident"},
         "aid": {"key": "cpap", "date": "2026-04-01", "months": 10}, "aidsCap": %s, "paymentId": "hm-2026-0401"}""".formatted(state)));
    assertThat(next.at("/pay/amount").asText()).isEqualTo("1500.00");
    assertThat(next.at("/aidsCap/remaining/amount").asText()).isEqualTo("0.00");
    JsonNode lamp = ok(JSON.handleAid("""
        {"patient": {"birthDate": "1960-01-01", "residence": "county-resident"},
         "aid": {"key": "uvb-lamp", "date": "2026-06-01", "months": 1}, "aidsCap": %s}"""
        .formatted(next.at("/aidsCapState").toString())));
    // Registered late (decision E81): by 1 June the CPAP months counted 600 kr, so the lamp is paid
    // and the last CPAP month (January 2027), paid in advance, is owed back.
    assertThat(lamp.at("/pay/amount").asText()).isEqualTo("150.00");
    assertThat(lamp.at("/frikort").asBoolean()).isFalse();
    assertThat(lamp.at("/aidsCap/refundOwed/amount").asText()).isEqualTo("150.00");
    assertThat(lamp.at("/aidsCap/refunds/0/paymentId").asText()).isEqualTo("hm-2026-0401-m10");
    assertThat(lamp.at("/paymentId").asText()).isEqualTo("2026-06-01/uvb-lamp");
  }

  @Test
  void aidGrantWithAPriceAsMoney() throws Exception {
    JsonNode r = ok(JSON.handleAid("""
        {"patient": {"birthDate": "2019-01-01", "residence": "county-resident"},
         "aid": {"key": "glasses", "date": "2026-06-15", "price": {"amount": "1200.00", "currency": "SEK"}}}"""));
    assertThat(r.at("/grant/amount").asText()).isEqualTo("800.00");
    assertThat(r.at("/pay/amount").asText()).isEqualTo("400.00");
    assertThat(r.at("/row/key").asText()).isEqualTo("glasses-category-1-under-8");
    assertThat(r.at("/months").size()).isZero();
    assertThat(r.at("/aidsCap/periodFirstDay").isNull()).isTrue();
  }

  @Test
  void aidErrors() {
    Problem number = problem(JSON.handleAid("""
        {"patient": {"birthDate": "2019-01-01", "residence": "county-resident"},
         "aid": {"key": "glasses", "date": "2026-06-15", "price": {"amount": 1200, "currency": "SEK"}}}"""), 400);
    assertThat(number.field()).isEqualTo("aid.price.amount");
    Problem months = problem(JSON.handleAid("""
        {"patient": {"birthDate": "1960-01-01", "residence": "county-resident"}, "aid": {"key": "cpap", "date": "2026-02-01"}}"""), 422);
    assertThat(months.field()).isEqualTo("aid.months");
    assertThat(months.kind()).isEqualTo("missing");
    Problem duplicate = problem(JSON.handleAid("""
        {"patient": {"birthDate": "1960-01-01", "residence": "county-resident"}, "aid": {"key": "cpap", "date": "2026-02-01", "months": 1},
         "aidsCap": {"entries": [{"paymentId": "2026-02-01/cpap-m1", "date": "2026-02-01",
                                  "counted": {"amount": "150.00", "currency": "SEK"}, "origin": "contact"}]}}"""), 422);
    assertThat(duplicate.field()).isEqualTo("paymentId");
    assertThat(duplicate.kind()).isEqualTo("duplicate-payment-id");
    Problem capState = problem(JSON.handleAid("""
        {"patient": {"birthDate": "1960-01-01", "residence": "county-resident"}, "aid": {"key": "cpap", "date": "2026-02-01", "months": 1},
         "aidsCap": {"entries": [{"paymentId": "x", "date": "2026-02-01", "origin": "contact"}]}}"""), 400);
    assertThat(capState.field()).isEqualTo("aidsCap.entries[0].counted");
    Problem missing = problem(JSON.handleAid("{\"aid\": {\"conditions\": [\"\"]}, \"paymentId\": \"\"}"), 400);
    assertThat(missing.errors()).extracting(Problem.FieldError::field)
        .containsExactlyInAnyOrder("patient", "aid.key", "aid.date", "aid.conditions[0]", "paymentId");
  }

  @Test
  void handleTellsTheRequestKindsApart() {
    assertThat(JSON.handle(JsonContractTest.example2("inpatient-request.json")).body()).isInstanceOf(StayFeeJson.class);
    assertThat(JSON.handle(JsonContractTest.example2("certificate-request.json")).body()).isInstanceOf(CertificateFeeJson.class);
    assertThat(JSON.handle(JsonContractTest.example2("copies-request.json")).body()).isInstanceOf(CopyFeeJson.class);
    assertThat(JSON.handle(JsonContractTest.example2("aid-request.json")).body()).isInstanceOf(AidFeeJson.class);
    assertThat(JSON.handle(JsonContractTest.example2("price-request.json")).body()).isInstanceOf(ContactFeeJson.class);
  }

  @Test
  void malformedJsonIsAProblemForEveryKind() {
    for (java.util.function.Function<String, JsonContract.Outcome> h : java.util.List.<java.util.function.Function<String, JsonContract.Outcome>>of(
        JSON::handleInpatient, JSON::handleCertificate, JSON::handleCopies, JSON::handleAid)) {
      Problem p = problem(h.apply("{\"copies\": "), 400);
      assertThat(p.type()).isEqualTo("/problems/malformed-json");
      assertThat(problem(h.apply("[]"), 400).kind()).isEqualTo("wrong-type");
    }
  }
}
