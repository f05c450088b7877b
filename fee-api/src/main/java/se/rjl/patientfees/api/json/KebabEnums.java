package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Enum values in JSON as in the scenario and rulebook files: lower case with hyphens ({@code
 * PRIMARY_CARE ↔ "primary-care"}). Reading is strict: only the kebab-case spelling, with the
 * allowed values and a "did you mean" in the error.
 */
final class KebabEnums extends SimpleModule {
  private static final long serialVersionUID = 1L;

  KebabEnums() {
    super("kebab-case-enums");
    setSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType, BeanDescription beanDesc,
          JsonSerializer<?> serializer) {
        return new Writer();
      }
    });
    setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription beanDesc,
          JsonDeserializer<?> deserializer) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        JsonDeserializer<?> d = new Reader(type.getRawClass());
        return d;
      }
    });
  }

  /** {@code PRIMARY_CARE → primary-care}. */
  static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kebab-case values of an enum type, in declaration order. */
  static List<String> values(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> kebab((Enum<?>) c)).toList();
  }

  private static final class Writer extends JsonSerializer<Enum<?>> {
    @Override
    public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(kebab(value));
    }
  }

  private static final class Reader extends JsonDeserializer<Object> {
    private final Class<?> type;

    Reader(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<String> allowed = values(type);
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String s = p.getText();
        for (Object c : type.getEnumConstants()) {
          if (kebab((Enum<?>) c).equals(s)) {
            return c;
          }
        }
        throw new ContractFormatException(p, "'" + s + "' is not one of " + String.join(", ", allowed)
            + Suggest.didYouMean(s.toLowerCase(Locale.ROOT).replace('_', '-'), allowed), s, type);
      }
      String seen = p.currentToken() != null && p.currentToken().isScalarValue() ? p.getText() : String.valueOf(p.currentToken());
      throw new ContractFormatException(p, "must be one of " + String.join(", ", allowed) + " (a string), not " + seen, seen, type);
    }
  }
}
