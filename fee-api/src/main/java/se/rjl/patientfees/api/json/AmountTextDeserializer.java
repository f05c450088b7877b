package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * Reads an amount as text only: a JSON number (a binary float in most clients) is refused with a
 * message that says how to write it.
 */
final class AmountTextDeserializer extends JsonDeserializer<String> {
  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    String seen = p.currentToken() != null && p.currentToken().isScalarValue() ? p.getText() : String.valueOf(p.currentToken());
    throw new ContractFormatException(p,
        "an amount is a string of kronor with at most two decimals, e.g. \"250.00\", not " + seen, seen, String.class);
  }
}
