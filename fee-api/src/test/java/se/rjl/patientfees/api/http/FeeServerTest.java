package se.rjl.patientfees.api.http;

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

  @BeforeAll
  static void start() throws Exception {
    server = FeeServer.start(PatientFees.bundled(),
        FeeServer.Settings.defaults().withPort(0).withMaxBodyBytes(MAX_BODY).withDrainTimeout(Duration.ofSeconds(5)),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), false);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
    assertThat(b.at("/capState/entries").size()).isEqualTo(6);
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
    assertThat(p.headers().firstValue("Allow")).hasValue("GET");
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
}
