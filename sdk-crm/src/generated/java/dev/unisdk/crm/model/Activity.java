// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.ActivityCodec;
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
    using = ActivityCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivityCodec.Deserializer.class
)
public final class Activity {
  private final JsonField<String> id;

  private final JsonField<String> downstreamId;

  private final JsonField<OffsetDateTime> activityDatetime;

  private final JsonField<Long> durationSeconds;

  private final JsonField<String> userId;

  private final JsonField<String> accountId;

  private final JsonField<String> contactId;

  private final JsonField<String> companyId;

  private final JsonField<String> opportunityId;

  private final JsonField<String> leadId;

  private final JsonField<String> ownerId;

  private final JsonField<String> campaignId;

  private final JsonField<String> caseId;

  private final JsonField<String> assetId;

  private final JsonField<String> contractId;

  private final JsonField<String> productId;

  private final JsonField<String> solutionId;

  private final JsonField<String> customObjectId;

  private final JsonField<ActivityType> type;

  private final JsonField<String> title;

  private final JsonField<String> description;

  private final JsonField<String> note;

  private final JsonField<String> location;

  private final JsonField<Address> locationAddress;

  private final JsonField<Boolean> allDayEvent;

  private final JsonField<Boolean> privateValue;

  private final JsonField<Boolean> groupEvent;

  private final JsonField<String> eventSubType;

  private final JsonField<String> groupEventType;

  private final JsonField<Boolean> child;

  private final JsonField<Boolean> archived;

  private final JsonField<Boolean> deleted;

  private final JsonField<ActivityShowAs> showAs;

  private final JsonField<Boolean> done;

  private final JsonField<OffsetDateTime> startDatetime;

  private final JsonField<OffsetDateTime> endDatetime;

  private final JsonField<Long> durationMinutes;

  private final JsonField<LocalDate> activityDate;

  private final JsonField<LocalDate> endDate;

  private final JsonField<Boolean> recurrent;

  private final JsonField<OffsetDateTime> reminderDatetime;

  private final JsonField<Boolean> reminderSet;

  private final JsonField<String> videoConferenceUrl;

  private final JsonField<String> videoConferenceId;

  private final JsonField<List<CustomField>> customFields;

  private final JsonField<List<ActivityAttendee>> attendees;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<String> updatedBy;

