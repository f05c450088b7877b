package se.rjl.patientfees.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import se.rjl.patientfees.api.json.JsonContract;

/**
 * The OpenAPI 3.1 description served at {@code /openapi.json}: the paths and response schemas of
 * {@code openapi-template.json} with the request schemas of the JSON contract ({@code
 * schema/price-request.schema.json}, the same file the contract's tests check) put under {@code
 * components/schemas}, so the two never drift apart. Built once; immutable.
 */
final class OpenApi {
  static final String TEMPLATE = "se/rjl/patientfees/app/http/openapi-template.json";
  static final String REQUEST_SCHEMA = "schema/price-request.schema.json";

  private OpenApi() {}

  /** The document as UTF-8 JSON. */
  static byte[] document(String version) {
    try {
      ObjectNode doc = (ObjectNode) JsonContract.mapper().readTree(resource(TEMPLATE));
      ((ObjectNode) doc.get("info")).put("version", version);
      String defs = JsonContract.mapper().writeValueAsString(JsonContract.mapper().readTree(resource(REQUEST_SCHEMA)).get("$defs"))
          .replace("\"#/$defs/", "\"#/components/schemas/");
      ObjectNode schemas = (ObjectNode) doc.get("components").get("schemas");
      for (Map.Entry<String, JsonNode> e : JsonContract.mapper().readTree(defs).properties()) {
        if (schemas.has(e.getKey())) {
          throw new IllegalStateException("the request schema's " + e.getKey() + " is also a response schema of the template");
        }
        schemas.set(e.getKey(), e.getValue());
      }
      return JsonContract.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
