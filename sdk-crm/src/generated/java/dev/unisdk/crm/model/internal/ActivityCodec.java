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
import dev.unisdk.crm.model.Activity;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Activity}; not public API.
 */
public final class ActivityCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_DOWNSTREAM_ID = new SerializedString("downstream_id");

  private static final SerializedString F_ACTIVITY_DATETIME = new SerializedString("activity_datetime");

  private static final SerializedString F_DURATION_SECONDS = new SerializedString("duration_seconds");

  private static final SerializedString F_USER_ID = new SerializedString("user_id");

  private static final SerializedString F_ACCOUNT_ID = new SerializedString("account_id");

  private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

  private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

  private static final SerializedString F_OPPORTUNITY_ID = new SerializedString("opportunity_id");

  private static final SerializedString F_LEAD_ID = new SerializedString("lead_id");

  private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

  private static final SerializedString F_CAMPAIGN_ID = new SerializedString("campaign_id");

  private static final SerializedString F_CASE_ID = new SerializedString("case_id");

  private static final SerializedString F_ASSET_ID = new SerializedString("asset_id");

  private static final SerializedString F_CONTRACT_ID = new SerializedString("contract_id");

  private static final SerializedString F_PRODUCT_ID = new SerializedString("product_id");

  private static final SerializedString F_SOLUTION_ID = new SerializedString("solution_id");

  private static final SerializedString F_CUSTOM_OBJECT_ID = new SerializedString("custom_object_id");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private static final SerializedString F_TITLE = new SerializedString("title");

  private static final SerializedString F_DESCRIPTION = new SerializedString("description");

  private static final SerializedString F_NOTE = new SerializedString("note");

  private static final SerializedString F_LOCATION = new SerializedString("location");

  private static final SerializedString F_LOCATION_ADDRESS = new SerializedString("location_address");

  private static final SerializedString F_ALL_DAY_EVENT = new SerializedString("all_day_event");

  private static final SerializedString F_PRIVATE_VALUE = new SerializedString("private");

  private static final SerializedString F_GROUP_EVENT = new SerializedString("group_event");

  private static final SerializedString F_EVENT_SUB_TYPE = new SerializedString("event_sub_type");

  private static final SerializedString F_GROUP_EVENT_TYPE = new SerializedString("group_event_type");

  private static final SerializedString F_CHILD = new SerializedString("child");

  private static final SerializedString F_ARCHIVED = new SerializedString("archived");

  private static final SerializedString F_DELETED = new SerializedString("deleted");

  private static final SerializedString F_SHOW_AS = new SerializedString("show_as");

  private static final SerializedString F_DONE = new SerializedString("done");

  private static final SerializedString F_START_DATETIME = new SerializedString("start_datetime");

  private static final SerializedString F_END_DATETIME = new SerializedString("end_datetime");

  private static final SerializedString F_DURATION_MINUTES = new SerializedString("duration_minutes");

  private static final SerializedString F_ACTIVITY_DATE = new SerializedString("activity_date");

  private static final SerializedString F_END_DATE = new SerializedString("end_date");

  private static final SerializedString F_RECURRENT = new SerializedString("recurrent");

  private static final SerializedString F_REMINDER_DATETIME = new SerializedString("reminder_datetime");

  private static final SerializedString F_REMINDER_SET = new SerializedString("reminder_set");

  private static final SerializedString F_VIDEO_CONFERENCE_URL = new SerializedString("video_conference_url");

  private static final SerializedString F_VIDEO_CONFERENCE_ID = new SerializedString("video_conference_id");

  private static final SerializedString F_CUSTOM_FIELDS = new SerializedString("custom_fields");

  private static final SerializedString F_ATTENDEES = new SerializedString("attendees");

  private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

  private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

  private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private ActivityCodec() {
  }

  /**
   * Reads one {@link Activity} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Activity read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Activity.class);
    Activity.Builder b = Activity.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "downstream_id":
            b.downstreamId(Codecs.readString(p, ctxt));
            break;
          case "activity_datetime":
            b.activityDatetime(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "duration_seconds":
            b.durationSeconds(Codecs.readLong(p, ctxt));
            break;
          case "user_id":
            b.userId(Codecs.readString(p, ctxt));
            break;
          case "account_id":
            b.accountId(Codecs.readString(p, ctxt));
            break;
          case "contact_id":
            b.contactId(Codecs.readString(p, ctxt));
            break;
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "opportunity_id":
            b.opportunityId(Codecs.readString(p, ctxt));
            break;
          case "lead_id":
            b.leadId(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "campaign_id":
            b.campaignId(Codecs.readString(p, ctxt));
            break;
          case "case_id":
            b.caseId(Codecs.readString(p, ctxt));
            break;
          case "asset_id":
            b.assetId(Codecs.readString(p, ctxt));
            break;
          case "contract_id":
            b.contractId(Codecs.readString(p, ctxt));
            break;
          case "product_id":
            b.productId(Codecs.readString(p, ctxt));
            break;
          case "solution_id":
            b.solutionId(Codecs.readString(p, ctxt));
            break;
          case "custom_object_id":
            b.customObjectId(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(ActivityTypeCodec.read(p, ctxt));
            break;
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "note":
            b.note(Codecs.readString(p, ctxt));
            break;
          case "location":
            b.location(Codecs.readString(p, ctxt));
            break;
          case "location_address":
            b.locationAddress(AddressCodec.read(p, ctxt));
            break;
          case "all_day_event":
            b.allDayEvent(Codecs.readBoolean(p, ctxt));
            break;
          case "private":
            b.privateValue(Codecs.readBoolean(p, ctxt));
            break;
          case "group_event":
            b.groupEvent(Codecs.readBoolean(p, ctxt));
            break;
          case "event_sub_type":
            b.eventSubType(Codecs.readString(p, ctxt));
            break;
          case "group_event_type":
            b.groupEventType(Codecs.readString(p, ctxt));
            break;
          case "child":
            b.child(Codecs.readBoolean(p, ctxt));
            break;
          case "archived":
            b.archived(Codecs.readBoolean(p, ctxt));
            break;
          case "deleted":
            b.deleted(Codecs.readBoolean(p, ctxt));
            break;
          case "show_as":
            b.showAs(ActivityShowAsCodec.read(p, ctxt));
            break;
          case "done":
            b.done(Codecs.readBoolean(p, ctxt));
            break;
          case "start_datetime":
            b.startDatetime(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "end_datetime":
            b.endDatetime(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "duration_minutes":
            b.durationMinutes(Codecs.readLong(p, ctxt));
            break;
          case "activity_date":
            b.activityDate(Codecs.readLocalDate(p, ctxt));
            break;
          case "end_date":
            b.endDate(Codecs.readLocalDate(p, ctxt));
            break;
          case "recurrent":
            b.recurrent(Codecs.readBoolean(p, ctxt));
            break;
          case "reminder_datetime":
            b.reminderDatetime(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "reminder_set":
            b.reminderSet(Codecs.readBoolean(p, ctxt));
            break;
          case "video_conference_url":
            b.videoConferenceUrl(Codecs.readString(p, ctxt));
            break;
          case "video_conference_id":
            b.videoConferenceId(Codecs.readString(p, ctxt));
            break;
          case "custom_fields":
            b.customFields(Codecs.readList(p, ctxt, CustomFieldCodec::read));
            break;
          case "attendees":
            b.attendees(Codecs.readList(p, ctxt, ActivityAttendeeCodec::read));
            break;
          case "custom_mappings":
            b.customMappings(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
            break;
          case "updated_by":
            b.updatedBy(Codecs.readString(p, ctxt));
            break;
          case "created_by":
            b.createdBy(Codecs.readString(p, ctxt));
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
      throw Codecs.withField(e, Activity.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Activity}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Activity value) throws
      IOException {
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
    if (!requestBody && !value.downstreamIdField().isMissing()) {
      g.writeFieldName(F_DOWNSTREAM_ID);
      Codecs.writeString(g, provider, value.downstreamIdField().value());
    }
    if (!value.activityDatetimeField().isMissing()) {
      g.writeFieldName(F_ACTIVITY_DATETIME);
      Codecs.writeOffsetDateTime(g, provider, value.activityDatetimeField().value());
    }
    if (!value.durationSecondsField().isMissing()) {
      g.writeFieldName(F_DURATION_SECONDS);
      Codecs.writeLong(g, provider, value.durationSecondsField().value());
    }
    if (!value.userIdField().isMissing()) {
      g.writeFieldName(F_USER_ID);
      Codecs.writeString(g, provider, value.userIdField().value());
    }
    if (!value.accountIdField().isMissing()) {
      g.writeFieldName(F_ACCOUNT_ID);
      Codecs.writeString(g, provider, value.accountIdField().value());
    }
    if (!value.contactIdField().isMissing()) {
      g.writeFieldName(F_CONTACT_ID);
      Codecs.writeString(g, provider, value.contactIdField().value());
    }
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.opportunityIdField().isMissing()) {
      g.writeFieldName(F_OPPORTUNITY_ID);
      Codecs.writeString(g, provider, value.opportunityIdField().value());
    }
    if (!value.leadIdField().isMissing()) {
      g.writeFieldName(F_LEAD_ID);
      Codecs.writeString(g, provider, value.leadIdField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.campaignIdField().isMissing()) {
      g.writeFieldName(F_CAMPAIGN_ID);
      Codecs.writeString(g, provider, value.campaignIdField().value());
    }
    if (!value.caseIdField().isMissing()) {
      g.writeFieldName(F_CASE_ID);
      Codecs.writeString(g, provider, value.caseIdField().value());
    }
    if (!value.assetIdField().isMissing()) {
      g.writeFieldName(F_ASSET_ID);
      Codecs.writeString(g, provider, value.assetIdField().value());
    }
    if (!value.contractIdField().isMissing()) {
      g.writeFieldName(F_CONTRACT_ID);
      Codecs.writeString(g, provider, value.contractIdField().value());
    }
    if (!value.productIdField().isMissing()) {
      g.writeFieldName(F_PRODUCT_ID);
      Codecs.writeString(g, provider, value.productIdField().value());
    }
    if (!value.solutionIdField().isMissing()) {
      g.writeFieldName(F_SOLUTION_ID);
      Codecs.writeString(g, provider, value.solutionIdField().value());
    }
    if (!value.customObjectIdField().isMissing()) {
      g.writeFieldName(F_CUSTOM_OBJECT_ID);
      Codecs.writeString(g, provider, value.customObjectIdField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      ActivityTypeCodec.write(g, provider, value.typeField().value());
    }
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.noteField().isMissing()) {
      g.writeFieldName(F_NOTE);
      Codecs.writeString(g, provider, value.noteField().value());
    }
    if (!value.locationField().isMissing()) {
      g.writeFieldName(F_LOCATION);
      Codecs.writeString(g, provider, value.locationField().value());
    }
    if (!value.locationAddressField().isMissing()) {
      g.writeFieldName(F_LOCATION_ADDRESS);
      AddressCodec.write(g, provider, value.locationAddressField().value());
    }
    if (!value.allDayEventField().isMissing()) {
      g.writeFieldName(F_ALL_DAY_EVENT);
      Codecs.writeBoolean(g, provider, value.allDayEventField().value());
    }
    if (!value.privateValueField().isMissing()) {
      g.writeFieldName(F_PRIVATE_VALUE);
      Codecs.writeBoolean(g, provider, value.privateValueField().value());
    }
    if (!value.groupEventField().isMissing()) {
      g.writeFieldName(F_GROUP_EVENT);
      Codecs.writeBoolean(g, provider, value.groupEventField().value());
    }
    if (!value.eventSubTypeField().isMissing()) {
      g.writeFieldName(F_EVENT_SUB_TYPE);
      Codecs.writeString(g, provider, value.eventSubTypeField().value());
    }
    if (!value.groupEventTypeField().isMissing()) {
      g.writeFieldName(F_GROUP_EVENT_TYPE);
      Codecs.writeString(g, provider, value.groupEventTypeField().value());
    }
    if (!value.childField().isMissing()) {
      g.writeFieldName(F_CHILD);
      Codecs.writeBoolean(g, provider, value.childField().value());
    }
    if (!value.archivedField().isMissing()) {
      g.writeFieldName(F_ARCHIVED);
      Codecs.writeBoolean(g, provider, value.archivedField().value());
    }
    if (!value.deletedField().isMissing()) {
      g.writeFieldName(F_DELETED);
      Codecs.writeBoolean(g, provider, value.deletedField().value());
    }
    if (!value.showAsField().isMissing()) {
      g.writeFieldName(F_SHOW_AS);
      ActivityShowAsCodec.write(g, provider, value.showAsField().value());
    }
    if (!value.doneField().isMissing()) {
      g.writeFieldName(F_DONE);
      Codecs.writeBoolean(g, provider, value.doneField().value());
    }
    if (!value.startDatetimeField().isMissing()) {
      g.writeFieldName(F_START_DATETIME);
      Codecs.writeOffsetDateTime(g, provider, value.startDatetimeField().value());
    }
    if (!value.endDatetimeField().isMissing()) {
      g.writeFieldName(F_END_DATETIME);
      Codecs.writeOffsetDateTime(g, provider, value.endDatetimeField().value());
    }
    if (!requestBody && !value.durationMinutesField().isMissing()) {
      g.writeFieldName(F_DURATION_MINUTES);
      Codecs.writeLong(g, provider, value.durationMinutesField().value());
    }
    if (!value.activityDateField().isMissing()) {
      g.writeFieldName(F_ACTIVITY_DATE);
      Codecs.writeLocalDate(g, provider, value.activityDateField().value());
    }
    if (!value.endDateField().isMissing()) {
      g.writeFieldName(F_END_DATE);
      Codecs.writeLocalDate(g, provider, value.endDateField().value());
    }
    if (!value.recurrentField().isMissing()) {
      g.writeFieldName(F_RECURRENT);
      Codecs.writeBoolean(g, provider, value.recurrentField().value());
    }
    if (!value.reminderDatetimeField().isMissing()) {
      g.writeFieldName(F_REMINDER_DATETIME);
      Codecs.writeOffsetDateTime(g, provider, value.reminderDatetimeField().value());
    }
    if (!value.reminderSetField().isMissing()) {
      g.writeFieldName(F_REMINDER_SET);
      Codecs.writeBoolean(g, provider, value.reminderSetField().value());
    }
    if (!value.videoConferenceUrlField().isMissing()) {
      g.writeFieldName(F_VIDEO_CONFERENCE_URL);
      Codecs.writeString(g, provider, value.videoConferenceUrlField().value());
    }
    if (!value.videoConferenceIdField().isMissing()) {
      g.writeFieldName(F_VIDEO_CONFERENCE_ID);
      Codecs.writeString(g, provider, value.videoConferenceIdField().value());
    }
    if (!value.customFieldsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_FIELDS);
      Codecs.writeList(g, provider, value.customFieldsField().value(), CustomFieldCodec::write);
    }
    if (!value.attendeesField().isMissing()) {
      g.writeFieldName(F_ATTENDEES);
      Codecs.writeList(g, provider, value.attendeesField().value(), ActivityAttendeeCodec::write);
    }
    if (!requestBody && !value.customMappingsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_MAPPINGS);
      Codecs.writeMap(g, provider, value.customMappingsField().value(), Codecs::writeJsonValue);
    }
    if (!requestBody && !value.updatedByField().isMissing()) {
      g.writeFieldName(F_UPDATED_BY);
      Codecs.writeString(g, provider, value.updatedByField().value());
    }
    if (!requestBody && !value.createdByField().isMissing()) {
      g.writeFieldName(F_CREATED_BY);
      Codecs.writeString(g, provider, value.createdByField().value());
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
   * Jackson deserializer of {@link Activity}.
   */
  public static final class Deserializer extends StdDeserializer<Activity> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Activity.class);
    }

    @Override
    public Activity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Activity}.
   */
  public static final class Serializer extends StdSerializer<Activity> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Activity.class);
    }

    @Override
    public void serialize(Activity value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
