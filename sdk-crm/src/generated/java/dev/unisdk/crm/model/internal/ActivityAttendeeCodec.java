// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.ActivityAttendee;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ActivityAttendee}; not public API.
 */
public final class ActivityAttendeeCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_NAME = new SerializedString("name");

  private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

  private static final SerializedString F_MIDDLE_NAME = new SerializedString("middle_name");

  private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

  private static final SerializedString F_PREFIX = new SerializedString("prefix");

  private static final SerializedString F_SUFFIX = new SerializedString("suffix");

  private static final SerializedString F_EMAIL_ADDRESS = new SerializedString("email_address");

  private static final SerializedString F_IS_ORGANIZER = new SerializedString("is_organizer");

  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_USER_ID = new SerializedString("user_id");

  private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private ActivityAttendeeCodec() {
  }

  /**
   * Reads one {@link ActivityAttendee} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ActivityAttendee read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ActivityAttendee.class);
    ActivityAttendee.Builder b = ActivityAttendee.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          case "first_name":
            b.firstName(Codecs.readString(p, ctxt));
            break;
          case "middle_name":
            b.middleName(Codecs.readString(p, ctxt));
            break;
          case "last_name":
            b.lastName(Codecs.readString(p, ctxt));
            break;
          case "prefix":
            b.prefix(Codecs.readString(p, ctxt));
            break;
          case "suffix":
            b.suffix(Codecs.readString(p, ctxt));
            break;
          case "email_address":
            b.emailAddress(Codecs.readString(p, ctxt));
            break;
          case "is_organizer":
            b.isOrganizer(Codecs.readBoolean(p, ctxt));
            break;
          case "status":
            b.status(ActivityAttendeeStatusCodec.read(p, ctxt));
            break;
          case "user_id":
            b.userId(Codecs.readString(p, ctxt));
            break;
          case "contact_id":
            b.contactId(Codecs.readString(p, ctxt));
            break;
          case "updated_at":
            b.updatedAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "created_at":
            b.createdAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ActivityAttendee.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ActivityAttendee}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, ActivityAttendee value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    boolean requestBody = Json.isRequestBody(provider);
    g.writeStartObject();
    if (!requestBody && !value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    if (!value.firstNameField().isMissing()) {
      g.writeFieldName(F_FIRST_NAME);
      Codecs.writeString(g, provider, value.firstNameField().value());
    }
    if (!value.middleNameField().isMissing()) {
      g.writeFieldName(F_MIDDLE_NAME);
      Codecs.writeString(g, provider, value.middleNameField().value());
    }
    if (!value.lastNameField().isMissing()) {
      g.writeFieldName(F_LAST_NAME);
      Codecs.writeString(g, provider, value.lastNameField().value());
    }
    if (!value.prefixField().isMissing()) {
      g.writeFieldName(F_PREFIX);
      Codecs.writeString(g, provider, value.prefixField().value());
    }
    if (!value.suffixField().isMissing()) {
      g.writeFieldName(F_SUFFIX);
      Codecs.writeString(g, provider, value.suffixField().value());
    }
    if (!value.emailAddressField().isMissing()) {
      g.writeFieldName(F_EMAIL_ADDRESS);
      Codecs.writeString(g, provider, value.emailAddressField().value());
    }
    if (!value.isOrganizerField().isMissing()) {
      g.writeFieldName(F_IS_ORGANIZER);
      Codecs.writeBoolean(g, provider, value.isOrganizerField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      ActivityAttendeeStatusCodec.write(g, provider, value.statusField().value());
    }
    if (!requestBody && !value.userIdField().isMissing()) {
      g.writeFieldName(F_USER_ID);
      Codecs.writeString(g, provider, value.userIdField().value());
    }
    if (!requestBody && !value.contactIdField().isMissing()) {
      g.writeFieldName(F_CONTACT_ID);
      Codecs.writeString(g, provider, value.contactIdField().value());
    }
    if (!requestBody && !value.updatedAtField().isMissing()) {
      g.writeFieldName(F_UPDATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.updatedAtField().value());
    }
    if (!requestBody && !value.createdAtField().isMissing()) {
      g.writeFieldName(F_CREATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.createdAtField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ActivityAttendee}.
   */
  public static final class Deserializer extends StdDeserializer<ActivityAttendee> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ActivityAttendee.class);
    }

    @Override
    public ActivityAttendee deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ActivityAttendee}.
   */
  public static final class Serializer extends StdSerializer<ActivityAttendee> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ActivityAttendee.class);
    }

    @Override
    public void serialize(ActivityAttendee value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
