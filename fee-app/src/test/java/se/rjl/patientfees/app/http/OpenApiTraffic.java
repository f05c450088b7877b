package se.rjl.patientfees.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.rjl.patientfees.api.json.JsonContract;

/**
 * Checks real requests and responses against the OpenAPI 3.1 document the server serves: the path
 * and method are described, the status is one the operation lists with the content type it names,
 * the response body validates against its schema, and a request answered 200 validates against the
 * request schema. The schemas are JSON Schema 2020-12 (OpenAPI 3.1's dialect), validated with
 * networknt json-schema-validator.
 */
final class OpenApiTraffic {
  private final JsonNode doc;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  final AtomicInteger checked = new AtomicInteger();

  OpenApiTraffic(String openApiJson) throws Exception {
    this.doc = JsonContract.mapper().readTree(openApiJson);
    assertThat(doc.get("openapi").asText()).startsWith("3.1.");
  }

  /** Asserts that one exchange agrees with the document. */
  void check(String method, String path, String requestBody, int status, String contentType, String responseBody) throws Exception {
    if (status == 404 && !doc.path("paths").has(path)) {
      // An unknown path cannot be described; its answer must still be a problem.
      assertValid(JsonContract.mapper().createObjectNode().put("$ref", "#/components/schemas/Problem"), responseBody, path + " 404");
      checked.incrementAndGet();
      return;
    }
    JsonNode op = doc.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    if (status == 405 && op.isMissingNode() && doc.path("paths").has(path)) {
      // A method the path does not have: the answer is a problem (the Allow header names the described ones).
      assertValid(JsonContract.mapper().createObjectNode().put("$ref", "#/components/schemas/Problem"), responseBody,
          method + " " + path + " 405");
      checked.incrementAndGet();
      return;
    }
    assertThat(op.isMissingNode()).as("%s %s is described", method, path).isFalse();
    JsonNode response = op.path("responses").path(Integer.toString(status));
    assertThat(response.isMissingNode()).as("%s %s lists status %d", method, path, status).isFalse();
    if (method.equals("HEAD")) {
      assertThat(responseBody).isEmpty();
      checked.incrementAndGet();
      return;
    }
    String media = contentType == null ? "" : contentType.split(";", 2)[0].trim();
    JsonNode content = response.path("content").path(media);
    assertThat(content.isMissingNode()).as("%s %s %d is described as %s", method, path, status, media).isFalse();
    assertValid(content.path("schema"), responseBody, method + " " + path + " " + status + " response");
    if (status == 200 && op.has("requestBody")) {
      assertValid(op.path("requestBody").path("content").path("application/json").path("schema"), requestBody,
          method + " " + path + " request");
    }
    checked.incrementAndGet();
  }

  private void assertValid(JsonNode schemaRef, String body, String what) throws Exception {
    Schema schema = schemas.computeIfAbsent(schemaRef.toString(), k -> {
      ObjectNode root = JsonContract.mapper().createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.setAll((ObjectNode) schemaRef.deepCopy());
      root.set("components", doc.get("components"));
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root.toString());
    });
    List<Error> errors = schema.validate(JsonContract.mapper().readTree(body));
    assertThat(errors).as("%s: %s", what, body).isEmpty();
  }
}
