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
 * The field on which to sort the opportunities.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = OpportunitiesSortBy.Codec.Serializer.class
)
@JsonDeserialize(
    using = OpportunitiesSortBy.Codec.Deserializer.class
)
public final class OpportunitiesSortBy extends OpenEnum {
  /**
   * The value <code>created_at</code>.
   */
  public static final OpportunitiesSortBy CREATED_AT = new OpportunitiesSortBy("created_at", true);

  /**
   * The value <code>updated_at</code>.
   */
  public static final OpportunitiesSortBy UPDATED_AT = new OpportunitiesSortBy("updated_at", true);

  /**
   * The value <code>title</code>.
   */
  public static final OpportunitiesSortBy TITLE = new OpportunitiesSortBy("title", true);

  /**
   * The value <code>win_probability</code>.
   */
  public static final OpportunitiesSortBy WIN_PROBABILITY = new OpportunitiesSortBy("win_probability", true);

  /**
   * The value <code>monetary_amount</code>.
   */
  public static final OpportunitiesSortBy MONETARY_AMOUNT = new OpportunitiesSortBy("monetary_amount", true);

  /**
   * The value <code>status</code>.
   */
  public static final OpportunitiesSortBy STATUS = new OpportunitiesSortBy("status", true);

  private static final List<OpportunitiesSortBy> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CREATED_AT, UPDATED_AT, TITLE, WIN_PROBABILITY, MONETARY_AMOUNT, STATUS));

  private OpportunitiesSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static OpportunitiesSortBy of(String value) {
    switch (value) {
      case "created_at": return CREATED_AT;
      case "updated_at": return UPDATED_AT;
      case "title": return TITLE;
      case "win_probability": return WIN_PROBABILITY;
      case "monetary_amount": return MONETARY_AMOUNT;
      case "status": return STATUS;
      default: return new OpportunitiesSortBy(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<OpportunitiesSortBy> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link OpportunitiesSortBy}; not public API.
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
    static OpportunitiesSortBy read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : OpportunitiesSortBy.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, OpportunitiesSortBy value)
        throws IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link OpportunitiesSortBy}.
     */
    public static final class Deserializer extends StdDeserializer<OpportunitiesSortBy> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(OpportunitiesSortBy.class);
      }

      @Override
      public OpportunitiesSortBy deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link OpportunitiesSortBy}.
     */
    public static final class Serializer extends StdSerializer<OpportunitiesSortBy> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(OpportunitiesSortBy.class);
      }

      @Override
      public void serialize(OpportunitiesSortBy value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
