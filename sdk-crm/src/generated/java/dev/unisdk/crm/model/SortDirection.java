// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

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
 * The direction in which to sort the results.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = SortDirection.Codec.Serializer.class
)
@JsonDeserialize(
    using = SortDirection.Codec.Deserializer.class
)
public final class SortDirection extends OpenEnum {
  /**
   * The value <code>asc</code>.
   */
  public static final SortDirection ASC = new SortDirection("asc", true);

  /**
   * The value <code>desc</code>.
   */
  public static final SortDirection DESC = new SortDirection("desc", true);

  private static final List<SortDirection> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(ASC, DESC));

  private SortDirection(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static SortDirection of(String value) {
    switch (value) {
      case "asc": return ASC;
      case "desc": return DESC;
      default: return new SortDirection(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<SortDirection> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link SortDirection}; not public API.
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
    static SortDirection read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : SortDirection.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, SortDirection value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link SortDirection}.
     */
    public static final class Deserializer extends StdDeserializer<SortDirection> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(SortDirection.class);
      }

      @Override
      public SortDirection deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link SortDirection}.
     */
    public static final class Serializer extends StdSerializer<SortDirection> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(SortDirection.class);
      }

      @Override
      public void serialize(SortDirection value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
