package dev.unisdk.core.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Streaming codec of {@link JsonValue}: the kind is decided by the first token, never by trying types. */
public final class JsonValueCodec {

  private JsonValueCodec() {
  }

  /**
   * Reads one value of any kind.
   *
   * @param p the parser, on the first token of the value
   * @param ctxt the context
   * @return the value (JSON null gives {@link JsonValue#nullValue()})
   * @throws IOException when the input is not JSON
   */
  public static JsonValue read(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw JsonMappingException.from(p, "no JSON value");
    }
    switch (t) {
      case VALUE_STRING:
        return JsonValue.of(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return JsonValue.of(p.getDecimalValue());
      case VALUE_TRUE:
        return JsonValue.of(Boolean.TRUE);
      case VALUE_FALSE:
        return JsonValue.of(Boolean.FALSE);
      case VALUE_NULL:
        return JsonValue.nullValue();
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(p, ctxt));
        }
        return JsonValue.ofArray(elements);
      }
      case START_OBJECT:
      case FIELD_NAME: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        JsonToken f = t == JsonToken.START_OBJECT ? p.nextToken() : t;
        for (; f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          members.put(name, read(p, ctxt));
        }
        return JsonValue.ofObject(members);
      }
      case VALUE_EMBEDDED_OBJECT:
      default:
        return (JsonValue) ctxt.handleUnexpectedToken(JsonValue.class, p);
    }
  }

  /**
   * Writes one value; {@code null} is written as JSON null.
   *
   * @param g the generator
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, JsonValue v) throws IOException {
    if (v == null) {
      g.writeNull();
      return;
    }
    switch (v.kind()) {
      case STRING:
        g.writeString(v.asString());
        break;
      case NUMBER:
        g.writeNumber(v.asNumber());
        break;
      case BOOLEAN:
        g.writeBoolean(v.asBoolean());
        break;
      case ARRAY:
        g.writeStartArray();
        for (JsonValue e : v.asArray()) {
          write(g, e);
        }
        g.writeEndArray();
        break;
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonValue> e : v.asObject().entrySet()) {
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
        break;
      default:
        g.writeNull();
    }
  }

  /** Jackson deserializer delegating to {@link #read}. */
  public static final class Deserializer extends StdDeserializer<JsonValue> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer (Jackson instantiates it). */
    public Deserializer() {
      super(JsonValue.class);
    }

    @Override
    public JsonValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }

    @Override
    public JsonValue getNullValue(DeserializationContext ctxt) {
      return JsonValue.nullValue();
    }
  }

  /** Jackson serializer delegating to {@link #write}. */
  public static final class Serializer extends StdSerializer<JsonValue> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer (Jackson instantiates it). */
    public Serializer() {
      super(JsonValue.class);
    }

    @Override
    public void serialize(JsonValue value, JsonGenerator g, SerializerProvider provider) throws IOException {
      write(g, value);
    }
  }
}
