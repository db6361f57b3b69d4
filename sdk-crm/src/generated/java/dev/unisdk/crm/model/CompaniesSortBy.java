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
 * The field on which to sort the companies.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = CompaniesSortBy.Codec.Serializer.class
)
@JsonDeserialize(
    using = CompaniesSortBy.Codec.Deserializer.class
)
public final class CompaniesSortBy extends OpenEnum {
  /**
   * The value <code>created_at</code>.
   */
  public static final CompaniesSortBy CREATED_AT = new CompaniesSortBy("created_at", true);

  /**
   * The value <code>updated_at</code>.
   */
  public static final CompaniesSortBy UPDATED_AT = new CompaniesSortBy("updated_at", true);

  /**
   * The value <code>name</code>.
   */
  public static final CompaniesSortBy NAME = new CompaniesSortBy("name", true);

  private static final List<CompaniesSortBy> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CREATED_AT, UPDATED_AT, NAME));

  private CompaniesSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static CompaniesSortBy of(String value) {
    switch (value) {
      case "created_at": return CREATED_AT;
      case "updated_at": return UPDATED_AT;
      case "name": return NAME;
      default: return new CompaniesSortBy(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<CompaniesSortBy> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link CompaniesSortBy}; not public API.
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
    static CompaniesSortBy read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : CompaniesSortBy.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, CompaniesSortBy value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link CompaniesSortBy}.
     */
    public static final class Deserializer extends StdDeserializer<CompaniesSortBy> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(CompaniesSortBy.class);
      }

      @Override
      public CompaniesSortBy deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link CompaniesSortBy}.
     */
    public static final class Serializer extends StdSerializer<CompaniesSortBy> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(CompaniesSortBy.class);
      }

      @Override
      public void serialize(CompaniesSortBy value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
