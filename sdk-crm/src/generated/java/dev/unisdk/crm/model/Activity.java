// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CRM activity (call, meeting, email, note).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Activity.Codec.Serializer.class
)
@JsonDeserialize(
    using = Activity.Codec.Deserializer.class
)
public final class Activity {
  private final String id;

  private final String downstreamId;

  private final OffsetDateTime activityDatetime;

  private final Long durationSeconds;

  private final String userId;

  private final String accountId;

  private final String contactId;

  private final String companyId;

  private final String opportunityId;

  private final String leadId;

  private final String ownerId;

  private final String campaignId;

  private final String caseId;

  private final String assetId;

  private final String contractId;

  private final String productId;

  private final String solutionId;

  private final String customObjectId;

  private final ActivityType type;

  private final String title;

  private final String description;

  private final String note;

  private final String location;

  private final Address locationAddress;

  private final Boolean allDayEvent;

  private final Boolean privateValue;

  private final Boolean groupEvent;

  private final String eventSubType;

  private final String groupEventType;

  private final Boolean child;

  private final Boolean archived;

  private final Boolean deleted;

  private final ActivityShowAs showAs;

  private final Boolean done;

  private final OffsetDateTime startDatetime;

  private final OffsetDateTime endDatetime;

  private final Long durationMinutes;

  private final LocalDate activityDate;

  private final LocalDate endDate;

  private final Boolean recurrent;

  private final OffsetDateTime reminderDatetime;

  private final Boolean reminderSet;

  private final String videoConferenceUrl;

  private final String videoConferenceId;

  private final List<CustomField> customFields;

  private final List<ActivityAttendee> attendees;

  private final Map<String, JsonValue> customMappings;

  private final String updatedBy;

  private final String createdBy;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Activity(Builder b) {
    this.id = b.id;
    this.downstreamId = b.downstreamId;
    this.activityDatetime = b.activityDatetime;
    this.durationSeconds = b.durationSeconds;
    this.userId = b.userId;
    this.accountId = b.accountId;
    this.contactId = b.contactId;
    this.companyId = b.companyId;
    this.opportunityId = b.opportunityId;
    this.leadId = b.leadId;
    this.ownerId = b.ownerId;
    this.campaignId = b.campaignId;
    this.caseId = b.caseId;
    this.assetId = b.assetId;
    this.contractId = b.contractId;
    this.productId = b.productId;
    this.solutionId = b.solutionId;
    this.customObjectId = b.customObjectId;
    this.type = b.type;
    this.title = b.title;
    this.description = b.description;
    this.note = b.note;
    this.location = b.location;
    this.locationAddress = b.locationAddress;
    this.allDayEvent = b.allDayEvent;
    this.privateValue = b.privateValue;
    this.groupEvent = b.groupEvent;
    this.eventSubType = b.eventSubType;
    this.groupEventType = b.groupEventType;
    this.child = b.child;
    this.archived = b.archived;
    this.deleted = b.deleted;
    this.showAs = b.showAs;
    this.done = b.done;
    this.startDatetime = b.startDatetime;
    this.endDatetime = b.endDatetime;
    this.durationMinutes = b.durationMinutes;
    this.activityDate = b.activityDate;
    this.endDate = b.endDate;
    this.recurrent = b.recurrent;
    this.reminderDatetime = b.reminderDatetime;
    this.reminderSet = b.reminderSet;
    this.videoConferenceUrl = b.videoConferenceUrl;
    this.videoConferenceId = b.videoConferenceId;
    this.customFields = b.customFieldsAdded == null ? b.customFields : ImmutableList.copyOf(b.customFieldsAdded);
    this.attendees = b.attendeesAdded == null ? b.attendees : ImmutableList.copyOf(b.attendeesAdded);
    this.customMappings = b.customMappings;
    this.updatedBy = b.updatedBy;
    this.createdBy = b.createdBy;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The unique identifier of the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String id() {
    return this.id;
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.id) : JsonField.missing();
  }

  /**
   * The third-party API ID of original entity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String downstreamId() {
    return this.downstreamId;
  }

  /**
   * The <code>downstream_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> downstreamIdField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.downstreamId) : JsonField.missing();
  }

  /**
   * The date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime activityDatetime() {
    return this.activityDatetime;
  }

  /**
   * The <code>activity_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> activityDatetimeField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.activityDatetime) : JsonField.missing();
  }

  /**
   * The duration of the activity in seconds.
   *
   * @return the value, or null when missing or null
   */
  public Long durationSeconds() {
    return this.durationSeconds;
  }

  /**
   * The <code>duration_seconds</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> durationSecondsField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.durationSeconds) : JsonField.missing();
  }

  /**
   * The user related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String userId() {
    return this.userId;
  }

  /**
   * The <code>user_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userIdField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.userId) : JsonField.missing();
  }

  /**
   * The account related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String accountId() {
    return this.accountId;
  }

  /**
   * The <code>account_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountIdField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.accountId) : JsonField.missing();
  }

  /**
   * The contact related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return this.contactId;
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.contactId) : JsonField.missing();
  }

  /**
   * The company related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return this.companyId;
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
  }

  /**
   * The opportunity related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String opportunityId() {
    return this.opportunityId;
  }

  /**
   * The <code>opportunity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> opportunityIdField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.opportunityId) : JsonField.missing();
  }

  /**
   * The lead related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String leadId() {
    return this.leadId;
  }

  /**
   * The <code>lead_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadIdField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.leadId) : JsonField.missing();
  }

  /**
   * The owner of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return this.ownerId;
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.ownerId) : JsonField.missing();
  }

  /**
   * The campaign related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String campaignId() {
    return this.campaignId;
  }

  /**
   * The <code>campaign_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> campaignIdField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.campaignId) : JsonField.missing();
  }

  /**
   * The case related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String caseId() {
    return this.caseId;
  }

  /**
   * The <code>case_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> caseIdField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.caseId) : JsonField.missing();
  }

  /**
   * The asset related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String assetId() {
    return this.assetId;
  }

  /**
   * The <code>asset_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> assetIdField() {
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.assetId) : JsonField.missing();
  }

  /**
   * The contract related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String contractId() {
    return this.contractId;
  }

  /**
   * The <code>contract_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contractIdField() {
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.contractId) : JsonField.missing();
  }

  /**
   * The product related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String productId() {
    return this.productId;
  }

  /**
   * The <code>product_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> productIdField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.productId) : JsonField.missing();
  }

  /**
   * The solution related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String solutionId() {
    return this.solutionId;
  }

  /**
   * The <code>solution_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> solutionIdField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.solutionId) : JsonField.missing();
  }

  /**
   * The custom object related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String customObjectId() {
    return this.customObjectId;
  }

  /**
   * The <code>custom_object_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> customObjectIdField() {
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.customObjectId) : JsonField.missing();
  }

  /**
   * The type of the activity. The documents list call, meeting, email and note; Apideck's published CRM spec (10.x) adds task, deadline, send-letter, send-quote and other.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public ActivityType type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityType> typeField() {
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The title of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return this.title;
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.title) : JsonField.missing();
  }

  /**
   * A description of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description;
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * An internal note about the activity.
   *
   * @return the value, or null when missing or null
   */
  public String note() {
    return this.note;
  }

