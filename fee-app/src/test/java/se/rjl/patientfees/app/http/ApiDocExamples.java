package se.rjl.patientfees.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.json.JsonContract;

/**
 * Not a test: prints the request/response examples of docs/api.md by sending them to a real server
 * on loopback, so that the documented responses are what the code answers.
 *
 * <pre>
 * java -cp "fee-app/target/classes:fee-app/target/test-classes:$(cat /tmp/cp.txt)" \
 *     se.rjl.patientfees.app.http.ApiDocExamples &gt; /tmp/examples.md
 * </pre>
 */
public final class ApiDocExamples {
  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");
  private static HttpClient client;
  private static String base;

  private ApiDocExamples() {}

  public static void main(String[] args) throws Exception {
    MONETA.setLevel(Level.WARNING);
    try (FeeServer server = FeeServer.start(PatientFees.bundled(), FeeServer.Settings.defaults().withPort(0).withMaxBodyBytes(1 << 20))) {
      client = HttpClient.newHttpClient();
      base = "http://127.0.0.1:" + server.port();
      section("Price one contact", "POST", "/v1/price", example("price-request.json"));
      section("Price one contact: a vaccination, patient given by personnummer", "POST", "/v1/price",
          example("price-request-vaccination.json"));
      section("Price a batch through the cap ledger (a receipt from elsewhere in the cap state; frikort is reached)", "POST",
          "/v1/price/batch", example("batch-request.json"));
      section("Price a hospital stay: 12 days", "POST", "/v1/inpatient", example("inpatient-request.json"));
      section("Price a certificate: tariff A", "POST", "/v1/certificate", example("certificate-request.json"));
      section("Price copies of the record: 15 pages", "POST", "/v1/copies", example("copies-request.json"));
      section("Price an aid through the aids cap: CPAP for two months", "POST", "/v1/aids", example("aid-request.json"));
      section("The loaded rulebooks", "GET", "/v1/rulebooks", null);
      section("Health", "GET", "/health", null);
      String req = example("price-request.json");
      section("Error: unknown field (400)", "POST", "/v1/price", req.replace("\"profession\": \"doctor\"", "\"profession\": \"doctor\",\n    \"colour\": \"blue\""));
      section("Error: malformed JSON (400)", "POST", "/v1/price", "{\"patient\": {\"birthDate\": \"1980-05-01\",");
      section("Error: a value of the wrong kind (400)", "POST", "/v1/price",
          "{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county\"},\n \"contact\": {\"at\": \"2026-03-10T10:00\", \"careUnit\": \"primary-care\", \"kind\": \"physical-visit\"}}");
      section("Error: missing fields (400, every one named)", "POST", "/v1/price",
          "{\"patient\": {\"residence\": \"county-resident\"},\n \"contact\": {\"careUnit\": \"primary-care\", \"referral\": {\"firstVisit\": true}}}");
      section("Error: an amount as a JSON number (400)", "POST", "/v1/price", example("price-request-vaccination.json").replace("\"312.50\"", "312.5"));
      section("Error: invalid input the engine refuses (422)", "POST", "/v1/price", req.replace("2026-03-10T10:00", "2027-03-10T10:00"));
      section("Error: a stay the engine refuses (422)", "POST", "/v1/inpatient",
          example("inpatient-request.json").replace("\"dischargeDate\": \"2026-03-14\"", "\"dischargeDate\": \"2026-02-14\""));
      section("Error: an unknown field in a copies request (400)", "POST", "/v1/copies",
          example("copies-request.json").replace("\"pages\": 15", "\"pages\": 15, \"colour\": true"));
      section("Error: missing fields in an aid request (400)", "POST", "/v1/aids",
          "{\"patient\": {\"birthDate\": \"1960-01-01\"}, \"aid\": {\"months\": 2}}");
      section("Error: a body over the limit (413)", "POST", "/v1/price", "{\"patient\": \"" + "x".repeat((1 << 20) + 1) + "\"}");
      section("Error: wrong method (405)", "GET", "/v1/price", null);
      section("Error: unknown path (404)", "GET", "/v1/prices", null);
    }
  }

  private static String example(String name) throws Exception {
    try (InputStream in = ApiDocExamples.class.getResourceAsStream("/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private static void section(String title, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (body != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    System.out.println("### " + title);
    System.out.println();
    System.out.println("```http");
    System.out.println(method + " " + path + " HTTP/1.1");
    if (body != null) {
      System.out.println("Content-Type: application/json");
      System.out.println();
      System.out.println(body.length() > 2000 ? body.substring(0, 60) + "… (" + body.length() + " bytes)" : body);
    }
    System.out.println("```");
    System.out.println();
    System.out.println("```http");
    System.out.println("HTTP/1.1 " + r.statusCode());
    System.out.println("Content-Type: " + r.headers().firstValue("Content-Type").orElse(""));
    r.headers().firstValue("Allow").ifPresent(a -> System.out.println("Allow: " + a));
    System.out.println();
    JsonNode json = JsonContract.mapper().readTree(r.body());
    System.out.println(JsonContract.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    System.out.println("```");
    System.out.println();
  }
}