  private final JsonField<String> createdBy;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

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
    this.customFields = b.customFieldsAdded == null ? b.customFields : JsonField.of(ImmutableList.copyOf(b.customFieldsAdded));
    this.attendees = b.attendeesAdded == null ? b.attendees : JsonField.of(ImmutableList.copyOf(b.attendeesAdded));
    this.customMappings = b.customMappings;
    this.updatedBy = b.updatedBy;
    this.createdBy = b.createdBy;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
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
    return this.id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return this.id;
  }

  /**
   * The third-party API ID of original entity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String downstreamId() {
    return this.downstreamId.value();
  }

  /**
   * The <code>downstream_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> downstreamIdField() {
    return this.downstreamId;
  }

  /**
   * The date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime activityDatetime() {
    return this.activityDatetime.value();
  }

  /**
   * The <code>activity_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> activityDatetimeField() {
    return this.activityDatetime;
  }

  /**
   * The duration of the activity in seconds.
   *
   * @return the value, or null when missing or null
   */
  public Long durationSeconds() {
    return this.durationSeconds.value();
  }

  /**
   * The <code>duration_seconds</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> durationSecondsField() {
    return this.durationSeconds;
  }

  /**
   * The user related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String userId() {
    return this.userId.value();
  }

  /**
   * The <code>user_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userIdField() {
    return this.userId;
  }

  /**
   * The account related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String accountId() {
    return this.accountId.value();
  }

  /**
   * The <code>account_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountIdField() {
    return this.accountId;
  }

  /**
   * The contact related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return this.contactId.value();
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return this.contactId;
  }

  /**
   * The company related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return this.companyId.value();
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return this.companyId;
  }

  /**
   * The opportunity related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String opportunityId() {
    return this.opportunityId.value();
  }

  /**
   * The <code>opportunity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> opportunityIdField() {
    return this.opportunityId;
  }

  /**
   * The lead related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String leadId() {
    return this.leadId.value();
  }

  /**
   * The <code>lead_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadIdField() {
    return this.leadId;
  }

  /**
   * The owner of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return this.ownerId.value();
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return this.ownerId;
  }

  /**
   * The campaign related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String campaignId() {
    return this.campaignId.value();
  }

  /**
   * The <code>campaign_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> campaignIdField() {
    return this.campaignId;
  }

  /**
   * The case related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String caseId() {
    return this.caseId.value();
  }

  /**
   * The <code>case_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> caseIdField() {
    return this.caseId;
  }

  /**
   * The asset related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String assetId() {
    return this.assetId.value();
  }

  /**
   * The <code>asset_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> assetIdField() {
    return this.assetId;
  }

  /**
   * The contract related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String contractId() {
    return this.contractId.value();
  }

  /**
   * The <code>contract_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contractIdField() {
    return this.contractId;
  }

  /**
   * The product related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String productId() {
    return this.productId.value();
  }

  /**
   * The <code>product_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> productIdField() {
    return this.productId;
  }

  /**
   * The solution related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String solutionId() {
    return this.solutionId.value();
  }

  /**
   * The <code>solution_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> solutionIdField() {
    return this.solutionId;
  }

  /**
   * The custom object related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String customObjectId() {
    return this.customObjectId.value();
  }

  /**
   * The <code>custom_object_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> customObjectIdField() {
    return this.customObjectId;
  }

  /**
   * The type of the activity.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public ActivityType type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityType> typeField() {
    return this.type;
  }

  /**
   * The title of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return this.title.value();
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return this.title;
  }

  /**
   * A description of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description.value();
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return this.description;
  }

  /**
   * An internal note about the activity.
   *
   * @return the value, or null when missing or null
   */
  public String note() {
    return this.note.value();
  }

  /**
   * The <code>note</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> noteField() {
    return this.note;
  }

  /**
   * The location of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String location() {
    return this.location.value();
  }

  /**
   * The <code>location</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> locationField() {
    return this.location;
  }

  /**
   * A postal address.
   *
   * @return the value, or null when missing or null
   */
  public Address locationAddress() {
    return this.locationAddress.value();
  }

  /**
   * The <code>location_address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Address> locationAddressField() {
    return this.locationAddress;
  }

  /**
   * Whether the Activity is an all day event or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean allDayEvent() {
    return this.allDayEvent.value();
  }

  /**
   * The <code>all_day_event</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> allDayEventField() {
    return this.allDayEvent;
  }

  /**
   * Whether the Activity is private or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean privateValue() {
    return this.privateValue.value();
  }

  /**
   * The <code>private</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> privateValueField() {
    return this.privateValue;
  }

  /**
   * Whether the Activity is a group event or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean groupEvent() {
    return this.groupEvent.value();
  }

  /**
   * The <code>group_event</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> groupEventField() {
    return this.groupEvent;
  }

  /**
   * The sub type of the group event.
   *
   * @return the value, or null when missing or null
   */
  public String eventSubType() {
    return this.eventSubType.value();
  }

  /**
   * The <code>event_sub_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> eventSubTypeField() {
    return this.eventSubType;
  }

  /**
   * The type of the group event.
   *
   * @return the value, or null when missing or null
   */
  public String groupEventType() {
    return this.groupEventType.value();
  }

  /**
   * The <code>group_event_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> groupEventTypeField() {
    return this.groupEventType;
  }

  /**
   * Whether the activity is a child of another activity or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean child() {
    return this.child.value();
  }

  /**
   * The <code>child</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> childField() {
    return this.child;
  }

  /**
   * Whether the activity is archived or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean archived() {
    return this.archived.value();
  }

  /**
   * The <code>archived</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> archivedField() {
    return this.archived;
  }

  /**
   * Whether the activity is deleted or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean deleted() {
    return this.deleted.value();
  }

  /**
   * The <code>deleted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> deletedField() {
    return this.deleted;
  }

  /**
   * How the activity shows in a calendar.
   *
   * @return the value, or null when missing or null
   */
  public ActivityShowAs showAs() {
    return this.showAs.value();
  }

  /**
   * The <code>show_as</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityShowAs> showAsField() {
    return this.showAs;
  }

  /**
   * Whether the Activity is done or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean done() {
    return this.done.value();
  }

  /**
   * The <code>done</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> doneField() {
    return this.done;
  }

  /**
   * The start date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime startDatetime() {
    return this.startDatetime.value();
  }

  /**
   * The <code>start_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> startDatetimeField() {
    return this.startDatetime;
  }

  /**
   * The end date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime endDatetime() {
    return this.endDatetime.value();
  }

  /**
   * The <code>end_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> endDatetimeField() {
    return this.endDatetime;
  }

  /**
   * The duration of the activity in minutes.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long durationMinutes() {
    return this.durationMinutes.value();
  }

  /**
   * The <code>duration_minutes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> durationMinutesField() {
    return this.durationMinutes;
  }

  /**
   * The date of the activity.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate activityDate() {
    return this.activityDate.value();
  }

  /**
   * The <code>activity_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> activityDateField() {
    return this.activityDate;
  }

  /**
   * The end date of the activity.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate endDate() {
    return this.endDate.value();
  }

  /**
   * The <code>end_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> endDateField() {
    return this.endDate;
  }

  /**
   * Whether the activity is recurrent or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean recurrent() {
    return this.recurrent.value();
  }

  /**
   * The <code>recurrent</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> recurrentField() {
    return this.recurrent;
  }

  /**
   * The date and time of the reminder.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime reminderDatetime() {
    return this.reminderDatetime.value();
  }

  /**
   * The <code>reminder_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> reminderDatetimeField() {
    return this.reminderDatetime;
  }

  /**
   * Whether the reminder is set or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean reminderSet() {
    return this.reminderSet.value();
  }

  /**
   * The <code>reminder_set</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> reminderSetField() {
    return this.reminderSet;
  }

  /**
   * The URL of the video conference.
   *
   * @return the value, or null when missing or null
   */
  public String videoConferenceUrl() {
    return this.videoConferenceUrl.value();
  }

  /**
   * The <code>video_conference_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> videoConferenceUrlField() {
    return this.videoConferenceUrl;
  }

  /**
   * The ID of the video conference.
   *
   * @return the value, or null when missing or null
   */
  public String videoConferenceId() {
    return this.videoConferenceId.value();
  }

  /**
   * The <code>video_conference_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> videoConferenceIdField() {
    return this.videoConferenceId;
  }

  /**
   * Custom fields of the activity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<CustomField> customFields() {
    List<CustomField> v = this.customFields.value();
    return v == null ? Collections.<CustomField>emptyList() : v;
  }

  /**
   * The <code>custom_fields</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<CustomField>> customFieldsField() {
    return this.customFields;
  }

  /**
   * Attendees of the activity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<ActivityAttendee> attendees() {
    List<ActivityAttendee> v = this.attendees.value();
    return v == null ? Collections.<ActivityAttendee>emptyList() : v;
  }

  /**
   * The <code>attendees</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<ActivityAttendee>> attendeesField() {
    return this.attendees;
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = this.customMappings.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return this.customMappings;
  }

  /**
   * The user who last updated the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy.value();
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return this.updatedBy;
  }

  /**
   * The user who created the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy.value();
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return this.createdBy;
  }

  /**
   * The date and time when the activity was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return this.updatedAt;
  }

  /**
   * The date and time when the activity was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return this.createdAt;
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
    return this.id.equals(other.id)
        && this.downstreamId.equals(other.downstreamId)
        && this.activityDatetime.equals(other.activityDatetime)
        && this.durationSeconds.equals(other.durationSeconds)
        && this.userId.equals(other.userId)
        && this.accountId.equals(other.accountId)
        && this.contactId.equals(other.contactId)
        && this.companyId.equals(other.companyId)
        && this.opportunityId.equals(other.opportunityId)
        && this.leadId.equals(other.leadId)
        && this.ownerId.equals(other.ownerId)
        && this.campaignId.equals(other.campaignId)
        && this.caseId.equals(other.caseId)
        && this.assetId.equals(other.assetId)
        && this.contractId.equals(other.contractId)
        && this.productId.equals(other.productId)
        && this.solutionId.equals(other.solutionId)
        && this.customObjectId.equals(other.customObjectId)
        && this.type.equals(other.type)
        && this.title.equals(other.title)
        && this.description.equals(other.description)
        && this.note.equals(other.note)
        && this.location.equals(other.location)
        && this.locationAddress.equals(other.locationAddress)
        && this.allDayEvent.equals(other.allDayEvent)
        && this.privateValue.equals(other.privateValue)
        && this.groupEvent.equals(other.groupEvent)
        && this.eventSubType.equals(other.eventSubType)
        && this.groupEventType.equals(other.groupEventType)
        && this.child.equals(other.child)
        && this.archived.equals(other.archived)
        && this.deleted.equals(other.deleted)
        && this.showAs.equals(other.showAs)
        && this.done.equals(other.done)
        && this.startDatetime.equals(other.startDatetime)
        && this.endDatetime.equals(other.endDatetime)
        && this.durationMinutes.equals(other.durationMinutes)
        && this.activityDate.equals(other.activityDate)
        && this.endDate.equals(other.endDate)
        && this.recurrent.equals(other.recurrent)
        && this.reminderDatetime.equals(other.reminderDatetime)
        && this.reminderSet.equals(other.reminderSet)
        && this.videoConferenceUrl.equals(other.videoConferenceUrl)
        && this.videoConferenceId.equals(other.videoConferenceId)
        && this.customFields.equals(other.customFields)
        && this.attendees.equals(other.attendees)
        && this.customMappings.equals(other.customMappings)
        && this.updatedBy.equals(other.updatedBy)
        && this.createdBy.equals(other.createdBy)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.downstreamId.hashCode();
    h = 31 * h + this.activityDatetime.hashCode();
    h = 31 * h + this.durationSeconds.hashCode();
    h = 31 * h + this.userId.hashCode();
    h = 31 * h + this.accountId.hashCode();
    h = 31 * h + this.contactId.hashCode();
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.opportunityId.hashCode();
    h = 31 * h + this.leadId.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.campaignId.hashCode();
    h = 31 * h + this.caseId.hashCode();
    h = 31 * h + this.assetId.hashCode();
    h = 31 * h + this.contractId.hashCode();
    h = 31 * h + this.productId.hashCode();
    h = 31 * h + this.solutionId.hashCode();
    h = 31 * h + this.customObjectId.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.note.hashCode();
    h = 31 * h + this.location.hashCode();
    h = 31 * h + this.locationAddress.hashCode();
    h = 31 * h + this.allDayEvent.hashCode();
    h = 31 * h + this.privateValue.hashCode();
    h = 31 * h + this.groupEvent.hashCode();
    h = 31 * h + this.eventSubType.hashCode();
    h = 31 * h + this.groupEventType.hashCode();
    h = 31 * h + this.child.hashCode();
    h = 31 * h + this.archived.hashCode();
    h = 31 * h + this.deleted.hashCode();
    h = 31 * h + this.showAs.hashCode();
    h = 31 * h + this.done.hashCode();
    h = 31 * h + this.startDatetime.hashCode();
    h = 31 * h + this.endDatetime.hashCode();
    h = 31 * h + this.durationMinutes.hashCode();
    h = 31 * h + this.activityDate.hashCode();
    h = 31 * h + this.endDate.hashCode();
    h = 31 * h + this.recurrent.hashCode();
    h = 31 * h + this.reminderDatetime.hashCode();
    h = 31 * h + this.reminderSet.hashCode();
    h = 31 * h + this.videoConferenceUrl.hashCode();
    h = 31 * h + this.videoConferenceId.hashCode();
    h = 31 * h + this.customFields.hashCode();
    h = 31 * h + this.attendees.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedBy.hashCode();
    h = 31 * h + this.createdBy.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Activity{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.downstreamId.isMissing()) {
      sb.append(sep).append("downstreamId=").append(this.downstreamId);
      sep = ", ";
    }
    if (!this.activityDatetime.isMissing()) {
      sb.append(sep).append("activityDatetime=").append(this.activityDatetime);
      sep = ", ";
    }
    if (!this.durationSeconds.isMissing()) {
      sb.append(sep).append("durationSeconds=").append(this.durationSeconds);
      sep = ", ";
    }
    if (!this.userId.isMissing()) {
      sb.append(sep).append("userId=").append(this.userId);
      sep = ", ";
    }
    if (!this.accountId.isMissing()) {
      sb.append(sep).append("accountId=").append(this.accountId);
      sep = ", ";
    }
    if (!this.contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.opportunityId.isMissing()) {
      sb.append(sep).append("opportunityId=").append(this.opportunityId);
      sep = ", ";
    }
    if (!this.leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.campaignId.isMissing()) {
      sb.append(sep).append("campaignId=").append(this.campaignId);
      sep = ", ";
    }
    if (!this.caseId.isMissing()) {
      sb.append(sep).append("caseId=").append(this.caseId);
      sep = ", ";
    }
    if (!this.assetId.isMissing()) {
      sb.append(sep).append("assetId=").append(this.assetId);
      sep = ", ";
    }
    if (!this.contractId.isMissing()) {
      sb.append(sep).append("contractId=").append(this.contractId);
      sep = ", ";
    }
    if (!this.productId.isMissing()) {
      sb.append(sep).append("productId=").append(this.productId);
      sep = ", ";
    }
    if (!this.solutionId.isMissing()) {
      sb.append(sep).append("solutionId=").append(this.solutionId);
      sep = ", ";
    }
    if (!this.customObjectId.isMissing()) {
      sb.append(sep).append("customObjectId=").append(this.customObjectId);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.note.isMissing()) {
      sb.append(sep).append("note=").append(this.note);
      sep = ", ";
    }
    if (!this.location.isMissing()) {
      sb.append(sep).append("location=").append(this.location);
      sep = ", ";
    }
    if (!this.locationAddress.isMissing()) {
      sb.append(sep).append("locationAddress=").append(this.locationAddress);
      sep = ", ";
    }
    if (!this.allDayEvent.isMissing()) {
      sb.append(sep).append("allDayEvent=").append(this.allDayEvent);
      sep = ", ";
    }
    if (!this.privateValue.isMissing()) {
      sb.append(sep).append("privateValue=").append(this.privateValue);
      sep = ", ";
    }
    if (!this.groupEvent.isMissing()) {
      sb.append(sep).append("groupEvent=").append(this.groupEvent);
      sep = ", ";
    }
    if (!this.eventSubType.isMissing()) {
      sb.append(sep).append("eventSubType=").append(this.eventSubType);
      sep = ", ";
    }
    if (!this.groupEventType.isMissing()) {
      sb.append(sep).append("groupEventType=").append(this.groupEventType);
      sep = ", ";
    }
    if (!this.child.isMissing()) {
      sb.append(sep).append("child=").append(this.child);
      sep = ", ";
    }
    if (!this.archived.isMissing()) {
      sb.append(sep).append("archived=").append(this.archived);
      sep = ", ";
    }
    if (!this.deleted.isMissing()) {
      sb.append(sep).append("deleted=").append(this.deleted);
      sep = ", ";
    }
    if (!this.showAs.isMissing()) {
      sb.append(sep).append("showAs=").append(this.showAs);
      sep = ", ";
    }
    if (!this.done.isMissing()) {
      sb.append(sep).append("done=").append(this.done);
      sep = ", ";
    }
    if (!this.startDatetime.isMissing()) {
      sb.append(sep).append("startDatetime=").append(this.startDatetime);
      sep = ", ";
    }
    if (!this.endDatetime.isMissing()) {
      sb.append(sep).append("endDatetime=").append(this.endDatetime);
      sep = ", ";
    }
    if (!this.durationMinutes.isMissing()) {
      sb.append(sep).append("durationMinutes=").append(this.durationMinutes);
      sep = ", ";
    }
    if (!this.activityDate.isMissing()) {
      sb.append(sep).append("activityDate=").append(this.activityDate);
      sep = ", ";
    }
    if (!this.endDate.isMissing()) {
      sb.append(sep).append("endDate=").append(this.endDate);
      sep = ", ";
    }
    if (!this.recurrent.isMissing()) {
      sb.append(sep).append("recurrent=").append(this.recurrent);
      sep = ", ";
    }
    if (!this.reminderDatetime.isMissing()) {
      sb.append(sep).append("reminderDatetime=").append(this.reminderDatetime);
      sep = ", ";
    }
    if (!this.reminderSet.isMissing()) {
      sb.append(sep).append("reminderSet=").append(this.reminderSet);
      sep = ", ";
    }
    if (!this.videoConferenceUrl.isMissing()) {
      sb.append(sep).append("videoConferenceUrl=").append(this.videoConferenceUrl);
      sep = ", ";
    }
    if (!this.videoConferenceId.isMissing()) {
      sb.append(sep).append("videoConferenceId=").append(this.videoConferenceId);
      sep = ", ";
    }
    if (!this.customFields.isMissing()) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if (!this.attendees.isMissing()) {
      sb.append(sep).append("attendees=").append(this.attendees);
      sep = ", ";
    }
    if (!this.customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if (!this.updatedBy.isMissing()) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if (!this.createdBy.isMissing()) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if (!this.updatedAt.isMissing()) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if (!this.createdAt.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> downstreamId = JsonField.missing();

    private JsonField<OffsetDateTime> activityDatetime = JsonField.missing();

    private JsonField<Long> durationSeconds = JsonField.missing();

    private JsonField<String> userId = JsonField.missing();

    private JsonField<String> accountId = JsonField.missing();

    private JsonField<String> contactId = JsonField.missing();

    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> opportunityId = JsonField.missing();

    private JsonField<String> leadId = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> campaignId = JsonField.missing();

    private JsonField<String> caseId = JsonField.missing();

    private JsonField<String> assetId = JsonField.missing();

    private JsonField<String> contractId = JsonField.missing();

    private JsonField<String> productId = JsonField.missing();

    private JsonField<String> solutionId = JsonField.missing();

    private JsonField<String> customObjectId = JsonField.missing();

    private JsonField<ActivityType> type = JsonField.missing();

    private JsonField<String> title = JsonField.missing();

    private JsonField<String> description = JsonField.missing();

    private JsonField<String> note = JsonField.missing();

    private JsonField<String> location = JsonField.missing();

    private JsonField<Address> locationAddress = JsonField.missing();

    private JsonField<Boolean> allDayEvent = JsonField.missing();

    private JsonField<Boolean> privateValue = JsonField.missing();

    private JsonField<Boolean> groupEvent = JsonField.missing();

    private JsonField<String> eventSubType = JsonField.missing();

    private JsonField<String> groupEventType = JsonField.missing();

    private JsonField<Boolean> child = JsonField.missing();

    private JsonField<Boolean> archived = JsonField.missing();

    private JsonField<Boolean> deleted = JsonField.missing();

    private JsonField<ActivityShowAs> showAs = JsonField.missing();

    private JsonField<Boolean> done = JsonField.missing();

    private JsonField<OffsetDateTime> startDatetime = JsonField.missing();

    private JsonField<OffsetDateTime> endDatetime = JsonField.missing();

    private JsonField<Long> durationMinutes = JsonField.missing();

    private JsonField<LocalDate> activityDate = JsonField.missing();

    private JsonField<LocalDate> endDate = JsonField.missing();

    private JsonField<Boolean> recurrent = JsonField.missing();

    private JsonField<OffsetDateTime> reminderDatetime = JsonField.missing();

    private JsonField<Boolean> reminderSet = JsonField.missing();

    private JsonField<String> videoConferenceUrl = JsonField.missing();

    private JsonField<String> videoConferenceId = JsonField.missing();

    private JsonField<List<CustomField>> customFields = JsonField.missing();

    private ArrayList<CustomField> customFieldsAdded;

    private JsonField<List<ActivityAttendee>> attendees = JsonField.missing();

    private ArrayList<ActivityAttendee> attendeesAdded;

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<String> updatedBy = JsonField.missing();

    private JsonField<String> createdBy = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

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
      this.id = JsonField.of(id);
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
      this.downstreamId = JsonField.of(downstreamId);
      return this;
    }

    /**
     * The date and time of the activity.
     *
     * @param activityDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder activityDatetime(OffsetDateTime activityDatetime) {
      this.activityDatetime = JsonField.of(activityDatetime);
      return this;
    }

    /**
     * The duration of the activity in seconds.
     *
     * @param durationSeconds the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder durationSeconds(Long durationSeconds) {
      this.durationSeconds = JsonField.of(durationSeconds);
      return this;
    }

    /**
     * The user related to the activity.
     *
     * @param userId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = JsonField.of(userId);
      return this;
    }

    /**
     * The account related to the activity.
     *
     * @param accountId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = JsonField.of(accountId);
      return this;
    }

    /**
     * The contact related to the activity.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = JsonField.of(contactId);
      return this;
    }

    /**
     * The company related to the activity.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = JsonField.of(companyId);
      return this;
    }

    /**
     * The opportunity related to the activity.
     *
     * @param opportunityId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder opportunityId(String opportunityId) {
      this.opportunityId = JsonField.of(opportunityId);
      return this;
    }

    /**
     * The lead related to the activity.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = JsonField.of(leadId);
      return this;
    }

    /**
     * The owner of the activity.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * The campaign related to the activity.
     *
     * @param campaignId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder campaignId(String campaignId) {
      this.campaignId = JsonField.of(campaignId);
      return this;
    }

    /**
     * The case related to the activity.
     *
     * @param caseId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder caseId(String caseId) {
      this.caseId = JsonField.of(caseId);
      return this;
    }

    /**
     * The asset related to the activity.
     *
     * @param assetId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder assetId(String assetId) {
      this.assetId = JsonField.of(assetId);
      return this;
    }

    /**
     * The contract related to the activity.
     *
     * @param contractId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contractId(String contractId) {
      this.contractId = JsonField.of(contractId);
      return this;
    }

    /**
     * The product related to the activity.
     *
     * @param productId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder productId(String productId) {
      this.productId = JsonField.of(productId);
      return this;
    }

    /**
     * The solution related to the activity.
     *
     * @param solutionId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder solutionId(String solutionId) {
      this.solutionId = JsonField.of(solutionId);
      return this;
    }

    /**
     * The custom object related to the activity.
     *
     * @param customObjectId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customObjectId(String customObjectId) {
      this.customObjectId = JsonField.of(customObjectId);
      return this;
    }

    /**
     * The type of the activity.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(ActivityType type) {
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The title of the activity.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = JsonField.of(title);
      return this;
    }

    /**
     * A description of the activity.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * An internal note about the activity.
     *
     * @param note the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder note(String note) {
      this.note = JsonField.of(note);
      return this;
    }

    /**
     * The location of the activity.
     *
     * @param location the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder location(String location) {
      this.location = JsonField.of(location);
      return this;
    }

    /**
     * A postal address.
     *
     * @param locationAddress the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder locationAddress(Address locationAddress) {
      this.locationAddress = JsonField.of(locationAddress);
      return this;
    }

    /**
     * Whether the Activity is an all day event or not.
     *
     * @param allDayEvent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder allDayEvent(Boolean allDayEvent) {
      this.allDayEvent = JsonField.of(allDayEvent);
      return this;
    }

    /**
     * Whether the Activity is private or not.
     *
     * @param privateValue the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder privateValue(Boolean privateValue) {
      this.privateValue = JsonField.of(privateValue);
      return this;
    }

    /**
     * Whether the Activity is a group event or not.
     *
     * @param groupEvent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder groupEvent(Boolean groupEvent) {
      this.groupEvent = JsonField.of(groupEvent);
      return this;
    }

    /**
     * The sub type of the group event.
     *
     * @param eventSubType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder eventSubType(String eventSubType) {
      this.eventSubType = JsonField.of(eventSubType);
      return this;
    }

    /**
     * The type of the group event.
     *
     * @param groupEventType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder groupEventType(String groupEventType) {
      this.groupEventType = JsonField.of(groupEventType);
      return this;
    }

    /**
     * Whether the activity is a child of another activity or not.
     *
     * @param child the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder child(Boolean child) {
      this.child = JsonField.of(child);
      return this;
    }

    /**
     * Whether the activity is archived or not.
     *
     * @param archived the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder archived(Boolean archived) {
      this.archived = JsonField.of(archived);
      return this;
    }

    /**
     * Whether the activity is deleted or not.
     *
     * @param deleted the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder deleted(Boolean deleted) {
      this.deleted = JsonField.of(deleted);
      return this;
    }

    /**
     * How the activity shows in a calendar.
     *
     * @param showAs the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder showAs(ActivityShowAs showAs) {
      this.showAs = JsonField.of(showAs);
      return this;
    }

    /**
     * Whether the Activity is done or not.
     *
     * @param done the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder done(Boolean done) {
      this.done = JsonField.of(done);
      return this;
    }

    /**
     * The start date and time of the activity.
     *
     * @param startDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder startDatetime(OffsetDateTime startDatetime) {
      this.startDatetime = JsonField.of(startDatetime);
      return this;
    }

    /**
     * The end date and time of the activity.
     *
     * @param endDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder endDatetime(OffsetDateTime endDatetime) {
      this.endDatetime = JsonField.of(endDatetime);
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
      this.durationMinutes = JsonField.of(durationMinutes);
      return this;
    }

    /**
     * The date of the activity.
     *
     * @param activityDate the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder activityDate(LocalDate activityDate) {
      this.activityDate = JsonField.of(activityDate);
      return this;
    }

    /**
     * The end date of the activity.
     *
     * @param endDate the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = JsonField.of(endDate);
      return this;
    }

    /**
     * Whether the activity is recurrent or not.
     *
     * @param recurrent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder recurrent(Boolean recurrent) {
      this.recurrent = JsonField.of(recurrent);
      return this;
    }

    /**
     * The date and time of the reminder.
     *
     * @param reminderDatetime the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder reminderDatetime(OffsetDateTime reminderDatetime) {
      this.reminderDatetime = JsonField.of(reminderDatetime);
      return this;
    }

    /**
     * Whether the reminder is set or not.
     *
     * @param reminderSet the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder reminderSet(Boolean reminderSet) {
      this.reminderSet = JsonField.of(reminderSet);
      return this;
    }

    /**
     * The URL of the video conference.
     *
     * @param videoConferenceUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder videoConferenceUrl(String videoConferenceUrl) {
      this.videoConferenceUrl = JsonField.of(videoConferenceUrl);
      return this;
    }

    /**
     * The ID of the video conference.
     *
     * @param videoConferenceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder videoConferenceId(String videoConferenceId) {
      this.videoConferenceId = JsonField.of(videoConferenceId);
      return this;
    }

    /**
     * Custom fields of the activity.
     *
     * @param customFields the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customFields(List<CustomField> customFields) {
      this.customFields = JsonField.of(ImmutableList.copyOf(customFields));
      this.customFieldsAdded = null;
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
        List<CustomField> current = this.customFields.value();
        this.customFieldsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.customFieldsAdded.add(item);
      return this;
    }

    /**
     * Attendees of the activity.
     *
     * @param attendees the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder attendees(List<ActivityAttendee> attendees) {
      this.attendees = JsonField.of(ImmutableList.copyOf(attendees));
      this.attendeesAdded = null;
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
        List<ActivityAttendee> current = this.attendees.value();
        this.attendeesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.attendeesAdded.add(item);
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
      this.customMappings = JsonField.of(customMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customMappings)));
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
      this.updatedBy = JsonField.of(updatedBy);
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
      this.createdBy = JsonField.of(createdBy);
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
      this.updatedAt = JsonField.of(updatedAt);
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
      this.createdAt = JsonField.of(createdAt);
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
}