  /**
   * The <code>note</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> noteField() {
    return (this.set0 & 0x200000L) != 0 ? JsonField.of(this.note) : JsonField.missing();
  }

  /**
   * The location of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String location() {
    return this.location;
  }

  /**
   * The <code>location</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> locationField() {
    return (this.set0 & 0x400000L) != 0 ? JsonField.of(this.location) : JsonField.missing();
  }

  /**
   * A postal address.
   *
   * @return the value, or null when missing or null
   */
  public Address locationAddress() {
    return this.locationAddress;
  }

  /**
   * The <code>location_address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Address> locationAddressField() {
    return (this.set0 & 0x800000L) != 0 ? JsonField.of(this.locationAddress) : JsonField.missing();
  }

  /**
   * Whether the Activity is an all day event or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean allDayEvent() {
    return this.allDayEvent;
  }

  /**
   * The <code>all_day_event</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> allDayEventField() {
    return (this.set0 & 0x1000000L) != 0 ? JsonField.of(this.allDayEvent) : JsonField.missing();
  }

  /**
   * Whether the Activity is private or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean privateValue() {
    return this.privateValue;
  }

  /**
   * The <code>private</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> privateValueField() {
    return (this.set0 & 0x2000000L) != 0 ? JsonField.of(this.privateValue) : JsonField.missing();
  }

  /**
   * Whether the Activity is a group event or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean groupEvent() {
    return this.groupEvent;
  }

  /**
   * The <code>group_event</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> groupEventField() {
    return (this.set0 & 0x4000000L) != 0 ? JsonField.of(this.groupEvent) : JsonField.missing();
  }

  /**
   * The sub type of the group event.
   *
   * @return the value, or null when missing or null
   */
  public String eventSubType() {
    return this.eventSubType;
  }

  /**
   * The <code>event_sub_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> eventSubTypeField() {
    return (this.set0 & 0x8000000L) != 0 ? JsonField.of(this.eventSubType) : JsonField.missing();
  }

  /**
   * The type of the group event.
   *
   * @return the value, or null when missing or null
   */
  public String groupEventType() {
    return this.groupEventType;
  }

  /**
   * The <code>group_event_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> groupEventTypeField() {
    return (this.set0 & 0x10000000L) != 0 ? JsonField.of(this.groupEventType) : JsonField.missing();
  }

  /**
   * Whether the activity is a child of another activity or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean child() {
    return this.child;
  }

  /**
   * The <code>child</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> childField() {
    return (this.set0 & 0x20000000L) != 0 ? JsonField.of(this.child) : JsonField.missing();
  }

  /**
   * Whether the activity is archived or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean archived() {
    return this.archived;
  }

  /**
   * The <code>archived</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> archivedField() {
    return (this.set0 & 0x40000000L) != 0 ? JsonField.of(this.archived) : JsonField.missing();
  }

  /**
   * Whether the activity is deleted or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean deleted() {
    return this.deleted;
  }

  /**
   * The <code>deleted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> deletedField() {
    return (this.set0 & 0x80000000L) != 0 ? JsonField.of(this.deleted) : JsonField.missing();
  }

  /**
   * How the activity shows in a calendar.
   *
   * @return the value, or null when missing or null
   */
  public ActivityShowAs showAs() {
    return this.showAs;
  }

  /**
   * The <code>show_as</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityShowAs> showAsField() {
    return (this.set0 & 0x100000000L) != 0 ? JsonField.of(this.showAs) : JsonField.missing();
  }

  /**
   * Whether the Activity is done or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean done() {
    return this.done;
  }

  /**
   * The <code>done</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> doneField() {
    return (this.set0 & 0x200000000L) != 0 ? JsonField.of(this.done) : JsonField.missing();
  }

  /**
   * The start date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime startDatetime() {
    return this.startDatetime;
  }

  /**
   * The <code>start_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> startDatetimeField() {
    return (this.set0 & 0x400000000L) != 0 ? JsonField.of(this.startDatetime) : JsonField.missing();
  }

  /**
   * The end date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime endDatetime() {
    return this.endDatetime;
  }

  /**
   * The <code>end_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> endDatetimeField() {
    return (this.set0 & 0x800000000L) != 0 ? JsonField.of(this.endDatetime) : JsonField.missing();
  }

  /**
   * The duration of the activity in minutes.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long durationMinutes() {
    return this.durationMinutes;
  }

  /**
   * The <code>duration_minutes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> durationMinutesField() {
    return (this.set0 & 0x1000000000L) != 0 ? JsonField.of(this.durationMinutes) : JsonField.missing();
  }

  /**
   * The date of the activity.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate activityDate() {
    return this.activityDate;
  }

  /**
   * The <code>activity_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> activityDateField() {
    return (this.set0 & 0x2000000000L) != 0 ? JsonField.of(this.activityDate) : JsonField.missing();
  }

  /**
   * The end date of the activity.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate endDate() {
    return this.endDate;
  }

  /**
   * The <code>end_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> endDateField() {
    return (this.set0 & 0x4000000000L) != 0 ? JsonField.of(this.endDate) : JsonField.missing();
  }

  /**
   * Whether the activity is recurrent or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean recurrent() {
    return this.recurrent;
  }

  /**
   * The <code>recurrent</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> recurrentField() {
    return (this.set0 & 0x8000000000L) != 0 ? JsonField.of(this.recurrent) : JsonField.missing();
  }

  /**
   * The date and time of the reminder.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime reminderDatetime() {
    return this.reminderDatetime;
  }

  /**
   * The <code>reminder_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> reminderDatetimeField() {
    return (this.set0 & 0x10000000000L) != 0 ? JsonField.of(this.reminderDatetime) : JsonField.missing();
  }

  /**
   * Whether the reminder is set or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean reminderSet() {
    return this.reminderSet;
  }

  /**
   * The <code>reminder_set</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> reminderSetField() {
    return (this.set0 & 0x20000000000L) != 0 ? JsonField.of(this.reminderSet) : JsonField.missing();
  }

  /**
   * The URL of the video conference.
   *
   * @return the value, or null when missing or null
   */
  public String videoConferenceUrl() {
    return this.videoConferenceUrl;
  }

  /**
   * The <code>video_conference_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> videoConferenceUrlField() {
    return (this.set0 & 0x40000000000L) != 0 ? JsonField.of(this.videoConferenceUrl) : JsonField.missing();
  }

  /**
   * The ID of the video conference.
   *
   * @return the value, or null when missing or null
   */
  public String videoConferenceId() {
    return this.videoConferenceId;
  }

