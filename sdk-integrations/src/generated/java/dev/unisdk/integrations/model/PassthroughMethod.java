// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * HTTP method of a passthrough call.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = PassthroughMethod.Codec.Serializer.class
)
@JsonDeserialize(
    using = PassthroughMethod.Codec.Deserializer.class
)
public final class PassthroughMethod extends OpenEnum {
  /**
   * The value <code>GET</code>.
   */
  public static final PassthroughMethod GET = new PassthroughMethod("GET", true);

  /**
   * The value <code>POST</code>.
   */
  public static final PassthroughMethod POST = new PassthroughMethod("POST", true);

  /**
   * The value <code>PUT</code>.
   */
  public static final PassthroughMethod PUT = new PassthroughMethod("PUT", true);

  /**
   * The value <code>PATCH</code>.
   */
  public static final PassthroughMethod PATCH = new PassthroughMethod("PATCH", true);

  /**
   * The value <code>DELETE</code>.
   */
  public static final PassthroughMethod DELETE = new PassthroughMethod("DELETE", true);

  private static final List<PassthroughMethod> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(GET, POST, PUT, PATCH, DELETE));

  private PassthroughMethod(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static PassthroughMethod of(String value) {
    switch (value) {
      case "GET": return GET;
      case "POST": return POST;
      case "PUT": return PUT;
      case "PATCH": return PATCH;
      case "DELETE": return DELETE;
      default: return new PassthroughMethod(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<PassthroughMethod> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link PassthroughMethod}; not public API.
   */
  static final class Codec {
    private Codec() {
    }

    /**
     * Reads a value; unknown values are kept, JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the value or null
     * @throws IOException when the value is an object or array
     */
    static PassthroughMethod read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : PassthroughMethod.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, PassthroughMethod value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link PassthroughMethod}.
     */
    public static final class Deserializer extends StdDeserializer<PassthroughMethod> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(PassthroughMethod.class);
      }

      @Override
      public PassthroughMethod deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link PassthroughMethod}.
     */
    public static final class Serializer extends StdSerializer<PassthroughMethod> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(PassthroughMethod.class);
      }

      @Override
      public void serialize(PassthroughMethod value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
