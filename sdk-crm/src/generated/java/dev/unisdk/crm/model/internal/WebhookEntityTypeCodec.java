// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.WebhookEntityType;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link WebhookEntityType}; not public API.
 */
public final class WebhookEntityTypeCodec {
  private WebhookEntityTypeCodec() {
  }

  /**
   * Reads a value; unknown values are kept, JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the value or null
   * @throws IOException when the value is an object or array
   */
  public static WebhookEntityType read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    String s = Codecs.readString(p, ctxt);
    return s == null ? null : WebhookEntityType.of(s);
  }

  /**
   * Writes the raw value or JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the value or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, WebhookEntityType value)
      throws IOException {
    Codecs.writeEnum(g, provider, value);
  }

  /**
   * Jackson deserializer of {@link WebhookEntityType}.
   */
  public static final class Deserializer extends StdDeserializer<WebhookEntityType> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(WebhookEntityType.class);
    }

    @Override
    public WebhookEntityType deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link WebhookEntityType}.
   */
  public static final class Serializer extends StdSerializer<WebhookEntityType> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(WebhookEntityType.class);
    }

    @Override
    public void serialize(WebhookEntityType value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