  /**
   * The <code>video_conference_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> videoConferenceIdField() {
    return (this.set0 & 0x80000000000L) != 0 ? JsonField.of(this.videoConferenceId) : JsonField.missing();
  }

  /**
   * Custom fields of the activity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<CustomField> customFields() {
    List<CustomField> v = this.customFields;
    return v == null ? Collections.<CustomField>emptyList() : v;
  }

  /**
   * The <code>custom_fields</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<CustomField>> customFieldsField() {
    return (this.set0 & 0x100000000000L) != 0 ? JsonField.of(this.customFields) : JsonField.missing();
  }

  /**
   * Attendees of the activity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<ActivityAttendee> attendees() {
    List<ActivityAttendee> v = this.attendees;
    return v == null ? Collections.<ActivityAttendee>emptyList() : v;
  }

  /**
   * The <code>attendees</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<ActivityAttendee>> attendeesField() {
    return (this.set0 & 0x200000000000L) != 0 ? JsonField.of(this.attendees) : JsonField.missing();
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = this.customMappings;
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return (this.set0 & 0x400000000000L) != 0 ? JsonField.of(this.customMappings) : JsonField.missing();
  }

  /**
   * The user who last updated the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy;
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return (this.set0 & 0x800000000000L) != 0 ? JsonField.of(this.updatedBy) : JsonField.missing();
  }

  /**
   * The user who created the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy;
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return (this.set0 & 0x1000000000000L) != 0 ? JsonField.of(this.createdBy) : JsonField.missing();
  }

  /**
   * The date and time when the activity was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt;
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return (this.set0 & 0x2000000000000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the activity was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt;
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return (this.set0 & 0x4000000000000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
  }

  /**
   * Properties the spec does not document, kept as received and written back on serialization.
   *
   * @return an unmodifiable map, empty when there are none
   */
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder with every field missing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this instance's fields, to build a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Activity)) {
      return false;
    }
    Activity other = (Activity) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.downstreamId, other.downstreamId)
        && Objects.equals(this.activityDatetime, other.activityDatetime)
        && Objects.equals(this.durationSeconds, other.durationSeconds)
        && Objects.equals(this.userId, other.userId)
        && Objects.equals(this.accountId, other.accountId)
        && Objects.equals(this.contactId, other.contactId)
        && Objects.equals(this.companyId, other.companyId)
        && Objects.equals(this.opportunityId, other.opportunityId)
        && Objects.equals(this.leadId, other.leadId)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.campaignId, other.campaignId)
        && Objects.equals(this.caseId, other.caseId)
        && Objects.equals(this.assetId, other.assetId)
        && Objects.equals(this.contractId, other.contractId)
        && Objects.equals(this.productId, other.productId)
        && Objects.equals(this.solutionId, other.solutionId)
        && Objects.equals(this.customObjectId, other.customObjectId)
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.title, other.title)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.note, other.note)
        && Objects.equals(this.location, other.location)
        && Objects.equals(this.locationAddress, other.locationAddress)
        && Objects.equals(this.allDayEvent, other.allDayEvent)
        && Objects.equals(this.privateValue, other.privateValue)
        && Objects.equals(this.groupEvent, other.groupEvent)
        && Objects.equals(this.eventSubType, other.eventSubType)
        && Objects.equals(this.groupEventType, other.groupEventType)
        && Objects.equals(this.child, other.child)
        && Objects.equals(this.archived, other.archived)
        && Objects.equals(this.deleted, other.deleted)
        && Objects.equals(this.showAs, other.showAs)
        && Objects.equals(this.done, other.done)
        && Objects.equals(this.startDatetime, other.startDatetime)
        && Objects.equals(this.endDatetime, other.endDatetime)
        && Objects.equals(this.durationMinutes, other.durationMinutes)
        && Objects.equals(this.activityDate, other.activityDate)
        && Objects.equals(this.endDate, other.endDate)
        && Objects.equals(this.recurrent, other.recurrent)
        && Objects.equals(this.reminderDatetime, other.reminderDatetime)
        && Objects.equals(this.reminderSet, other.reminderSet)
        && Objects.equals(this.videoConferenceUrl, other.videoConferenceUrl)
        && Objects.equals(this.videoConferenceId, other.videoConferenceId)
        && Objects.equals(this.customFields, other.customFields)
        && Objects.equals(this.attendees, other.attendees)
        && Objects.equals(this.customMappings, other.customMappings)
        && Objects.equals(this.updatedBy, other.updatedBy)
        && Objects.equals(this.createdBy, other.createdBy)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && Objects.equals(this.createdAt, other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.downstreamId);
    h = 31 * h + Objects.hashCode(this.activityDatetime);
    h = 31 * h + Objects.hashCode(this.durationSeconds);
    h = 31 * h + Objects.hashCode(this.userId);
    h = 31 * h + Objects.hashCode(this.accountId);
    h = 31 * h + Objects.hashCode(this.contactId);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + Objects.hashCode(this.opportunityId);
    h = 31 * h + Objects.hashCode(this.leadId);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.campaignId);
    h = 31 * h + Objects.hashCode(this.caseId);
    h = 31 * h + Objects.hashCode(this.assetId);
    h = 31 * h + Objects.hashCode(this.contractId);
    h = 31 * h + Objects.hashCode(this.productId);
    h = 31 * h + Objects.hashCode(this.solutionId);
    h = 31 * h + Objects.hashCode(this.customObjectId);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.title);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.note);
    h = 31 * h + Objects.hashCode(this.location);
    h = 31 * h + Objects.hashCode(this.locationAddress);
    h = 31 * h + Objects.hashCode(this.allDayEvent);
    h = 31 * h + Objects.hashCode(this.privateValue);
    h = 31 * h + Objects.hashCode(this.groupEvent);
    h = 31 * h + Objects.hashCode(this.eventSubType);
    h = 31 * h + Objects.hashCode(this.groupEventType);
    h = 31 * h + Objects.hashCode(this.child);
    h = 31 * h + Objects.hashCode(this.archived);
    h = 31 * h + Objects.hashCode(this.deleted);
    h = 31 * h + Objects.hashCode(this.showAs);
    h = 31 * h + Objects.hashCode(this.done);
    h = 31 * h + Objects.hashCode(this.startDatetime);
    h = 31 * h + Objects.hashCode(this.endDatetime);
    h = 31 * h + Objects.hashCode(this.durationMinutes);
    h = 31 * h + Objects.hashCode(this.activityDate);
    h = 31 * h + Objects.hashCode(this.endDate);
    h = 31 * h + Objects.hashCode(this.recurrent);
    h = 31 * h + Objects.hashCode(this.reminderDatetime);
    h = 31 * h + Objects.hashCode(this.reminderSet);
    h = 31 * h + Objects.hashCode(this.videoConferenceUrl);
    h = 31 * h + Objects.hashCode(this.videoConferenceId);
    h = 31 * h + Objects.hashCode(this.customFields);
    h = 31 * h + Objects.hashCode(this.attendees);
    h = 31 * h + Objects.hashCode(this.customMappings);
    h = 31 * h + Objects.hashCode(this.updatedBy);
    h = 31 * h + Objects.hashCode(this.createdBy);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Activity{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("downstreamId=").append(this.downstreamId);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("activityDatetime=").append(this.activityDatetime);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("durationSeconds=").append(this.durationSeconds);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("userId=").append(this.userId);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("accountId=").append(this.accountId);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("opportunityId=").append(this.opportunityId);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("campaignId=").append(this.campaignId);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("caseId=").append(this.caseId);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("assetId=").append(this.assetId);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("contractId=").append(this.contractId);
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("productId=").append(this.productId);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("solutionId=").append(this.solutionId);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("customObjectId=").append(this.customObjectId);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x200000L) != 0) {
      sb.append(sep).append("note=").append(this.note);
      sep = ", ";
    }
    if ((this.set0 & 0x400000L) != 0) {
      sb.append(sep).append("location=").append(this.location);
      sep = ", ";
    }
    if ((this.set0 & 0x800000L) != 0) {
      sb.append(sep).append("locationAddress=").append(this.locationAddress);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000L) != 0) {
      sb.append(sep).append("allDayEvent=").append(this.allDayEvent);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000L) != 0) {
      sb.append(sep).append("privateValue=").append(this.privateValue);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000L) != 0) {
      sb.append(sep).append("groupEvent=").append(this.groupEvent);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000L) != 0) {
      sb.append(sep).append("eventSubType=").append(this.eventSubType);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000L) != 0) {
      sb.append(sep).append("groupEventType=").append(this.groupEventType);
      sep = ", ";
    }
    if ((this.set0 & 0x20000000L) != 0) {
      sb.append(sep).append("child=").append(this.child);
      sep = ", ";
    }
    if ((this.set0 & 0x40000000L) != 0) {
      sb.append(sep).append("archived=").append(this.archived);
      sep = ", ";
    }
    if ((this.set0 & 0x80000000L) != 0) {
      sb.append(sep).append("deleted=").append(this.deleted);
      sep = ", ";
    }
    if ((this.set0 & 0x100000000L) != 0) {
      sb.append(sep).append("showAs=").append(this.showAs);
      sep = ", ";
    }
    if ((this.set0 & 0x200000000L) != 0) {
      sb.append(sep).append("done=").append(this.done);
      sep = ", ";
    }
    if ((this.set0 & 0x400000000L) != 0) {
      sb.append(sep).append("startDatetime=").append(this.startDatetime);
      sep = ", ";
    }
    if ((this.set0 & 0x800000000L) != 0) {
      sb.append(sep).append("endDatetime=").append(this.endDatetime);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000000L) != 0) {
      sb.append(sep).append("durationMinutes=").append(this.durationMinutes);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000000L) != 0) {
      sb.append(sep).append("activityDate=").append(this.activityDate);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000000L) != 0) {
      sb.append(sep).append("endDate=").append(this.endDate);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000000L) != 0) {
      sb.append(sep).append("recurrent=").append(this.recurrent);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000000L) != 0) {
      sb.append(sep).append("reminderDatetime=").append(this.reminderDatetime);
      sep = ", ";
    }
    if ((this.set0 & 0x20000000000L) != 0) {
      sb.append(sep).append("reminderSet=").append(this.reminderSet);
      sep = ", ";
    }
    if ((this.set0 & 0x40000000000L) != 0) {
      sb.append(sep).append("videoConferenceUrl=").append(this.videoConferenceUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x80000000000L) != 0) {
      sb.append(sep).append("videoConferenceId=").append(this.videoConferenceId);
      sep = ", ";
    }
    if ((this.set0 & 0x100000000000L) != 0) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if ((this.set0 & 0x200000000000L) != 0) {
      sb.append(sep).append("attendees=").append(this.attendees);
      sep = ", ";
    }
    if ((this.set0 & 0x400000000000L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x800000000000L) != 0) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000000000L) != 0) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000000000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000000000L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Activity}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String downstreamId;

    private OffsetDateTime activityDatetime;

    private Long durationSeconds;

    private String userId;

    private String accountId;

    private String contactId;

    private String companyId;

    private String opportunityId;

    private String leadId;

    private String ownerId;

    private String campaignId;

    private String caseId;

    private String assetId;

    private String contractId;

    private String productId;

    private String solutionId;

    private String customObjectId;

    private ActivityType type;

    private String title;

    private String description;

    private String note;

    private String location;

    private Address locationAddress;

    private Boolean allDayEvent;

    private Boolean privateValue;

    private Boolean groupEvent;

    private String eventSubType;

    private String groupEventType;

    private Boolean child;

    private Boolean archived;

    private Boolean deleted;

    private ActivityShowAs showAs;

    private Boolean done;

    private OffsetDateTime startDatetime;

    private OffsetDateTime endDatetime;

    private Long durationMinutes;

    private LocalDate activityDate;

    private LocalDate endDate;

    private Boolean recurrent;

    private OffsetDateTime reminderDatetime;

    private Boolean reminderSet;

    private String videoConferenceUrl;

    private String videoConferenceId;

    private List<CustomField> customFields;

    private ArrayList<CustomField> customFieldsAdded;

    private List<ActivityAttendee> attendees;

    private ArrayList<ActivityAttendee> attendeesAdded;

    private Map<String, JsonValue> customMappings;

    private String updatedBy;

    private String createdBy;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Activity source) {
      this.id = source.id;
      this.downstreamId = source.downstreamId;
      this.activityDatetime = source.activityDatetime;
      this.durationSeconds = source.durationSeconds;
      this.userId = source.userId;
      this.accountId = source.accountId;
      this.contactId = source.contactId;
      this.companyId = source.companyId;
      this.opportunityId = source.opportunityId;
      this.leadId = source.leadId;
      this.ownerId = source.ownerId;
      this.campaignId = source.campaignId;
      this.caseId = source.caseId;
      this.assetId = source.assetId;
      this.contractId = source.contractId;
      this.productId = source.productId;
      this.solutionId = source.solutionId;
      this.customObjectId = source.customObjectId;
      this.type = source.type;
      this.title = source.title;
      this.description = source.description;
      this.note = source.note;
      this.location = source.location;
      this.locationAddress = source.locationAddress;
      this.allDayEvent = source.allDayEvent;
      this.privateValue = source.privateValue;
      this.groupEvent = source.groupEvent;
      this.eventSubType = source.eventSubType;
      this.groupEventType = source.groupEventType;
      this.child = source.child;
      this.archived = source.archived;
      this.deleted = source.deleted;
      this.showAs = source.showAs;
      this.done = source.done;
      this.startDatetime = source.startDatetime;
      this.endDatetime = source.endDatetime;
      this.durationMinutes = source.durationMinutes;
      this.activityDate = source.activityDate;
      this.endDate = source.endDate;
      this.recurrent = source.recurrent;
      this.reminderDatetime = source.reminderDatetime;
      this.reminderSet = source.reminderSet;
      this.videoConferenceUrl = source.videoConferenceUrl;
      this.videoConferenceId = source.videoConferenceId;
      this.customFields = source.customFields;
      this.attendees = source.attendees;
      this.customMappings = source.customMappings;
      this.updatedBy = source.updatedBy;
      this.createdBy = source.createdBy;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The unique identifier of the activity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder idField(JsonField<String> field) {
      Objects.requireNonNull(field, "idField: field must not be null");
      this.id = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The third-party API ID of original entity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param downstreamId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder downstreamId(String downstreamId) {
      this.downstreamId = downstreamId;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>downstream_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder downstreamIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "downstreamIdField: field must not be null");
      this.downstreamId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The date and time of the activity.
     *
     * @param activityDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder activityDatetime(OffsetDateTime activityDatetime) {
      this.activityDatetime = activityDatetime;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>activity_datetime</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder activityDatetimeField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "activityDatetimeField: field must not be null");
      this.activityDatetime = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The duration of the activity in seconds.
     *
     * @param durationSeconds the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder durationSeconds(Long durationSeconds) {
      this.durationSeconds = durationSeconds;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>duration_seconds</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder durationSecondsField(JsonField<Long> field) {
      Objects.requireNonNull(field, "durationSecondsField: field must not be null");
      this.durationSeconds = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The user related to the activity.
     *
     * @param userId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>user_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder userIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "userIdField: field must not be null");
      this.userId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The account related to the activity.
     *
     * @param accountId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>account_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder accountIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "accountIdField: field must not be null");
      this.accountId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The contact related to the activity.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = contactId;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>contact_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contactIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "contactIdField: field must not be null");
      this.contactId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * The company related to the activity.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>company_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder companyIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "companyIdField: field must not be null");
      this.companyId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The opportunity related to the activity.
     *
     * @param opportunityId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder opportunityId(String opportunityId) {
      this.opportunityId = opportunityId;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>opportunity_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder opportunityIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "opportunityIdField: field must not be null");
      this.opportunityId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * The lead related to the activity.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = leadId;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>lead_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder leadIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "leadIdField: field must not be null");
      this.leadId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The owner of the activity.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = ownerId;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>owner_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder ownerIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "ownerIdField: field must not be null");
      this.ownerId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * The campaign related to the activity.
     *
     * @param campaignId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder campaignId(String campaignId) {
      this.campaignId = campaignId;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>campaign_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder campaignIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "campaignIdField: field must not be null");
      this.campaignId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * The case related to the activity.
     *
     * @param caseId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder caseId(String caseId) {
      this.caseId = caseId;
      this.set0 |= 0x1000L;
      return this;
    }

    /**
     * Sets <code>case_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder caseIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "caseIdField: field must not be null");
      this.caseId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * The asset related to the activity.
     *
     * @param assetId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder assetId(String assetId) {
      this.assetId = assetId;
      this.set0 |= 0x2000L;
      return this;
    }

    /**
     * Sets <code>asset_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder assetIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "assetIdField: field must not be null");
      this.assetId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
      }
      return this;
    }

    /**
     * The contract related to the activity.
     *
     * @param contractId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contractId(String contractId) {
      this.contractId = contractId;
      this.set0 |= 0x4000L;
      return this;
    }

    /**
     * Sets <code>contract_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contractIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "contractIdField: field must not be null");
      this.contractId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
      return this;
    }

    /**
     * The product related to the activity.
     *
     * @param productId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder productId(String productId) {
      this.productId = productId;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>product_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder productIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "productIdField: field must not be null");
      this.productId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * The solution related to the activity.
     *
     * @param solutionId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder solutionId(String solutionId) {
      this.solutionId = solutionId;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>solution_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder solutionIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "solutionIdField: field must not be null");
      this.solutionId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
      return this;
    }

    /**
     * The custom object related to the activity.
     *
     * @param customObjectId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customObjectId(String customObjectId) {
      this.customObjectId = customObjectId;
      this.set0 |= 0x20000L;
      return this;
    }

    /**
     * Sets <code>custom_object_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder customObjectIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "customObjectIdField: field must not be null");
      this.customObjectId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
      return this;
    }

    /**
     * The type of the activity. The documents list call, meeting, email and note; Apideck's published CRM spec (10.x) adds task, deadline, send-letter, send-quote and other.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(ActivityType type) {
      this.type = type;
      this.set0 |= 0x40000L;
      return this;
    }

    /**
     * Sets <code>type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder typeField(JsonField<ActivityType> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
      }
      return this;
    }

    /**
     * The title of the activity.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      this.set0 |= 0x80000L;
      return this;
    }

    /**
     * Sets <code>title</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder titleField(JsonField<String> field) {
      Objects.requireNonNull(field, "titleField: field must not be null");
      this.title = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
      }
      return this;
    }

    /**
     * A description of the activity.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x100000L;
      return this;
    }

    /**
     * Sets <code>description</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder descriptionField(JsonField<String> field) {
      Objects.requireNonNull(field, "descriptionField: field must not be null");
      this.description = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
      }
      return this;
    }

    /**
     * An internal note about the activity.
     *
     * @param note the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder note(String note) {
      this.note = note;
      this.set0 |= 0x200000L;
      return this;
    }

    /**
     * Sets <code>note</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder noteField(JsonField<String> field) {
      Objects.requireNonNull(field, "noteField: field must not be null");
      this.note = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000L;
      } else {
        this.set0 |= 0x200000L;
      }
      return this;
    }

    /**
     * The location of the activity.
     *
     * @param location the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder location(String location) {
      this.location = location;
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Sets <code>location</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder locationField(JsonField<String> field) {
      Objects.requireNonNull(field, "locationField: field must not be null");
      this.location = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000L;
      } else {
        this.set0 |= 0x400000L;
      }
      return this;
    }

    /**
     * A postal address.
     *
     * @param locationAddress the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder locationAddress(Address locationAddress) {
      this.locationAddress = locationAddress;
      this.set0 |= 0x800000L;
      return this;
    }

    /**
     * Sets <code>location_address</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder locationAddressField(JsonField<Address> field) {
      Objects.requireNonNull(field, "locationAddressField: field must not be null");
      this.locationAddress = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800000L;
      } else {
        this.set0 |= 0x800000L;
      }
      return this;
    }

    /**
     * Whether the Activity is an all day event or not.
     *
     * @param allDayEvent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder allDayEvent(Boolean allDayEvent) {
      this.allDayEvent = allDayEvent;
      this.set0 |= 0x1000000L;
      return this;
    }

    /**
     * Sets <code>all_day_event</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder allDayEventField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "allDayEventField: field must not be null");
      this.allDayEvent = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000000L;
      } else {
        this.set0 |= 0x1000000L;
      }
      return this;
    }

    /**
     * Whether the Activity is private or not.
     *
     * @param privateValue the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder privateValue(Boolean privateValue) {
      this.privateValue = privateValue;
      this.set0 |= 0x2000000L;
      return this;
    }

    /**
     * Sets <code>private</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder privateValueField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "privateValueField: field must not be null");
      this.privateValue = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000000L;
      } else {
        this.set0 |= 0x2000000L;
      }
      return this;
    }

    /**
     * Whether the Activity is a group event or not.
     *
     * @param groupEvent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder groupEvent(Boolean groupEvent) {
      this.groupEvent = groupEvent;
      this.set0 |= 0x4000000L;
      return this;
    }

    /**
     * Sets <code>group_event</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder groupEventField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "groupEventField: field must not be null");
      this.groupEvent = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000000L;
      } else {
        this.set0 |= 0x4000000L;
      }
      return this;
    }

    /**
     * The sub type of the group event.
     *
     * @param eventSubType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder eventSubType(String eventSubType) {
      this.eventSubType = eventSubType;
      this.set0 |= 0x8000000L;
      return this;
    }

    /**
     * Sets <code>event_sub_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder eventSubTypeField(JsonField<String> field) {
      Objects.requireNonNull(field, "eventSubTypeField: field must not be null");
      this.eventSubType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000000L;
      } else {
        this.set0 |= 0x8000000L;
      }
      return this;
    }

    /**
     * The type of the group event.
     *
     * @param groupEventType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder groupEventType(String groupEventType) {
      this.groupEventType = groupEventType;
      this.set0 |= 0x10000000L;
      return this;
    }

    /**
     * Sets <code>group_event_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder groupEventTypeField(JsonField<String> field) {
      Objects.requireNonNull(field, "groupEventTypeField: field must not be null");
      this.groupEventType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000000L;
      } else {
        this.set0 |= 0x10000000L;
      }
      return this;
    }

    /**
     * Whether the activity is a child of another activity or not.
     *
     * @param child the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder child(Boolean child) {
      this.child = child;
      this.set0 |= 0x20000000L;
      return this;
    }

    /**
     * Sets <code>child</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder childField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "childField: field must not be null");
      this.child = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20000000L;
      } else {
        this.set0 |= 0x20000000L;
      }
      return this;
    }

    /**
     * Whether the activity is archived or not.
     *
     * @param archived the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder archived(Boolean archived) {
      this.archived = archived;
      this.set0 |= 0x40000000L;
      return this;
    }

    /**
     * Sets <code>archived</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder archivedField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "archivedField: field must not be null");
      this.archived = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000000L;
      } else {
        this.set0 |= 0x40000000L;
      }
      return this;
    }

    /**
     * Whether the activity is deleted or not.
     *
     * @param deleted the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder deleted(Boolean deleted) {
      this.deleted = deleted;
      this.set0 |= 0x80000000L;
      return this;
    }

    /**
     * Sets <code>deleted</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder deletedField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "deletedField: field must not be null");
      this.deleted = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000000L;
      } else {
        this.set0 |= 0x80000000L;
      }
      return this;
    }

    /**
     * How the activity shows in a calendar.
     *
     * @param showAs the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder showAs(ActivityShowAs showAs) {
      this.showAs = showAs;
      this.set0 |= 0x100000000L;
      return this;
    }

    /**
     * Sets <code>show_as</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder showAsField(JsonField<ActivityShowAs> field) {
      Objects.requireNonNull(field, "showAsField: field must not be null");
      this.showAs = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100000000L;
      } else {
        this.set0 |= 0x100000000L;
      }
      return this;
    }

    /**
     * Whether the Activity is done or not.
     *
     * @param done the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder done(Boolean done) {
      this.done = done;
      this.set0 |= 0x200000000L;
      return this;
    }

    /**
     * Sets <code>done</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder doneField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "doneField: field must not be null");
      this.done = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000000L;
      } else {
        this.set0 |= 0x200000000L;
      }
      return this;
    }

    /**
     * The start date and time of the activity.
     *
     * @param startDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder startDatetime(OffsetDateTime startDatetime) {
      this.startDatetime = startDatetime;
      this.set0 |= 0x400000000L;
      return this;
    }

    /**
     * Sets <code>start_datetime</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder startDatetimeField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "startDatetimeField: field must not be null");
      this.startDatetime = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000000L;
      } else {
        this.set0 |= 0x400000000L;
      }
      return this;
    }

    /**
     * The end date and time of the activity.
     *
     * @param endDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder endDatetime(OffsetDateTime endDatetime) {
      this.endDatetime = endDatetime;
      this.set0 |= 0x800000000L;
      return this;
    }

    /**
     * Sets <code>end_datetime</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder endDatetimeField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "endDatetimeField: field must not be null");
      this.endDatetime = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800000000L;
      } else {
        this.set0 |= 0x800000000L;
      }
      return this;
    }

    /**
     * The duration of the activity in minutes.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param durationMinutes the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder durationMinutes(Long durationMinutes) {
      this.durationMinutes = durationMinutes;
      this.set0 |= 0x1000000000L;
      return this;
    }

    /**
     * Sets <code>duration_minutes</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder durationMinutesField(JsonField<Long> field) {
      Objects.requireNonNull(field, "durationMinutesField: field must not be null");
      this.durationMinutes = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000000000L;
      } else {
        this.set0 |= 0x1000000000L;
      }
      return this;
    }

    /**
     * The date of the activity.
     *
     * @param activityDate the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder activityDate(LocalDate activityDate) {
      this.activityDate = activityDate;
      this.set0 |= 0x2000000000L;
      return this;
    }

    /**
     * Sets <code>activity_date</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder activityDateField(JsonField<LocalDate> field) {
      Objects.requireNonNull(field, "activityDateField: field must not be null");
      this.activityDate = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000000000L;
      } else {
        this.set0 |= 0x2000000000L;
      }
      return this;
    }

    /**
     * The end date of the activity.
     *
     * @param endDate the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      this.set0 |= 0x4000000000L;
      return this;
    }

    /**
     * Sets <code>end_date</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder endDateField(JsonField<LocalDate> field) {
      Objects.requireNonNull(field, "endDateField: field must not be null");
      this.endDate = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000000000L;
      } else {
        this.set0 |= 0x4000000000L;
      }
      return this;
    }

    /**
     * Whether the activity is recurrent or not.
     *
     * @param recurrent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder recurrent(Boolean recurrent) {
      this.recurrent = recurrent;
      this.set0 |= 0x8000000000L;
      return this;
    }

    /**
     * Sets <code>recurrent</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder recurrentField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "recurrentField: field must not be null");
      this.recurrent = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000000000L;
      } else {
        this.set0 |= 0x8000000000L;
      }
      return this;
    }

    /**
     * The date and time of the reminder.
     *
     * @param reminderDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder reminderDatetime(OffsetDateTime reminderDatetime) {
      this.reminderDatetime = reminderDatetime;
      this.set0 |= 0x10000000000L;
      return this;
    }

    /**
     * Sets <code>reminder_datetime</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder reminderDatetimeField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "reminderDatetimeField: field must not be null");
      this.reminderDatetime = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000000000L;
      } else {
        this.set0 |= 0x10000000000L;
      }
      return this;
    }

    /**
     * Whether the reminder is set or not.
     *
     * @param reminderSet the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder reminderSet(Boolean reminderSet) {
      this.reminderSet = reminderSet;
      this.set0 |= 0x20000000000L;
      return this;
    }

    /**
     * Sets <code>reminder_set</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder reminderSetField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "reminderSetField: field must not be null");
      this.reminderSet = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20000000000L;
      } else {
        this.set0 |= 0x20000000000L;
      }
      return this;
    }

    /**
     * The URL of the video conference.
     *
     * @param videoConferenceUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder videoConferenceUrl(String videoConferenceUrl) {
      this.videoConferenceUrl = videoConferenceUrl;
      this.set0 |= 0x40000000000L;
      return this;
    }

    /**
     * Sets <code>video_conference_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder videoConferenceUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "videoConferenceUrlField: field must not be null");
      this.videoConferenceUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000000000L;
      } else {
        this.set0 |= 0x40000000000L;
      }
      return this;
    }

    /**
     * The ID of the video conference.
     *
     * @param videoConferenceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder videoConferenceId(String videoConferenceId) {
      this.videoConferenceId = videoConferenceId;
      this.set0 |= 0x80000000000L;
      return this;
    }

    /**
     * Sets <code>video_conference_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder videoConferenceIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "videoConferenceIdField: field must not be null");
      this.videoConferenceId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000000000L;
      } else {
        this.set0 |= 0x80000000000L;
      }
      return this;
    }

    /**
     * Custom fields of the activity.
     *
     * @param customFields the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customFields(List<CustomField> customFields) {
      this.customFields = ImmutableList.copyOf(customFields);
      this.customFieldsAdded = null;
      this.set0 |= 0x100000000000L;
      return this;
    }

    /**
     * Sets <code>custom_fields</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder customFieldsField(JsonField<List<CustomField>> field) {
      Objects.requireNonNull(field, "customFieldsField: field must not be null");
      this.customFields = ImmutableList.copyOf(field.value());
      this.customFieldsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x100000000000L;
      } else {
        this.set0 |= 0x100000000000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>custom_fields</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #customFields(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addCustomField(CustomField item) {
      Objects.requireNonNull(item, "customFields: item must not be null");
      if (this.customFieldsAdded == null) {
        List<CustomField> current = this.customFields;
        this.customFieldsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.customFieldsAdded.add(item);
      this.set0 |= 0x100000000000L;
      return this;
    }

    /**
     * Attendees of the activity.
     *
     * @param attendees the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder attendees(List<ActivityAttendee> attendees) {
      this.attendees = ImmutableList.copyOf(attendees);
      this.attendeesAdded = null;
      this.set0 |= 0x200000000000L;
      return this;
    }

    /**
     * Sets <code>attendees</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder attendeesField(JsonField<List<ActivityAttendee>> field) {
      Objects.requireNonNull(field, "attendeesField: field must not be null");
      this.attendees = ImmutableList.copyOf(field.value());
      this.attendeesAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x200000000000L;
      } else {
        this.set0 |= 0x200000000000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>attendees</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #attendees(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addAttendee(ActivityAttendee item) {
      Objects.requireNonNull(item, "attendees: item must not be null");
      if (this.attendeesAdded == null) {
        List<ActivityAttendee> current = this.attendees;
        this.attendeesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.attendeesAdded.add(item);
      this.set0 |= 0x200000000000L;
      return this;
    }

    /**
     * When custom mappings are configured on the resource, the result is included here.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param customMappings the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customMappings(Map<String, JsonValue> customMappings) {
      this.customMappings = customMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customMappings));
      this.set0 |= 0x400000000000L;
      return this;
    }

    /**
     * Sets <code>custom_mappings</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder customMappingsField(JsonField<Map<String, JsonValue>> field) {
      Objects.requireNonNull(field, "customMappingsField: field must not be null");
      this.customMappings = field.value() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(field.value()));
      if (field.isMissing()) {
        this.set0 &= ~0x400000000000L;
      } else {
        this.set0 |= 0x400000000000L;
      }
      return this;
    }

    /**
     * The user who last updated the activity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedBy(String updatedBy) {
      this.updatedBy = updatedBy;
      this.set0 |= 0x800000000000L;
      return this;
    }

    /**
     * Sets <code>updated_by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedByField(JsonField<String> field) {
      Objects.requireNonNull(field, "updatedByField: field must not be null");
      this.updatedBy = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800000000000L;
      } else {
        this.set0 |= 0x800000000000L;
      }
      return this;
    }

    /**
     * The user who created the activity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdBy(String createdBy) {
      this.createdBy = createdBy;
      this.set0 |= 0x1000000000000L;
      return this;
    }

    /**
     * Sets <code>created_by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdByField(JsonField<String> field) {
      Objects.requireNonNull(field, "createdByField: field must not be null");
      this.createdBy = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000000000000L;
      } else {
        this.set0 |= 0x1000000000000L;
      }
      return this;
    }

    /**
     * The date and time when the activity was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      this.set0 |= 0x2000000000000L;
      return this;
    }

    /**
     * Sets <code>updated_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "updatedAtField: field must not be null");
      this.updatedAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000000000000L;
      } else {
        this.set0 |= 0x2000000000000L;
      }
      return this;
    }

    /**
     * The date and time when the activity was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      this.set0 |= 0x4000000000000L;
      return this;
    }

    /**
     * Sets <code>created_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "createdAtField: field must not be null");
      this.createdAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000000000000L;
      } else {
        this.set0 |= 0x4000000000000L;
      }
      return this;
    }

    /**
     * Adds a property the spec does not document; it is serialized as given.
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    public Builder putAdditionalProperty(String name, JsonNode value) {
      Objects.requireNonNull(name, "name");
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      }
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * Removes an undocumented property.
     *
     * @param name the JSON name
     * @return this builder
     */
    public Builder removeAdditionalProperty(String name) {
      if (additionalProperties != null) {
        additionalProperties.remove(name);
      }
      return this;
    }

    /**
     * Replaces all undocumented properties.
     *
     * @param properties the properties
     * @return this builder
     */
    public Builder additionalProperties(Map<String, JsonNode> properties) {
      this.additionalProperties = new LinkedHashMap<>(properties);
      return this;
    }

    /**
     * Builds the immutable instance.
     *
     * @return the model
     */
    public Activity build() {
      return new Activity(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Activity}; not public API.
   */
  static final class Codec {
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

    private Codec() {
    }

    /**
     * Reads one {@link Activity} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Activity read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
              b.id = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "downstream_id":
              b.downstreamId = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "activity_datetime":
              b.activityDatetime = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "duration_seconds":
              b.durationSeconds = Codecs.readLong(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "user_id":
              b.userId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "account_id":
              b.accountId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "contact_id":
              b.contactId = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "opportunity_id":
              b.opportunityId = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "lead_id":
              b.leadId = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "campaign_id":
              b.campaignId = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "case_id":
              b.caseId = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "asset_id":
              b.assetId = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "contract_id":
              b.contractId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "product_id":
              b.productId = Codecs.readString(p, ctxt);
              b.set0 |= 0x8000L;
              break;
            case "solution_id":
              b.solutionId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10000L;
              break;
            case "custom_object_id":
              b.customObjectId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20000L;
              break;
            case "type":
              b.type = ActivityType.Codec.read(p, ctxt);
              b.set0 |= 0x40000L;
              break;
            case "title":
              b.title = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x100000L;
              break;
            case "note":
              b.note = Codecs.readString(p, ctxt);
              b.set0 |= 0x200000L;
              break;
            case "location":
              b.location = Codecs.readString(p, ctxt);
              b.set0 |= 0x400000L;
              break;
            case "location_address":
              b.locationAddress = Address.Codec.read(p, ctxt);
              b.set0 |= 0x800000L;
              break;
            case "all_day_event":
              b.allDayEvent = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x1000000L;
              break;
            case "private":
              b.privateValue = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x2000000L;
              break;
            case "group_event":
              b.groupEvent = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x4000000L;
              break;
            case "event_sub_type":
              b.eventSubType = Codecs.readString(p, ctxt);
              b.set0 |= 0x8000000L;
              break;
            case "group_event_type":
              b.groupEventType = Codecs.readString(p, ctxt);
              b.set0 |= 0x10000000L;
              break;
            case "child":
              b.child = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x20000000L;
              break;
            case "archived":
              b.archived = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x40000000L;
              break;
            case "deleted":
              b.deleted = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x80000000L;
              break;
            case "show_as":
              b.showAs = ActivityShowAs.Codec.read(p, ctxt);
              b.set0 |= 0x100000000L;
              break;
            case "done":
              b.done = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x200000000L;
              break;
            case "start_datetime":
              b.startDatetime = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x400000000L;
              break;
            case "end_datetime":
              b.endDatetime = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x800000000L;
              break;
            case "duration_minutes":
              b.durationMinutes = Codecs.readLong(p, ctxt);
              b.set0 |= 0x1000000000L;
              break;
            case "activity_date":
              b.activityDate = Codecs.readLocalDate(p, ctxt);
              b.set0 |= 0x2000000000L;
              break;
            case "end_date":
              b.endDate = Codecs.readLocalDate(p, ctxt);
              b.set0 |= 0x4000000000L;
              break;
            case "recurrent":
              b.recurrent = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x8000000000L;
              break;
            case "reminder_datetime":
              b.reminderDatetime = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x10000000000L;
              break;
            case "reminder_set":
              b.reminderSet = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x20000000000L;
              break;
            case "video_conference_url":
              b.videoConferenceUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000000000L;
              break;
            case "video_conference_id":
              b.videoConferenceId = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000000000L;
              break;
            case "custom_fields":
              b.customFields = Codecs.readList(p, ctxt, CustomField.Codec::read);
              b.set0 |= 0x100000000000L;
              break;
            case "attendees":
              b.attendees = Codecs.readList(p, ctxt, ActivityAttendee.Codec::read);
              b.set0 |= 0x200000000000L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x400000000000L;
              break;
            case "updated_by":
              b.updatedBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x800000000000L;
              break;
            case "created_by":
              b.createdBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000000000000L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x2000000000000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x4000000000000L;
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
    static void write(JsonGenerator g, SerializerProvider provider, Activity value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      boolean requestBody = Json.isRequestBody(provider);
      g.writeStartObject();
      if (!requestBody && (value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if (!requestBody && (value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_DOWNSTREAM_ID);
        Codecs.writeString(g, provider, value.downstreamId);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_ACTIVITY_DATETIME);
        Codecs.writeOffsetDateTime(g, provider, value.activityDatetime);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_DURATION_SECONDS);
        Codecs.writeLong(g, provider, value.durationSeconds);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_USER_ID);
        Codecs.writeString(g, provider, value.userId);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_ACCOUNT_ID);
        Codecs.writeString(g, provider, value.accountId);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_CONTACT_ID);
        Codecs.writeString(g, provider, value.contactId);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_OPPORTUNITY_ID);
        Codecs.writeString(g, provider, value.opportunityId);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_LEAD_ID);
        Codecs.writeString(g, provider, value.leadId);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_CAMPAIGN_ID);
        Codecs.writeString(g, provider, value.campaignId);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_CASE_ID);
        Codecs.writeString(g, provider, value.caseId);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_ASSET_ID);
        Codecs.writeString(g, provider, value.assetId);
      }
      if ((value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_CONTRACT_ID);
        Codecs.writeString(g, provider, value.contractId);
      }
      if ((value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_PRODUCT_ID);
        Codecs.writeString(g, provider, value.productId);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_SOLUTION_ID);
        Codecs.writeString(g, provider, value.solutionId);
      }
      if ((value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_CUSTOM_OBJECT_ID);
        Codecs.writeString(g, provider, value.customObjectId);
      }
      if ((value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_TYPE);
        ActivityType.Codec.write(g, provider, value.type);
      }
      if ((value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_TITLE);
        Codecs.writeString(g, provider, value.title);
      }
      if ((value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x200000L) != 0) {
        g.writeFieldName(F_NOTE);
        Codecs.writeString(g, provider, value.note);
      }
      if ((value.set0 & 0x400000L) != 0) {
        g.writeFieldName(F_LOCATION);
        Codecs.writeString(g, provider, value.location);
      }
      if ((value.set0 & 0x800000L) != 0) {
        g.writeFieldName(F_LOCATION_ADDRESS);
        Address.Codec.write(g, provider, value.locationAddress);
      }
      if ((value.set0 & 0x1000000L) != 0) {
        g.writeFieldName(F_ALL_DAY_EVENT);
        Codecs.writeBoolean(g, provider, value.allDayEvent);
      }
      if ((value.set0 & 0x2000000L) != 0) {
        g.writeFieldName(F_PRIVATE_VALUE);
        Codecs.writeBoolean(g, provider, value.privateValue);
      }
      if ((value.set0 & 0x4000000L) != 0) {
        g.writeFieldName(F_GROUP_EVENT);
        Codecs.writeBoolean(g, provider, value.groupEvent);
      }
      if ((value.set0 & 0x8000000L) != 0) {
        g.writeFieldName(F_EVENT_SUB_TYPE);
        Codecs.writeString(g, provider, value.eventSubType);
      }
      if ((value.set0 & 0x10000000L) != 0) {
        g.writeFieldName(F_GROUP_EVENT_TYPE);
        Codecs.writeString(g, provider, value.groupEventType);
      }
      if ((value.set0 & 0x20000000L) != 0) {
        g.writeFieldName(F_CHILD);
        Codecs.writeBoolean(g, provider, value.child);
      }
      if ((value.set0 & 0x40000000L) != 0) {
        g.writeFieldName(F_ARCHIVED);
        Codecs.writeBoolean(g, provider, value.archived);
      }
      if ((value.set0 & 0x80000000L) != 0) {
        g.writeFieldName(F_DELETED);
        Codecs.writeBoolean(g, provider, value.deleted);
      }
      if ((value.set0 & 0x100000000L) != 0) {
        g.writeFieldName(F_SHOW_AS);
        ActivityShowAs.Codec.write(g, provider, value.showAs);
      }
      if ((value.set0 & 0x200000000L) != 0) {
        g.writeFieldName(F_DONE);
        Codecs.writeBoolean(g, provider, value.done);
      }
      if ((value.set0 & 0x400000000L) != 0) {
        g.writeFieldName(F_START_DATETIME);
        Codecs.writeOffsetDateTime(g, provider, value.startDatetime);
      }
      if ((value.set0 & 0x800000000L) != 0) {
        g.writeFieldName(F_END_DATETIME);
        Codecs.writeOffsetDateTime(g, provider, value.endDatetime);
      }
      if (!requestBody && (value.set0 & 0x1000000000L) != 0) {
        g.writeFieldName(F_DURATION_MINUTES);
        Codecs.writeLong(g, provider, value.durationMinutes);
      }
      if ((value.set0 & 0x2000000000L) != 0) {
        g.writeFieldName(F_ACTIVITY_DATE);
        Codecs.writeLocalDate(g, provider, value.activityDate);
      }
      if ((value.set0 & 0x4000000000L) != 0) {
        g.writeFieldName(F_END_DATE);
        Codecs.writeLocalDate(g, provider, value.endDate);
      }
      if ((value.set0 & 0x8000000000L) != 0) {
        g.writeFieldName(F_RECURRENT);
        Codecs.writeBoolean(g, provider, value.recurrent);
      }
      if ((value.set0 & 0x10000000000L) != 0) {
        g.writeFieldName(F_REMINDER_DATETIME);
        Codecs.writeOffsetDateTime(g, provider, value.reminderDatetime);
      }
      if ((value.set0 & 0x20000000000L) != 0) {
        g.writeFieldName(F_REMINDER_SET);
        Codecs.writeBoolean(g, provider, value.reminderSet);
      }
      if ((value.set0 & 0x40000000000L) != 0) {
        g.writeFieldName(F_VIDEO_CONFERENCE_URL);
        Codecs.writeString(g, provider, value.videoConferenceUrl);
      }
      if ((value.set0 & 0x80000000000L) != 0) {
        g.writeFieldName(F_VIDEO_CONFERENCE_ID);
        Codecs.writeString(g, provider, value.videoConferenceId);
      }
      if ((value.set0 & 0x100000000000L) != 0) {
        g.writeFieldName(F_CUSTOM_FIELDS);
        Codecs.writeList(g, provider, value.customFields, CustomField.Codec::write);
      }
      if ((value.set0 & 0x200000000000L) != 0) {
        g.writeFieldName(F_ATTENDEES);
        Codecs.writeList(g, provider, value.attendees, ActivityAttendee.Codec::write);
      }
      if (!requestBody && (value.set0 & 0x400000000000L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x800000000000L) != 0) {
        g.writeFieldName(F_UPDATED_BY);
        Codecs.writeString(g, provider, value.updatedBy);
      }
      if (!requestBody && (value.set0 & 0x1000000000000L) != 0) {
        g.writeFieldName(F_CREATED_BY);
        Codecs.writeString(g, provider, value.createdBy);
      }
      if (!requestBody && (value.set0 & 0x2000000000000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x4000000000000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
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
}
