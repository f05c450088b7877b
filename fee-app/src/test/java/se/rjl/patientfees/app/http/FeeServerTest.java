package se.rjl.patientfees.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.json.JsonContract;

/** End to end: a real server on a free loopback port, every endpoint and every error class. */
class FeeServerTest {
  static final int MAX_BODY = 64 * 1024;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  static FeeServer server;
  static HttpClient client;
  /** Every exchange below is checked against the served OpenAPI document (issue 13). */
  static OpenApiTraffic traffic;

  @BeforeAll
  static void start() throws Exception {
    server = FeeServer.start(PatientFees.bundled(),
        FeeServer.Settings.defaults().withPort(0).withMaxBodyBytes(MAX_BODY).withDrainTimeout(Duration.ofSeconds(5)),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), false);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> doc = client.send(HttpRequest.newBuilder(uri("/openapi.json")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(doc.statusCode()).isEqualTo(200);
    traffic = new OpenApiTraffic(doc.body());
  }

  static HttpResponse<String> checked(HttpRequest req, String body) throws Exception {
    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    traffic.check(req.method(), req.uri().getPath(), body, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
    return r;
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return checked(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), body);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return checked(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build(), null);
  }

  static HttpResponse<String> head(String path) throws Exception {
    return checked(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build(), null);
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JsonContract.mapper().readTree(r.body());
  }

  static void assertProblem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).isNotBlank();
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception", "\tat ", "com.fasterxml", "java.");
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(server.port()).isPositive();
  }

  @Test
  void health() throws Exception {
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("status").asText()).isEqualTo("ok");
    assertThat(json(r).get("rulebooks").toString()).contains("rjl-2026");
  }

  @Test
  void rulebooks() throws Exception {
    HttpResponse<String> r = get("/v1/rulebooks");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode book = json(r).get("rulebooks").get(0);
    assertThat(book.get("id").asText()).isEqualTo("rjl-2026");
    assertThat(book.get("validFrom").asText()).isEqualTo("2026-01-01");
    assertThat(book.get("validTo").asText()).isEqualTo("2026-12-31");
    // Each file of the book with its SHA-256, so that an operator can tell which files are served.
    assertThat(book.get("sha256").get("2026.yaml").asText()).matches("[0-9a-f]{64}");
    assertThat(book.get("sha256").get("2026/fee-codes.yaml").asText()).matches("[0-9a-f]{64}");
  }

  @Test
  void aReloadedSetIsServedFromTheNextRequestOn() throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of("").toAbsolutePath().getParent();
    PatientFees before = server.fees();
    try {
      server.reload(PatientFees.fromFile(root.resolve("rulebooks/2026.yaml"),
          root.resolve("scenarios-cross-year/rulebook-2027-test/2027.yaml")));
      JsonNode books = json(get("/v1/rulebooks")).get("rulebooks");
      assertThat(books).hasSize(2);
      assertThat(books.get(1).get("id").asText()).isEqualTo("rjl-2027");
    } finally {
      server.reload(before);
    }
    assertThat(json(get("/v1/rulebooks")).get("rulebooks")).hasSize(1);
  }

  @Test
  void priceOneContact() throws Exception {
    HttpResponse<String> r = post("/v1/price", Fixtures.PRICE_REQUEST);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode f = json(r);
    assertThat(f.at("/pay/amount").asText()).isEqualTo("250.00");
    assertThat(f.at("/pay/currency").asText()).isEqualTo("SEK");
    assertThat(f.at("/feeCode/code").asText()).isEqualTo("100");
    assertThat(f.at("/feeCode/product").asText()).isEqualTo("Läkarbesök, primärvård");
    assertThat(f.at("/feeCode/source").asText()).isEqualTo("L3353–L3364");
    assertThat(f.get("explanation").size()).isPositive();
  }

  @Test
  void priceABatchThroughTheLedger() throws Exception {
    HttpResponse<String> r = post("/v1/price/batch", Fixtures.batchOfDoctorVisits(7));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode b = json(r);
    assertThat(b.get("contacts").size()).isEqualTo(7);
    assertThat(b.at("/contacts/5/pay/amount").asText()).isEqualTo("200.00");
    assertThat(b.at("/contacts/6/pay/amount").asText()).isEqualTo("0.00");
    assertThat(b.at("/contacts/6/frikortApplied").asBoolean()).isTrue();
    assertThat(b.at("/contacts/6/cap/frikortFrom").asText()).isEqualTo("2026-02-09");
    assertThat(b.at("/totalPay/amount").asText()).isEqualTo("1450.00");
    // The frikort contact is kept at 0 kr counted (decision E81) and registered with 0 kr (L3338–L3339).
    assertThat(b.at("/capState/entries").size()).isEqualTo(7);
    assertThat(b.at("/contacts/6/register/transactions/0/amount/amount").asText()).isEqualTo("0.00");
  }

  static final String ADULT = "{\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\"}";

  @Test
  void inpatientTwelveDaysIs1520AndTheSameDayIs130() throws Exception {
    HttpResponse<String> r = post("/v1/inpatient",
        "{\"patient\": " + ADULT + ", \"stay\": {\"admissionDate\": \"2026-03-02\", \"dischargeDate\": \"2026-03-14\"}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode s = json(r);
    assertThat(s.at("/pay/amount").asText()).isEqualTo("1520.00"); // 10 × 130 + 2 × 110 (L4512–L4513)
    assertThat(s.at("/pay/currency").asText()).isEqualTo("SEK");
    assertThat(s.at("/paidDays").asInt()).isEqualTo(12);
    assertThat(s.at("/days/11/amount/amount").asText()).isEqualTo("110.00");
    assertThat(s.get("explanation").size()).isPositive();
    HttpResponse<String> same = post("/v1/inpatient",
        "{\"patient\": " + ADULT + ", \"stay\": {\"admissionDate\": \"2026-03-02\", \"dischargeDate\": \"2026-03-02\"}}");
    assertThat(json(same).at("/pay/amount").asText()).as(same.body()).isEqualTo("130.00"); // L4527–L4529
  }

  @Test
  void certificateTariffAIs248PlusVat62() throws Exception {
    HttpResponse<String> r = post("/v1/certificate", "{\"certificate\": {\"key\": \"tariff-a\", \"date\": \"2026-03-10\"}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode c = json(r);
    assertThat(c.at("/net/amount").asText()).isEqualTo("248.00");
    assertThat(c.at("/vat/amount").asText()).isEqualTo("62.00");
    assertThat(c.at("/gross/amount").asText()).isEqualTo("310.00");
    assertThat(c.at("/pay/amount").asText()).isEqualTo("310.00");
  }

  @Test
  void otherChargesAndTheCancelledOperationCompensation() throws Exception {
    // L4739-L4741 "provtagningstaxa 100 Kr" per extra sample (decision E53)
    HttpResponse<String> r = post("/v1/other-charges",
        "{\"charge\": {\"key\": \"driving-licence-extra-sample\", \"date\": \"2026-03-10\", \"quantity\": 2}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).at("/patientPays/amount").asText()).isEqualTo("200.00");
    assertThat(json(r).at("/direction").asText()).isEqualTo("patient-pays");
    // L4398-L4407: a Monday operation, told on the Saturday before: 1 200 kr to the patient (decision E52)
    HttpResponse<String> c = post("/v1/other-charges", "{\"patient\": " + ADULT + ", \"charge\": {\"key\": "
        + "\"cancelled-operation-compensation\", \"date\": \"2026-03-16\", \"operation\": {\"plannedStart\": "
        + "\"2026-03-16T08:00\", \"informedAt\": \"2026-03-14T10:00\"}}}");
    assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
    assertThat(json(c).at("/patientReceives/amount").asText()).isEqualTo("1200.00");
    HttpResponse<String> missing = post("/v1/other-charges",
        "{\"charge\": {\"key\": \"cancelled-operation-compensation\", \"date\": \"2026-03-16\"}}");
    assertProblem(missing, 422);
    assertThat(json(missing).get("field").asText()).isEqualTo("charge.operation");
  }

  @Test
  void fifteenCopyPagesAre60() throws Exception {
    HttpResponse<String> r = post("/v1/copies", "{\"copies\": {\"date\": \"2026-03-10\", \"pages\": 15}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).at("/pay/amount").asText()).isEqualTo("60.00"); // 50 + 5 × 2 (L4958)
    assertThat(json(r).at("/vat/amount").asText()).isEqualTo("0.00");
  }

  @Test
  void aidRowCpapIs150AMonthTowardTheAidsCap() throws Exception {
    HttpResponse<String> r = post("/v1/aids", "{\"patient\": {\"birthDate\": \"1960-01-01\", \"residence\": \"county-resident\"},"
        + " \"aid\": {\"key\": \"cpap\", \"date\": \"2026-02-01\", \"months\": 1}, \"paymentId\": \"hm-1\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = json(r);
    assertThat(a.at("/pay/amount").asText()).isEqualTo("150.00"); // L2758–L2763
    assertThat(a.at("/towardAidsCap/amount").asText()).isEqualTo("150.00");
    assertThat(a.at("/row/key").asText()).isEqualTo("cpap");
    assertThat(a.at("/aidsCap/remaining/amount").asText()).isEqualTo("1650.00");
    assertThat(a.at("/aidsCapState/entries/0/paymentId").asText()).isEqualTo("hm-1-m1");
  }

  @Test
  void theNewEndpointsAnswerMalformedBodiesUnknownFieldsAndInputErrorsWithProblems() throws Exception {
    for (String path : List.of("/v1/inpatient", "/v1/certificate", "/v1/copies", "/v1/aids")) {
      HttpResponse<String> r = post(path, "{\"copies\": {\"date\": ");
      assertProblem(r, 400);
      assertThat(json(r).get("type").asText()).as(path).isEqualTo("/problems/malformed-json");
      assertProblem(get(path), 405);
    }
    HttpResponse<String> unknown = post("/v1/copies", "{\"copies\": {\"date\": \"2026-03-10\", \"pages\": 15, \"colour\": \"red\"}}");
    assertProblem(unknown, 400);
    assertThat(json(unknown).get("type").asText()).isEqualTo("/problems/unknown-field");
    assertThat(json(unknown).get("field").asText()).isEqualTo("copies.colour");
    HttpResponse<String> invalid = post("/v1/certificate", "{\"certificate\": {\"key\": \"tariff-q\", \"date\": \"2026-03-10\"}}");
    assertProblem(invalid, 422);
    assertThat(json(invalid).get("field").asText()).isEqualTo("certificate.key");
    HttpResponse<String> stay = post("/v1/inpatient",
        "{\"patient\": " + ADULT + ", \"stay\": {\"admissionDate\": \"2026-12-20\", \"dischargeDate\": \"2027-01-05\"}}");
    assertProblem(stay, 422);
    assertThat(json(stay).get("kind").asText()).isEqualTo("outside-validity");
    String big = "{\"copies\": {\"date\": \"2026-03-10\", \"recipient\": \"" + "a".repeat(MAX_BODY) + "\"}}";
    assertProblem(post("/v1/aids", big), 413);
  }

  @Test
  void malformedJsonIs400() throws Exception {
    HttpResponse<String> r = post("/v1/price", "{\"patient\": {\"birthDate\": ");
    assertProblem(r, 400);
    assertThat(json(r).get("type").asText()).isEqualTo("/problems/malformed-json");
  }

  @Test
  void unknownFieldIs400NamingIt() throws Exception {
    HttpResponse<String> r = post("/v1/price", Fixtures.PRICE_REQUEST.replace("\"residence\"", "\"shoeSize\": 44, \"residence\""));
    assertProblem(r, 400);
    assertThat(json(r).get("field").asText()).isEqualTo("patient.shoeSize");
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("patient.shoeSize");
  }

  @Test
  void invalidInputIs422NamingTheField() throws Exception {
    HttpResponse<String> r = post("/v1/price", Fixtures.PRICE_REQUEST.replace("2026-03-10T10:00", "2031-03-10T10:00"));
    assertProblem(r, 422);
    assertThat(json(r).get("field").asText()).isEqualTo("contact.at");
    assertThat(json(r).get("kind").asText()).isEqualTo("outside-validity");
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    String big = "{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\", \"x\": \"" + "a".repeat(MAX_BODY) + "\"}}";
    HttpResponse<String> r = post("/v1/price", big);
    assertProblem(r, 413);
    // and the server still answers afterwards
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void oversizedChunkedBodyIs413() throws Exception {
    byte[] chunk = "a".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
    List<byte[]> chunks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      chunks.add(chunk);
    }
    HttpRequest req = HttpRequest.newBuilder(uri("/v1/price")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(chunks))).build();
    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
    assertProblem(r, 413);
  }

  @Test
  void wrongMethodIs405AndUnknownPathIs404() throws Exception {
    HttpResponse<String> r = get("/v1/price");
    assertProblem(r, 405);
    assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    HttpResponse<String> p = post("/health", "{}");
    assertProblem(p, 405);
    assertThat(p.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertProblem(get("/v2/nothing"), 404);
  }

  @Test
  void nonJsonContentTypeIs415() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/v1/price")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(Fixtures.PRICE_REQUEST)).build(), HttpResponse.BodyHandlers.ofString());
    assertProblem(r, 415);
  }

  @Test
  void concurrentRequestsAllSucceed() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      all.add(client.sendAsync(HttpRequest.newBuilder(uri("/v1/price")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Fixtures.PRICE_REQUEST)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> f : all) {
      HttpResponse<String> r = f.get();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("\"amount\":\"250.00\"");
    }
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointAndTheTrafficAgreesWithIt() throws Exception {
    JsonNode doc = json(get("/openapi.json"));
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    for (String endpoint : FeeServer.endpoints()) {
      String[] mp = endpoint.split(" ");
      assertThat(doc.path("paths").path(mp[1]).has(mp[0].toLowerCase(java.util.Locale.ROOT))).as(endpoint).isTrue();
    }
    // Requests through the helpers above are checked one by one; these add one of each endpoint.
    post("/v1/price", Fixtures.PRICE_REQUEST);
    post("/v1/price/batch", Fixtures.batchOfDoctorVisits(7));
    get("/v1/rulebooks");
    get("/health");
    assertThat(traffic.checked.get()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void headIsAnsweredWhereverGetIs() throws Exception {
    for (String path : List.of("/health", "/v1/rulebooks", "/openapi.json")) {
      HttpResponse<String> h = head(path);
      assertThat(h.statusCode()).as(path).isEqualTo(200);
      assertThat(h.body()).isEmpty();
      assertThat(h.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }
    assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("WARNING", "sendResponseHeaders");
  }

  @Test
  void everyRequestGetsOneAccessLogLine() throws Exception {
    get("/health");
    post("/v1/price", "{");
    String log = ServerFaultsTest.awaitLog(LOG, "access POST /v1/price 400");
    assertThat(log).containsPattern("access GET /health 200 [0-9.]+ ms");
    assertThat(log).containsPattern("access POST /v1/price 400 [0-9.]+ ms");
  }
}
