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
    this.customFields = b.customFields;
    this.attendees = b.attendees;
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
    return id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return id;
  }

  /**
   * The third-party API ID of original entity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String downstreamId() {
    return downstreamId.value();
  }

  /**
   * The <code>downstream_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> downstreamIdField() {
    return downstreamId;
  }

  /**
   * The date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime activityDatetime() {
    return activityDatetime.value();
  }

  /**
   * The <code>activity_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> activityDatetimeField() {
    return activityDatetime;
  }

  /**
   * The duration of the activity in seconds.
   *
   * @return the value, or null when missing or null
   */
  public Long durationSeconds() {
    return durationSeconds.value();
  }

  /**
   * The <code>duration_seconds</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> durationSecondsField() {
    return durationSeconds;
  }

  /**
   * The user related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String userId() {
    return userId.value();
  }

  /**
   * The <code>user_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userIdField() {
    return userId;
  }

  /**
   * The account related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String accountId() {
    return accountId.value();
  }

  /**
   * The <code>account_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountIdField() {
    return accountId;
  }

  /**
   * The contact related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return contactId.value();
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return contactId;
  }

  /**
   * The company related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return companyId.value();
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return companyId;
  }

  /**
   * The opportunity related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String opportunityId() {
    return opportunityId.value();
  }

  /**
   * The <code>opportunity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> opportunityIdField() {
    return opportunityId;
  }

  /**
   * The lead related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String leadId() {
    return leadId.value();
  }

  /**
   * The <code>lead_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadIdField() {
    return leadId;
  }

  /**
   * The owner of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return ownerId.value();
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return ownerId;
  }

  /**
   * The campaign related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String campaignId() {
    return campaignId.value();
  }

  /**
   * The <code>campaign_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> campaignIdField() {
    return campaignId;
  }

  /**
   * The case related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String caseId() {
    return caseId.value();
  }

  /**
   * The <code>case_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> caseIdField() {
    return caseId;
  }

  /**
   * The asset related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String assetId() {
    return assetId.value();
  }

  /**
   * The <code>asset_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> assetIdField() {
    return assetId;
  }

  /**
   * The contract related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String contractId() {
    return contractId.value();
  }

  /**
   * The <code>contract_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contractIdField() {
    return contractId;
  }

  /**
   * The product related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String productId() {
    return productId.value();
  }

  /**
   * The <code>product_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> productIdField() {
    return productId;
  }

  /**
   * The solution related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String solutionId() {
    return solutionId.value();
  }

  /**
   * The <code>solution_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> solutionIdField() {
    return solutionId;
  }

  /**
   * The custom object related to the activity.
   *
   * @return the value, or null when missing or null
   */
  public String customObjectId() {
    return customObjectId.value();
  }

  /**
   * The <code>custom_object_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> customObjectIdField() {
    return customObjectId;
  }

  /**
   * The type of the activity.
   *
   * @return the value, or null when missing or null
   */
  public ActivityType type() {
    return type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityType> typeField() {
    return type;
  }

  /**
   * The title of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return title.value();
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return title;
  }

  /**
   * A description of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return description.value();
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return description;
  }

  /**
   * An internal note about the activity.
   *
   * @return the value, or null when missing or null
   */
  public String note() {
    return note.value();
  }

  /**
   * The <code>note</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> noteField() {
    return note;
  }

  /**
   * The location of the activity.
   *
   * @return the value, or null when missing or null
   */
  public String location() {
    return location.value();
  }

  /**
   * The <code>location</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> locationField() {
    return location;
  }

  /**
   * A postal address.
   *
   * @return the value, or null when missing or null
   */
  public Address locationAddress() {
    return locationAddress.value();
  }

  /**
   * The <code>location_address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Address> locationAddressField() {
    return locationAddress;
  }

  /**
   * Whether the Activity is an all day event or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean allDayEvent() {
    return allDayEvent.value();
  }

  /**
   * The <code>all_day_event</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> allDayEventField() {
    return allDayEvent;
  }

  /**
   * Whether the Activity is private or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean privateValue() {
    return privateValue.value();
  }

  /**
   * The <code>private</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> privateValueField() {
    return privateValue;
  }

  /**
   * Whether the Activity is a group event or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean groupEvent() {
    return groupEvent.value();
  }

  /**
   * The <code>group_event</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> groupEventField() {
    return groupEvent;
  }

  /**
   * The sub type of the group event.
   *
   * @return the value, or null when missing or null
   */
  public String eventSubType() {
    return eventSubType.value();
  }

  /**
   * The <code>event_sub_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> eventSubTypeField() {
    return eventSubType;
  }

  /**
   * The type of the group event.
   *
   * @return the value, or null when missing or null
   */
  public String groupEventType() {
    return groupEventType.value();
  }

  /**
   * The <code>group_event_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> groupEventTypeField() {
    return groupEventType;
  }

  /**
   * Whether the activity is a child of another activity or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean child() {
    return child.value();
  }

  /**
   * The <code>child</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> childField() {
    return child;
  }

  /**
   * Whether the activity is archived or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean archived() {
    return archived.value();
  }

  /**
   * The <code>archived</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> archivedField() {
    return archived;
  }

  /**
   * Whether the activity is deleted or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean deleted() {
    return deleted.value();
  }

  /**
   * The <code>deleted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> deletedField() {
    return deleted;
  }

  /**
   * How the activity shows in a calendar.
   *
   * @return the value, or null when missing or null
   */
  public ActivityShowAs showAs() {
    return showAs.value();
  }

  /**
   * The <code>show_as</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityShowAs> showAsField() {
    return showAs;
  }

  /**
   * Whether the Activity is done or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean done() {
    return done.value();
  }

  /**
   * The <code>done</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> doneField() {
    return done;
  }

  /**
   * The start date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime startDatetime() {
    return startDatetime.value();
  }

  /**
   * The <code>start_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> startDatetimeField() {
    return startDatetime;
  }

  /**
   * The end date and time of the activity.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime endDatetime() {
    return endDatetime.value();
  }

  /**
   * The <code>end_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> endDatetimeField() {
    return endDatetime;
  }

  /**
   * The duration of the activity in minutes.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long durationMinutes() {
    return durationMinutes.value();
  }

  /**
   * The <code>duration_minutes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> durationMinutesField() {
    return durationMinutes;
  }

  /**
   * The date of the activity.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate activityDate() {
    return activityDate.value();
  }

  /**
   * The <code>activity_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> activityDateField() {
    return activityDate;
  }

  /**
   * The end date of the activity.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate endDate() {
    return endDate.value();
  }

  /**
   * The <code>end_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> endDateField() {
    return endDate;
  }

  /**
   * Whether the activity is recurrent or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean recurrent() {
    return recurrent.value();
  }

  /**
   * The <code>recurrent</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> recurrentField() {
    return recurrent;
  }

  /**
   * The date and time of the reminder.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime reminderDatetime() {
    return reminderDatetime.value();
  }

  /**
   * The <code>reminder_datetime</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> reminderDatetimeField() {
    return reminderDatetime;
  }

  /**
   * Whether the reminder is set or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean reminderSet() {
    return reminderSet.value();
  }

  /**
   * The <code>reminder_set</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> reminderSetField() {
    return reminderSet;
  }

  /**
   * The URL of the video conference.
   *
   * @return the value, or null when missing or null
   */
  public String videoConferenceUrl() {
    return videoConferenceUrl.value();
  }

  /**
   * The <code>video_conference_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> videoConferenceUrlField() {
    return videoConferenceUrl;
  }

  /**
   * The ID of the video conference.
   *
   * @return the value, or null when missing or null
   */
  public String videoConferenceId() {
    return videoConferenceId.value();
  }

  /**
   * The <code>video_conference_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> videoConferenceIdField() {
    return videoConferenceId;
  }

  /**
   * Custom fields of the activity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<CustomField> customFields() {
    List<CustomField> v = customFields.value();
    return v == null ? Collections.<CustomField>emptyList() : v;
  }

  /**
   * The <code>custom_fields</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<CustomField>> customFieldsField() {
    return customFields;
  }

  /**
   * Attendees of the activity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<ActivityAttendee> attendees() {
    List<ActivityAttendee> v = attendees.value();
    return v == null ? Collections.<ActivityAttendee>emptyList() : v;
  }

  /**
   * The <code>attendees</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<ActivityAttendee>> attendeesField() {
    return attendees;
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = customMappings.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return customMappings;
  }

  /**
   * The user who last updated the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return updatedBy.value();
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return updatedBy;
  }

  /**
   * The user who created the activity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return createdBy.value();
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return createdBy;
  }

  /**
   * The date and time when the activity was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return updatedAt;
  }

  /**
   * The date and time when the activity was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return createdAt;
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
    return id.equals(other.id)
        && downstreamId.equals(other.downstreamId)
        && activityDatetime.equals(other.activityDatetime)
        && durationSeconds.equals(other.durationSeconds)
        && userId.equals(other.userId)
        && accountId.equals(other.accountId)
        && contactId.equals(other.contactId)
        && companyId.equals(other.companyId)
        && opportunityId.equals(other.opportunityId)
        && leadId.equals(other.leadId)
        && ownerId.equals(other.ownerId)
        && campaignId.equals(other.campaignId)
        && caseId.equals(other.caseId)
        && assetId.equals(other.assetId)
        && contractId.equals(other.contractId)
        && productId.equals(other.productId)
        && solutionId.equals(other.solutionId)
        && customObjectId.equals(other.customObjectId)
        && type.equals(other.type)
        && title.equals(other.title)
        && description.equals(other.description)
        && note.equals(other.note)
        && location.equals(other.location)
        && locationAddress.equals(other.locationAddress)
        && allDayEvent.equals(other.allDayEvent)
        && privateValue.equals(other.privateValue)
        && groupEvent.equals(other.groupEvent)
        && eventSubType.equals(other.eventSubType)
        && groupEventType.equals(other.groupEventType)
        && child.equals(other.child)
        && archived.equals(other.archived)
        && deleted.equals(other.deleted)
        && showAs.equals(other.showAs)
        && done.equals(other.done)
        && startDatetime.equals(other.startDatetime)
        && endDatetime.equals(other.endDatetime)
        && durationMinutes.equals(other.durationMinutes)
        && activityDate.equals(other.activityDate)
        && endDate.equals(other.endDate)
        && recurrent.equals(other.recurrent)
        && reminderDatetime.equals(other.reminderDatetime)
        && reminderSet.equals(other.reminderSet)
        && videoConferenceUrl.equals(other.videoConferenceUrl)
        && videoConferenceId.equals(other.videoConferenceId)
        && customFields.equals(other.customFields)
        && attendees.equals(other.attendees)
        && customMappings.equals(other.customMappings)
        && updatedBy.equals(other.updatedBy)
        && createdBy.equals(other.createdBy)
        && updatedAt.equals(other.updatedAt)
        && createdAt.equals(other.createdAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + id.hashCode();
    h = 31 * h + downstreamId.hashCode();
    h = 31 * h + activityDatetime.hashCode();
    h = 31 * h + durationSeconds.hashCode();
    h = 31 * h + userId.hashCode();
    h = 31 * h + accountId.hashCode();
    h = 31 * h + contactId.hashCode();
    h = 31 * h + companyId.hashCode();
    h = 31 * h + opportunityId.hashCode();
    h = 31 * h + leadId.hashCode();
    h = 31 * h + ownerId.hashCode();
    h = 31 * h + campaignId.hashCode();
    h = 31 * h + caseId.hashCode();
    h = 31 * h + assetId.hashCode();
    h = 31 * h + contractId.hashCode();
    h = 31 * h + productId.hashCode();
    h = 31 * h + solutionId.hashCode();
    h = 31 * h + customObjectId.hashCode();
    h = 31 * h + type.hashCode();
    h = 31 * h + title.hashCode();
    h = 31 * h + description.hashCode();
    h = 31 * h + note.hashCode();
    h = 31 * h + location.hashCode();
    h = 31 * h + locationAddress.hashCode();
    h = 31 * h + allDayEvent.hashCode();
    h = 31 * h + privateValue.hashCode();
    h = 31 * h + groupEvent.hashCode();
    h = 31 * h + eventSubType.hashCode();
    h = 31 * h + groupEventType.hashCode();
    h = 31 * h + child.hashCode();
    h = 31 * h + archived.hashCode();
    h = 31 * h + deleted.hashCode();
    h = 31 * h + showAs.hashCode();
    h = 31 * h + done.hashCode();
    h = 31 * h + startDatetime.hashCode();
    h = 31 * h + endDatetime.hashCode();
    h = 31 * h + durationMinutes.hashCode();
    h = 31 * h + activityDate.hashCode();
    h = 31 * h + endDate.hashCode();
    h = 31 * h + recurrent.hashCode();
    h = 31 * h + reminderDatetime.hashCode();
    h = 31 * h + reminderSet.hashCode();
    h = 31 * h + videoConferenceUrl.hashCode();
    h = 31 * h + videoConferenceId.hashCode();
    h = 31 * h + customFields.hashCode();
    h = 31 * h + attendees.hashCode();
    h = 31 * h + customMappings.hashCode();
    h = 31 * h + updatedBy.hashCode();
    h = 31 * h + createdBy.hashCode();
    h = 31 * h + updatedAt.hashCode();
    h = 31 * h + createdAt.hashCode();
    h = 31 * h + additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Activity{");
    String sep = "";
    if (!id.isMissing()) {
      sb.append(sep).append("id=").append(id);
      sep = ", ";
    }
    if (!downstreamId.isMissing()) {
      sb.append(sep).append("downstreamId=").append(downstreamId);
      sep = ", ";
    }
    if (!activityDatetime.isMissing()) {
      sb.append(sep).append("activityDatetime=").append(activityDatetime);
      sep = ", ";
    }
    if (!durationSeconds.isMissing()) {
      sb.append(sep).append("durationSeconds=").append(durationSeconds);
      sep = ", ";
    }
    if (!userId.isMissing()) {
      sb.append(sep).append("userId=").append(userId);
      sep = ", ";
    }
    if (!accountId.isMissing()) {
      sb.append(sep).append("accountId=").append(accountId);
      sep = ", ";
    }
    if (!contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(contactId);
      sep = ", ";
    }
    if (!companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(companyId);
      sep = ", ";
    }
    if (!opportunityId.isMissing()) {
      sb.append(sep).append("opportunityId=").append(opportunityId);
      sep = ", ";
    }
    if (!leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(leadId);
      sep = ", ";
    }
    if (!ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(ownerId);
      sep = ", ";
    }
    if (!campaignId.isMissing()) {
      sb.append(sep).append("campaignId=").append(campaignId);
      sep = ", ";
    }
    if (!caseId.isMissing()) {
      sb.append(sep).append("caseId=").append(caseId);
      sep = ", ";
    }
    if (!assetId.isMissing()) {
      sb.append(sep).append("assetId=").append(assetId);
      sep = ", ";
    }
    if (!contractId.isMissing()) {
      sb.append(sep).append("contractId=").append(contractId);
      sep = ", ";
    }
    if (!productId.isMissing()) {
      sb.append(sep).append("productId=").append(productId);
      sep = ", ";
    }
    if (!solutionId.isMissing()) {
      sb.append(sep).append("solutionId=").append(solutionId);
      sep = ", ";
    }
    if (!customObjectId.isMissing()) {
      sb.append(sep).append("customObjectId=").append(customObjectId);
      sep = ", ";
    }
    if (!type.isMissing()) {
      sb.append(sep).append("type=").append(type);
      sep = ", ";
    }
    if (!title.isMissing()) {
      sb.append(sep).append("title=").append(title);
      sep = ", ";
    }
    if (!description.isMissing()) {
      sb.append(sep).append("description=").append(description);
      sep = ", ";
    }
    if (!note.isMissing()) {
      sb.append(sep).append("note=").append(note);
      sep = ", ";
    }
    if (!location.isMissing()) {
      sb.append(sep).append("location=").append(location);
      sep = ", ";
    }
    if (!locationAddress.isMissing()) {
      sb.append(sep).append("locationAddress=").append(locationAddress);
      sep = ", ";
    }
    if (!allDayEvent.isMissing()) {
      sb.append(sep).append("allDayEvent=").append(allDayEvent);
      sep = ", ";
    }
    if (!privateValue.isMissing()) {
      sb.append(sep).append("privateValue=").append(privateValue);
      sep = ", ";
    }
    if (!groupEvent.isMissing()) {
      sb.append(sep).append("groupEvent=").append(groupEvent);
      sep = ", ";
    }
    if (!eventSubType.isMissing()) {
      sb.append(sep).append("eventSubType=").append(eventSubType);
      sep = ", ";
    }
    if (!groupEventType.isMissing()) {
      sb.append(sep).append("groupEventType=").append(groupEventType);
      sep = ", ";
    }
    if (!child.isMissing()) {
      sb.append(sep).append("child=").append(child);
      sep = ", ";
    }
    if (!archived.isMissing()) {
      sb.append(sep).append("archived=").append(archived);
      sep = ", ";
    }
    if (!deleted.isMissing()) {
      sb.append(sep).append("deleted=").append(deleted);
      sep = ", ";
    }
    if (!showAs.isMissing()) {
      sb.append(sep).append("showAs=").append(showAs);
      sep = ", ";
    }
    if (!done.isMissing()) {
      sb.append(sep).append("done=").append(done);
      sep = ", ";
    }
    if (!startDatetime.isMissing()) {
      sb.append(sep).append("startDatetime=").append(startDatetime);
      sep = ", ";
    }
    if (!endDatetime.isMissing()) {
      sb.append(sep).append("endDatetime=").append(endDatetime);
      sep = ", ";
    }
    if (!durationMinutes.isMissing()) {
      sb.append(sep).append("durationMinutes=").append(durationMinutes);
      sep = ", ";
    }
    if (!activityDate.isMissing()) {
      sb.append(sep).append("activityDate=").append(activityDate);
      sep = ", ";
    }
    if (!endDate.isMissing()) {
      sb.append(sep).append("endDate=").append(endDate);
      sep = ", ";
    }
    if (!recurrent.isMissing()) {
      sb.append(sep).append("recurrent=").append(recurrent);
      sep = ", ";
    }
    if (!reminderDatetime.isMissing()) {
      sb.append(sep).append("reminderDatetime=").append(reminderDatetime);
      sep = ", ";
    }
    if (!reminderSet.isMissing()) {
      sb.append(sep).append("reminderSet=").append(reminderSet);
      sep = ", ";
    }
    if (!videoConferenceUrl.isMissing()) {
      sb.append(sep).append("videoConferenceUrl=").append(videoConferenceUrl);
      sep = ", ";
    }
    if (!videoConferenceId.isMissing()) {
      sb.append(sep).append("videoConferenceId=").append(videoConferenceId);
      sep = ", ";
    }
    if (!customFields.isMissing()) {
      sb.append(sep).append("customFields=").append(customFields);
      sep = ", ";
    }
    if (!attendees.isMissing()) {
      sb.append(sep).append("attendees=").append(attendees);
      sep = ", ";
    }
    if (!customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(customMappings);
      sep = ", ";
    }
    if (!updatedBy.isMissing()) {
      sb.append(sep).append("updatedBy=").append(updatedBy);
      sep = ", ";
    }
    if (!createdBy.isMissing()) {
      sb.append(sep).append("createdBy=").append(createdBy);
      sep = ", ";
    }
    if (!updatedAt.isMissing()) {
      sb.append(sep).append("updatedAt=").append(updatedAt);
      sep = ", ";
    }
    if (!createdAt.isMissing()) {
      sb.append(sep).append("createdAt=").append(createdAt);
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

    private JsonField<List<ActivityAttendee>> attendees = JsonField.missing();

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
