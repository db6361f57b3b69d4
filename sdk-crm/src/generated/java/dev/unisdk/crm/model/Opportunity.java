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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CRM opportunity (deal).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Opportunity.Codec.Serializer.class
)
@JsonDeserialize(
    using = Opportunity.Codec.Deserializer.class
)
public final class Opportunity {
  private final String id;

  private final String title;

  private final String primaryContactId;

  private final String description;

  private final String type;

  private final BigDecimal monetaryAmount;

  private final Currency currency;

  private final BigDecimal winProbability;

  private final BigDecimal expectedRevenue;

  private final LocalDate closeDate;

  private final String lossReasonId;

  private final String lossReason;

  private final String wonReasonId;

  private final String wonReason;

  private final String pipelineId;

  private final String pipelineStageId;

  private final String sourceId;

  private final String leadId;

  private final String leadSource;

  private final String contactId;

  private final List<String> contactIds;

  private final String companyId;

  private final String companyName;

  private final String ownerId;

  private final String priority;

  private final String status;

  private final String statusId;

  private final List<String> tags;

  private final Long interactionCount;

  private final List<CustomField> customFields;

  private final OffsetDateTime stageLastChangedAt;

  private final OffsetDateTime lastActivityAt;

  private final Boolean deleted;

  private final OffsetDateTime dateStageChanged;

  private final OffsetDateTime dateLastContacted;

  private final OffsetDateTime dateLeadCreated;

  private final Map<String, JsonValue> customMappings;

  private final String updatedBy;

  private final String createdBy;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Opportunity(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.primaryContactId = b.primaryContactId;
    this.description = b.description;
    this.type = b.type;
    this.monetaryAmount = b.monetaryAmount;
    this.currency = b.currency;
    this.winProbability = b.winProbability;
    this.expectedRevenue = b.expectedRevenue;
    this.closeDate = b.closeDate;
    this.lossReasonId = b.lossReasonId;
    this.lossReason = b.lossReason;
    this.wonReasonId = b.wonReasonId;
    this.wonReason = b.wonReason;
    this.pipelineId = b.pipelineId;
    this.pipelineStageId = b.pipelineStageId;
    this.sourceId = b.sourceId;
    this.leadId = b.leadId;
    this.leadSource = b.leadSource;
    this.contactId = b.contactId;
    this.contactIds = b.contactIdsAdded == null ? b.contactIds : ImmutableList.copyOf(b.contactIdsAdded);
    this.companyId = b.companyId;
    this.companyName = b.companyName;
    this.ownerId = b.ownerId;
    this.priority = b.priority;
    this.status = b.status;
    this.statusId = b.statusId;
    this.tags = b.tagsAdded == null ? b.tags : ImmutableList.copyOf(b.tagsAdded);
    this.interactionCount = b.interactionCount;
    this.customFields = b.customFieldsAdded == null ? b.customFields : ImmutableList.copyOf(b.customFieldsAdded);
    this.stageLastChangedAt = b.stageLastChangedAt;
    this.lastActivityAt = b.lastActivityAt;
    this.deleted = b.deleted;
    this.dateStageChanged = b.dateStageChanged;
    this.dateLastContacted = b.dateLastContacted;
    this.dateLeadCreated = b.dateLeadCreated;
    this.customMappings = b.customMappings;
    this.updatedBy = b.updatedBy;
    this.createdBy = b.createdBy;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * A unique identifier for the opportunity.
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
   * The title or name of the opportunity.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.title) : JsonField.missing();
  }

  /**
   * The unique identifier of the primary contact associated with the opportunity.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String primaryContactId() {
    return this.primaryContactId;
  }

  /**
   * The <code>primary_contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> primaryContactIdField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.primaryContactId) : JsonField.missing();
  }

  /**
   * A description of the opportunity.
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
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * The type of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> typeField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The monetary value associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal monetaryAmount() {
    return this.monetaryAmount;
  }

  /**
   * The <code>monetary_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> monetaryAmountField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.monetaryAmount) : JsonField.missing();
  }

  /**
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency;
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.currency) : JsonField.missing();
  }

  /**
   * The probability of winning the opportunity, expressed as a percentage.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal winProbability() {
    return this.winProbability;
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> winProbabilityField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.winProbability) : JsonField.missing();
  }

  /**
   * The expected revenue from the opportunity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal expectedRevenue() {
    return this.expectedRevenue;
  }

  /**
   * The <code>expected_revenue</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> expectedRevenueField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.expectedRevenue) : JsonField.missing();
  }

  /**
   * The actual closing date for the opportunity. If close_date is null, the opportunity is not closed yet.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate closeDate() {
    return this.closeDate;
  }

  /**
   * The <code>close_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> closeDateField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.closeDate) : JsonField.missing();
  }

  /**
   * The unique identifier of the reason why the opportunity was lost.
   *
   * @return the value, or null when missing or null
   */
  public String lossReasonId() {
    return this.lossReasonId;
  }

  /**
   * The <code>loss_reason_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lossReasonIdField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.lossReasonId) : JsonField.missing();
  }

  /**
   * The reason why the opportunity was lost.
   *
   * @return the value, or null when missing or null
   */
  public String lossReason() {
    return this.lossReason;
  }

  /**
   * The <code>loss_reason</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lossReasonField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.lossReason) : JsonField.missing();
  }

  /**
   * The unique identifier of the reason why the opportunity was won.
   *
   * @return the value, or null when missing or null
   */
  public String wonReasonId() {
    return this.wonReasonId;
  }

  /**
   * The <code>won_reason_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> wonReasonIdField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.wonReasonId) : JsonField.missing();
  }

  /**
   * The reason why the opportunity was won.
   *
   * @return the value, or null when missing or null
   */
  public String wonReason() {
    return this.wonReason;
  }

  /**
   * The <code>won_reason</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> wonReasonField() {
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.wonReason) : JsonField.missing();
  }

  /**
   * The unique identifier of the pipeline associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String pipelineId() {
    return this.pipelineId;
  }

  /**
   * The <code>pipeline_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> pipelineIdField() {
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.pipelineId) : JsonField.missing();
  }

  /**
   * The unique identifier of the stage in the pipeline associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String pipelineStageId() {
    return this.pipelineStageId;
  }

  /**
   * The <code>pipeline_stage_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> pipelineStageIdField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.pipelineStageId) : JsonField.missing();
  }

  /**
   * The unique identifier of the source of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String sourceId() {
    return this.sourceId;
  }

  /**
   * The <code>source_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> sourceIdField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.sourceId) : JsonField.missing();
  }

  /**
   * The unique identifier of the lead associated with the opportunity.
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
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.leadId) : JsonField.missing();
  }

  /**
   * The source of the lead associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String leadSource() {
    return this.leadSource;
  }

  /**
   * The <code>lead_source</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadSourceField() {
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.leadSource) : JsonField.missing();
  }

  /**
   * The unique identifier of the contact associated with the opportunity.
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
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.contactId) : JsonField.missing();
  }

  /**
   * An array of unique identifiers of all contacts associated with the opportunity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> contactIds() {
    List<String> v = this.contactIds;
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>contact_ids</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> contactIdsField() {
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.contactIds) : JsonField.missing();
  }

  /**
   * The unique identifier of the company associated with the opportunity.
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
    return (this.set0 & 0x200000L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
  }

  /**
   * The name of the company associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String companyName() {
    return this.companyName;
  }

  /**
   * The <code>company_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyNameField() {
    return (this.set0 & 0x400000L) != 0 ? JsonField.of(this.companyName) : JsonField.missing();
  }

  /**
   * The unique identifier of the user who owns the opportunity.
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
    return (this.set0 & 0x800000L) != 0 ? JsonField.of(this.ownerId) : JsonField.missing();
  }

  /**
   * The priority level of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String priority() {
    return this.priority;
  }

  /**
   * The <code>priority</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> priorityField() {
    return (this.set0 & 0x1000000L) != 0 ? JsonField.of(this.priority) : JsonField.missing();
  }

  /**
   * The current status of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return this.status;
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return (this.set0 & 0x2000000L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The unique identifier of the current status of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String statusId() {
    return this.statusId;
  }

  /**
   * The <code>status_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusIdField() {
    return (this.set0 & 0x4000000L) != 0 ? JsonField.of(this.statusId) : JsonField.missing();
  }

  /**
   * Tags attached to the record.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> tags() {
    List<String> v = this.tags;
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>tags</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> tagsField() {
    return (this.set0 & 0x8000000L) != 0 ? JsonField.of(this.tags) : JsonField.missing();
  }

  /**
   * The number of interactions with the opportunity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long interactionCount() {
    return this.interactionCount;
  }

  /**
   * The <code>interaction_count</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> interactionCountField() {
    return (this.set0 & 0x10000000L) != 0 ? JsonField.of(this.interactionCount) : JsonField.missing();
  }

  /**
   * Custom fields of the opportunity.
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
    return (this.set0 & 0x20000000L) != 0 ? JsonField.of(this.customFields) : JsonField.missing();
  }

  /**
   * The date and time when the stage of the opportunity was last changed.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime stageLastChangedAt() {
    return this.stageLastChangedAt;
  }

  /**
   * The <code>stage_last_changed_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> stageLastChangedAtField() {
    return (this.set0 & 0x40000000L) != 0 ? JsonField.of(this.stageLastChangedAt) : JsonField.missing();
  }

  /**
   * The date and time of the last activity associated with the opportunity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastActivityAt() {
    return this.lastActivityAt;
  }

  /**
   * The <code>last_activity_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastActivityAtField() {
    return (this.set0 & 0x80000000L) != 0 ? JsonField.of(this.lastActivityAt) : JsonField.missing();
  }

  /**
   * Indicates whether the opportunity has been deleted.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
    return (this.set0 & 0x100000000L) != 0 ? JsonField.of(this.deleted) : JsonField.missing();
  }

  /**
   * The date and time when the stage of the opportunity was last changed.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime dateStageChanged() {
    return this.dateStageChanged;
  }

  /**
   * The <code>date_stage_changed</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> dateStageChangedField() {
    return (this.set0 & 0x200000000L) != 0 ? JsonField.of(this.dateStageChanged) : JsonField.missing();
  }

  /**
   * The date and time when the opportunity was last contacted.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime dateLastContacted() {
    return this.dateLastContacted;
  }

  /**
   * The <code>date_last_contacted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> dateLastContactedField() {
    return (this.set0 & 0x400000000L) != 0 ? JsonField.of(this.dateLastContacted) : JsonField.missing();
  }

  /**
   * The date and time when the lead associated with the opportunity was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime dateLeadCreated() {
    return this.dateLeadCreated;
  }

  /**
   * The <code>date_lead_created</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> dateLeadCreatedField() {
    return (this.set0 & 0x800000000L) != 0 ? JsonField.of(this.dateLeadCreated) : JsonField.missing();
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
    return (this.set0 & 0x1000000000L) != 0 ? JsonField.of(this.customMappings) : JsonField.missing();
  }

  /**
   * The user who last updated the opportunity.
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
    return (this.set0 & 0x2000000000L) != 0 ? JsonField.of(this.updatedBy) : JsonField.missing();
  }

  /**
   * The user who created the opportunity.
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
    return (this.set0 & 0x4000000000L) != 0 ? JsonField.of(this.createdBy) : JsonField.missing();
  }

  /**
   * The date and time when the opportunity was last updated.
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
    return (this.set0 & 0x8000000000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the opportunity was created.
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
    return (this.set0 & 0x10000000000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
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
    if (!(o instanceof Opportunity)) {
      return false;
    }
    Opportunity other = (Opportunity) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.title, other.title)
        && Objects.equals(this.primaryContactId, other.primaryContactId)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.monetaryAmount, other.monetaryAmount)
        && Objects.equals(this.currency, other.currency)
        && Objects.equals(this.winProbability, other.winProbability)
        && Objects.equals(this.expectedRevenue, other.expectedRevenue)
        && Objects.equals(this.closeDate, other.closeDate)
        && Objects.equals(this.lossReasonId, other.lossReasonId)
        && Objects.equals(this.lossReason, other.lossReason)
        && Objects.equals(this.wonReasonId, other.wonReasonId)
        && Objects.equals(this.wonReason, other.wonReason)
        && Objects.equals(this.pipelineId, other.pipelineId)
        && Objects.equals(this.pipelineStageId, other.pipelineStageId)
        && Objects.equals(this.sourceId, other.sourceId)
        && Objects.equals(this.leadId, other.leadId)
        && Objects.equals(this.leadSource, other.leadSource)
        && Objects.equals(this.contactId, other.contactId)
        && Objects.equals(this.contactIds, other.contactIds)
        && Objects.equals(this.companyId, other.companyId)
        && Objects.equals(this.companyName, other.companyName)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.priority, other.priority)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.statusId, other.statusId)
        && Objects.equals(this.tags, other.tags)
        && Objects.equals(this.interactionCount, other.interactionCount)
        && Objects.equals(this.customFields, other.customFields)
        && Objects.equals(this.stageLastChangedAt, other.stageLastChangedAt)
        && Objects.equals(this.lastActivityAt, other.lastActivityAt)
        && Objects.equals(this.deleted, other.deleted)
        && Objects.equals(this.dateStageChanged, other.dateStageChanged)
        && Objects.equals(this.dateLastContacted, other.dateLastContacted)
        && Objects.equals(this.dateLeadCreated, other.dateLeadCreated)
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
    h = 31 * h + Objects.hashCode(this.title);
    h = 31 * h + Objects.hashCode(this.primaryContactId);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.monetaryAmount);
    h = 31 * h + Objects.hashCode(this.currency);
    h = 31 * h + Objects.hashCode(this.winProbability);
    h = 31 * h + Objects.hashCode(this.expectedRevenue);
    h = 31 * h + Objects.hashCode(this.closeDate);
    h = 31 * h + Objects.hashCode(this.lossReasonId);
    h = 31 * h + Objects.hashCode(this.lossReason);
    h = 31 * h + Objects.hashCode(this.wonReasonId);
    h = 31 * h + Objects.hashCode(this.wonReason);
    h = 31 * h + Objects.hashCode(this.pipelineId);
    h = 31 * h + Objects.hashCode(this.pipelineStageId);
    h = 31 * h + Objects.hashCode(this.sourceId);
    h = 31 * h + Objects.hashCode(this.leadId);
    h = 31 * h + Objects.hashCode(this.leadSource);
    h = 31 * h + Objects.hashCode(this.contactId);
    h = 31 * h + Objects.hashCode(this.contactIds);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + Objects.hashCode(this.companyName);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.priority);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.statusId);
    h = 31 * h + Objects.hashCode(this.tags);
    h = 31 * h + Objects.hashCode(this.interactionCount);
    h = 31 * h + Objects.hashCode(this.customFields);
    h = 31 * h + Objects.hashCode(this.stageLastChangedAt);
    h = 31 * h + Objects.hashCode(this.lastActivityAt);
    h = 31 * h + Objects.hashCode(this.deleted);
    h = 31 * h + Objects.hashCode(this.dateStageChanged);
    h = 31 * h + Objects.hashCode(this.dateLastContacted);
    h = 31 * h + Objects.hashCode(this.dateLeadCreated);
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
    StringBuilder sb = new StringBuilder("Opportunity{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("primaryContactId=").append(this.primaryContactId);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("monetaryAmount=").append(this.monetaryAmount);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("winProbability=").append(this.winProbability);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("expectedRevenue=").append(this.expectedRevenue);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("closeDate=").append(this.closeDate);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("lossReasonId=").append(this.lossReasonId);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("lossReason=").append(this.lossReason);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("wonReasonId=").append(this.wonReasonId);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("wonReason=").append(this.wonReason);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("pipelineId=").append(this.pipelineId);
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("pipelineStageId=").append(this.pipelineStageId);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("sourceId=").append(this.sourceId);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("leadSource=").append(this.leadSource);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("contactIds=").append(this.contactIds);
      sep = ", ";
    }
    if ((this.set0 & 0x200000L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if ((this.set0 & 0x400000L) != 0) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if ((this.set0 & 0x800000L) != 0) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000L) != 0) {
      sb.append(sep).append("priority=").append(this.priority);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000L) != 0) {
      sb.append(sep).append("statusId=").append(this.statusId);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000L) != 0) {
      sb.append(sep).append("tags=").append(this.tags);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000L) != 0) {
      sb.append(sep).append("interactionCount=").append(this.interactionCount);
      sep = ", ";
    }
    if ((this.set0 & 0x20000000L) != 0) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if ((this.set0 & 0x40000000L) != 0) {
      sb.append(sep).append("stageLastChangedAt=").append(this.stageLastChangedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x80000000L) != 0) {
      sb.append(sep).append("lastActivityAt=").append(this.lastActivityAt);
      sep = ", ";
    }
    if ((this.set0 & 0x100000000L) != 0) {
      sb.append(sep).append("deleted=").append(this.deleted);
      sep = ", ";
    }
    if ((this.set0 & 0x200000000L) != 0) {
      sb.append(sep).append("dateStageChanged=").append(this.dateStageChanged);
      sep = ", ";
    }
    if ((this.set0 & 0x400000000L) != 0) {
      sb.append(sep).append("dateLastContacted=").append(this.dateLastContacted);
      sep = ", ";
    }
    if ((this.set0 & 0x800000000L) != 0) {
      sb.append(sep).append("dateLeadCreated=").append(this.dateLeadCreated);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000000L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000000L) != 0) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000000L) != 0) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000000L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Opportunity}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String title;

    private String primaryContactId;

    private String description;

    private String type;

    private BigDecimal monetaryAmount;

    private Currency currency;

    private BigDecimal winProbability;

    private BigDecimal expectedRevenue;

    private LocalDate closeDate;

    private String lossReasonId;

    private String lossReason;

    private String wonReasonId;

    private String wonReason;

    private String pipelineId;

    private String pipelineStageId;

    private String sourceId;

    private String leadId;

    private String leadSource;

    private String contactId;

    private List<String> contactIds;

    private ArrayList<String> contactIdsAdded;

    private String companyId;

    private String companyName;

    private String ownerId;

    private String priority;

    private String status;

    private String statusId;

    private List<String> tags;

    private ArrayList<String> tagsAdded;

    private Long interactionCount;

    private List<CustomField> customFields;

    private ArrayList<CustomField> customFieldsAdded;

    private OffsetDateTime stageLastChangedAt;

    private OffsetDateTime lastActivityAt;

    private Boolean deleted;

    private OffsetDateTime dateStageChanged;

    private OffsetDateTime dateLastContacted;

    private OffsetDateTime dateLeadCreated;

    private Map<String, JsonValue> customMappings;

    private String updatedBy;

    private String createdBy;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Opportunity source) {
      this.id = source.id;
      this.title = source.title;
      this.primaryContactId = source.primaryContactId;
      this.description = source.description;
      this.type = source.type;
      this.monetaryAmount = source.monetaryAmount;
      this.currency = source.currency;
      this.winProbability = source.winProbability;
      this.expectedRevenue = source.expectedRevenue;
      this.closeDate = source.closeDate;
      this.lossReasonId = source.lossReasonId;
      this.lossReason = source.lossReason;
      this.wonReasonId = source.wonReasonId;
      this.wonReason = source.wonReason;
      this.pipelineId = source.pipelineId;
      this.pipelineStageId = source.pipelineStageId;
      this.sourceId = source.sourceId;
      this.leadId = source.leadId;
      this.leadSource = source.leadSource;
      this.contactId = source.contactId;
      this.contactIds = source.contactIds;
      this.companyId = source.companyId;
      this.companyName = source.companyName;
      this.ownerId = source.ownerId;
      this.priority = source.priority;
      this.status = source.status;
      this.statusId = source.statusId;
      this.tags = source.tags;
      this.interactionCount = source.interactionCount;
      this.customFields = source.customFields;
      this.stageLastChangedAt = source.stageLastChangedAt;
      this.lastActivityAt = source.lastActivityAt;
      this.deleted = source.deleted;
      this.dateStageChanged = source.dateStageChanged;
      this.dateLastContacted = source.dateLastContacted;
      this.dateLeadCreated = source.dateLeadCreated;
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
     * A unique identifier for the opportunity.
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
     * The title or name of the opportunity.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      this.set0 |= 0x2L;
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
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The unique identifier of the primary contact associated with the opportunity.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param primaryContactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder primaryContactId(String primaryContactId) {
      this.primaryContactId = primaryContactId;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>primary_contact_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder primaryContactIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "primaryContactIdField: field must not be null");
      this.primaryContactId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * A description of the opportunity.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x8L;
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
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The type of the opportunity.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      this.set0 |= 0x10L;
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
    public Builder typeField(JsonField<String> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The monetary value associated with the opportunity.
     *
     * @param monetaryAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder monetaryAmount(BigDecimal monetaryAmount) {
      this.monetaryAmount = monetaryAmount;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>monetary_amount</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder monetaryAmountField(JsonField<BigDecimal> field) {
      Objects.requireNonNull(field, "monetaryAmountField: field must not be null");
      this.monetaryAmount = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = currency;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>currency</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder currencyField(JsonField<Currency> field) {
      Objects.requireNonNull(field, "currencyField: field must not be null");
      this.currency = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * The probability of winning the opportunity, expressed as a percentage.
     *
     * @param winProbability the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbability(BigDecimal winProbability) {
      this.winProbability = winProbability;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>win_probability</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder winProbabilityField(JsonField<BigDecimal> field) {
      Objects.requireNonNull(field, "winProbabilityField: field must not be null");
      this.winProbability = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The expected revenue from the opportunity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param expectedRevenue the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder expectedRevenue(BigDecimal expectedRevenue) {
      this.expectedRevenue = expectedRevenue;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>expected_revenue</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder expectedRevenueField(JsonField<BigDecimal> field) {
      Objects.requireNonNull(field, "expectedRevenueField: field must not be null");
      this.expectedRevenue = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * The actual closing date for the opportunity. If close_date is null, the opportunity is not closed yet.
     *
     * @param closeDate the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder closeDate(LocalDate closeDate) {
      this.closeDate = closeDate;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>close_date</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder closeDateField(JsonField<LocalDate> field) {
      Objects.requireNonNull(field, "closeDateField: field must not be null");
      this.closeDate = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The unique identifier of the reason why the opportunity was lost.
     *
     * @param lossReasonId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lossReasonId(String lossReasonId) {
      this.lossReasonId = lossReasonId;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>loss_reason_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lossReasonIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "lossReasonIdField: field must not be null");
      this.lossReasonId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * The reason why the opportunity was lost.
     *
     * @param lossReason the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lossReason(String lossReason) {
      this.lossReason = lossReason;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>loss_reason</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lossReasonField(JsonField<String> field) {
      Objects.requireNonNull(field, "lossReasonField: field must not be null");
      this.lossReason = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * The unique identifier of the reason why the opportunity was won.
     *
     * @param wonReasonId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder wonReasonId(String wonReasonId) {
      this.wonReasonId = wonReasonId;
      this.set0 |= 0x1000L;
      return this;
    }

    /**
     * Sets <code>won_reason_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder wonReasonIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "wonReasonIdField: field must not be null");
      this.wonReasonId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * The reason why the opportunity was won.
     *
     * @param wonReason the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder wonReason(String wonReason) {
      this.wonReason = wonReason;
      this.set0 |= 0x2000L;
      return this;
    }

    /**
     * Sets <code>won_reason</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder wonReasonField(JsonField<String> field) {
      Objects.requireNonNull(field, "wonReasonField: field must not be null");
      this.wonReason = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
      }
      return this;
    }

    /**
     * The unique identifier of the pipeline associated with the opportunity.
     *
     * @param pipelineId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder pipelineId(String pipelineId) {
      this.pipelineId = pipelineId;
      this.set0 |= 0x4000L;
      return this;
    }

    /**
     * Sets <code>pipeline_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder pipelineIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "pipelineIdField: field must not be null");
      this.pipelineId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
      return this;
    }

    /**
     * The unique identifier of the stage in the pipeline associated with the opportunity.
     *
     * @param pipelineStageId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder pipelineStageId(String pipelineStageId) {
      this.pipelineStageId = pipelineStageId;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>pipeline_stage_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder pipelineStageIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "pipelineStageIdField: field must not be null");
      this.pipelineStageId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * The unique identifier of the source of the opportunity.
     *
     * @param sourceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder sourceId(String sourceId) {
      this.sourceId = sourceId;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>source_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder sourceIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "sourceIdField: field must not be null");
      this.sourceId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
      return this;
    }

    /**
     * The unique identifier of the lead associated with the opportunity.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = leadId;
      this.set0 |= 0x20000L;
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
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
      return this;
    }

    /**
     * The source of the lead associated with the opportunity.
     *
     * @param leadSource the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadSource(String leadSource) {
      this.leadSource = leadSource;
      this.set0 |= 0x40000L;
      return this;
    }

    /**
     * Sets <code>lead_source</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder leadSourceField(JsonField<String> field) {
      Objects.requireNonNull(field, "leadSourceField: field must not be null");
      this.leadSource = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
      }
      return this;
    }

    /**
     * The unique identifier of the contact associated with the opportunity.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = contactId;
      this.set0 |= 0x80000L;
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
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
      }
      return this;
    }

    /**
     * An array of unique identifiers of all contacts associated with the opportunity.
     *
     * @param contactIds the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactIds(List<String> contactIds) {
      this.contactIds = ImmutableList.copyOf(contactIds);
      this.contactIdsAdded = null;
      this.set0 |= 0x100000L;
      return this;
    }

    /**
     * Sets <code>contact_ids</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contactIdsField(JsonField<List<String>> field) {
      Objects.requireNonNull(field, "contactIdsField: field must not be null");
      this.contactIds = ImmutableList.copyOf(field.value());
      this.contactIdsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>contact_ids</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #contactIds(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addContactId(String item) {
      Objects.requireNonNull(item, "contactIds: item must not be null");
      if (this.contactIdsAdded == null) {
        List<String> current = this.contactIds;
        this.contactIdsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.contactIdsAdded.add(item);
      this.set0 |= 0x100000L;
      return this;
    }

    /**
     * The unique identifier of the company associated with the opportunity.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x200000L;
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
        this.set0 &= ~0x200000L;
      } else {
        this.set0 |= 0x200000L;
      }
      return this;
    }

    /**
     * The name of the company associated with the opportunity.
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = companyName;
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Sets <code>company_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder companyNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "companyNameField: field must not be null");
      this.companyName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000L;
      } else {
        this.set0 |= 0x400000L;
      }
      return this;
    }

    /**
     * The unique identifier of the user who owns the opportunity.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = ownerId;
      this.set0 |= 0x800000L;
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
        this.set0 &= ~0x800000L;
      } else {
        this.set0 |= 0x800000L;
      }
      return this;
    }

    /**
     * The priority level of the opportunity.
     *
     * @param priority the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder priority(String priority) {
      this.priority = priority;
      this.set0 |= 0x1000000L;
      return this;
    }

    /**
     * Sets <code>priority</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder priorityField(JsonField<String> field) {
      Objects.requireNonNull(field, "priorityField: field must not be null");
      this.priority = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000000L;
      } else {
        this.set0 |= 0x1000000L;
      }
      return this;
    }

    /**
     * The current status of the opportunity.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      this.set0 |= 0x2000000L;
      return this;
    }

    /**
     * Sets <code>status</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder statusField(JsonField<String> field) {
      Objects.requireNonNull(field, "statusField: field must not be null");
      this.status = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000000L;
      } else {
        this.set0 |= 0x2000000L;
      }
      return this;
    }

    /**
     * The unique identifier of the current status of the opportunity.
     *
     * @param statusId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder statusId(String statusId) {
      this.statusId = statusId;
      this.set0 |= 0x4000000L;
      return this;
    }

    /**
     * Sets <code>status_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder statusIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "statusIdField: field must not be null");
      this.statusId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000000L;
      } else {
        this.set0 |= 0x4000000L;
      }
      return this;
    }

    /**
     * Tags attached to the record.
     *
     * @param tags the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = ImmutableList.copyOf(tags);
      this.tagsAdded = null;
      this.set0 |= 0x8000000L;
      return this;
    }

    /**
     * Sets <code>tags</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder tagsField(JsonField<List<String>> field) {
      Objects.requireNonNull(field, "tagsField: field must not be null");
      this.tags = ImmutableList.copyOf(field.value());
      this.tagsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x8000000L;
      } else {
        this.set0 |= 0x8000000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>tags</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #tags(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addTag(String item) {
      Objects.requireNonNull(item, "tags: item must not be null");
      if (this.tagsAdded == null) {
        List<String> current = this.tags;
        this.tagsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.tagsAdded.add(item);
      this.set0 |= 0x8000000L;
      return this;
    }

    /**
     * The number of interactions with the opportunity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param interactionCount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder interactionCount(Long interactionCount) {
      this.interactionCount = interactionCount;
      this.set0 |= 0x10000000L;
      return this;
    }

    /**
     * Sets <code>interaction_count</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder interactionCountField(JsonField<Long> field) {
      Objects.requireNonNull(field, "interactionCountField: field must not be null");
      this.interactionCount = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000000L;
      } else {
        this.set0 |= 0x10000000L;
      }
      return this;
    }

    /**
     * Custom fields of the opportunity.
     *
     * @param customFields the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customFields(List<CustomField> customFields) {
      this.customFields = ImmutableList.copyOf(customFields);
      this.customFieldsAdded = null;
      this.set0 |= 0x20000000L;
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
        this.set0 &= ~0x20000000L;
      } else {
        this.set0 |= 0x20000000L;
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
      this.set0 |= 0x20000000L;
      return this;
    }

    /**
     * The date and time when the stage of the opportunity was last changed.
     *
     * @param stageLastChangedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder stageLastChangedAt(OffsetDateTime stageLastChangedAt) {
      this.stageLastChangedAt = stageLastChangedAt;
      this.set0 |= 0x40000000L;
      return this;
    }

    /**
     * Sets <code>stage_last_changed_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder stageLastChangedAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "stageLastChangedAtField: field must not be null");
      this.stageLastChangedAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000000L;
      } else {
        this.set0 |= 0x40000000L;
      }
      return this;
    }

    /**
     * The date and time of the last activity associated with the opportunity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param lastActivityAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastActivityAt(OffsetDateTime lastActivityAt) {
      this.lastActivityAt = lastActivityAt;
      this.set0 |= 0x80000000L;
      return this;
    }

    /**
     * Sets <code>last_activity_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lastActivityAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "lastActivityAtField: field must not be null");
      this.lastActivityAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000000L;
      } else {
        this.set0 |= 0x80000000L;
      }
      return this;
    }

    /**
     * Indicates whether the opportunity has been deleted.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param deleted the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder deleted(Boolean deleted) {
      this.deleted = deleted;
      this.set0 |= 0x100000000L;
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
        this.set0 &= ~0x100000000L;
      } else {
        this.set0 |= 0x100000000L;
      }
      return this;
    }

    /**
     * The date and time when the stage of the opportunity was last changed.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param dateStageChanged the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder dateStageChanged(OffsetDateTime dateStageChanged) {
      this.dateStageChanged = dateStageChanged;
      this.set0 |= 0x200000000L;
      return this;
    }

    /**
     * Sets <code>date_stage_changed</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder dateStageChangedField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "dateStageChangedField: field must not be null");
      this.dateStageChanged = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000000L;
      } else {
        this.set0 |= 0x200000000L;
      }
      return this;
    }

    /**
     * The date and time when the opportunity was last contacted.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param dateLastContacted the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder dateLastContacted(OffsetDateTime dateLastContacted) {
      this.dateLastContacted = dateLastContacted;
      this.set0 |= 0x400000000L;
      return this;
    }

    /**
     * Sets <code>date_last_contacted</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder dateLastContactedField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "dateLastContactedField: field must not be null");
      this.dateLastContacted = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000000L;
      } else {
        this.set0 |= 0x400000000L;
      }
      return this;
    }

    /**
     * The date and time when the lead associated with the opportunity was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param dateLeadCreated the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder dateLeadCreated(OffsetDateTime dateLeadCreated) {
      this.dateLeadCreated = dateLeadCreated;
      this.set0 |= 0x800000000L;
      return this;
    }

    /**
     * Sets <code>date_lead_created</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder dateLeadCreatedField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "dateLeadCreatedField: field must not be null");
      this.dateLeadCreated = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800000000L;
      } else {
        this.set0 |= 0x800000000L;
      }
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
      this.set0 |= 0x1000000000L;
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
        this.set0 &= ~0x1000000000L;
      } else {
        this.set0 |= 0x1000000000L;
      }
      return this;
    }

    /**
     * The user who last updated the opportunity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedBy(String updatedBy) {
      this.updatedBy = updatedBy;
      this.set0 |= 0x2000000000L;
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
        this.set0 &= ~0x2000000000L;
      } else {
        this.set0 |= 0x2000000000L;
      }
      return this;
    }

    /**
     * The user who created the opportunity.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdBy(String createdBy) {
      this.createdBy = createdBy;
      this.set0 |= 0x4000000000L;
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
        this.set0 &= ~0x4000000000L;
      } else {
        this.set0 |= 0x4000000000L;
      }
      return this;
    }

    /**
     * The date and time when the opportunity was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      this.set0 |= 0x8000000000L;
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
        this.set0 &= ~0x8000000000L;
      } else {
        this.set0 |= 0x8000000000L;
      }
      return this;
    }

    /**
     * The date and time when the opportunity was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      this.set0 |= 0x10000000000L;
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
        this.set0 &= ~0x10000000000L;
      } else {
        this.set0 |= 0x10000000000L;
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
    public Opportunity build() {
      return new Opportunity(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Opportunity}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_TITLE = new SerializedString("title");

    private static final SerializedString F_PRIMARY_CONTACT_ID = new SerializedString("primary_contact_id");

    private static final SerializedString F_DESCRIPTION = new SerializedString("description");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private static final SerializedString F_MONETARY_AMOUNT = new SerializedString("monetary_amount");

    private static final SerializedString F_CURRENCY = new SerializedString("currency");

    private static final SerializedString F_WIN_PROBABILITY = new SerializedString("win_probability");

    private static final SerializedString F_EXPECTED_REVENUE = new SerializedString("expected_revenue");

    private static final SerializedString F_CLOSE_DATE = new SerializedString("close_date");

    private static final SerializedString F_LOSS_REASON_ID = new SerializedString("loss_reason_id");

    private static final SerializedString F_LOSS_REASON = new SerializedString("loss_reason");

    private static final SerializedString F_WON_REASON_ID = new SerializedString("won_reason_id");

    private static final SerializedString F_WON_REASON = new SerializedString("won_reason");

    private static final SerializedString F_PIPELINE_ID = new SerializedString("pipeline_id");

    private static final SerializedString F_PIPELINE_STAGE_ID = new SerializedString("pipeline_stage_id");

    private static final SerializedString F_SOURCE_ID = new SerializedString("source_id");

    private static final SerializedString F_LEAD_ID = new SerializedString("lead_id");

    private static final SerializedString F_LEAD_SOURCE = new SerializedString("lead_source");

    private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

    private static final SerializedString F_CONTACT_IDS = new SerializedString("contact_ids");

    private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

    private static final SerializedString F_COMPANY_NAME = new SerializedString("company_name");

    private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

    private static final SerializedString F_PRIORITY = new SerializedString("priority");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_STATUS_ID = new SerializedString("status_id");

    private static final SerializedString F_TAGS = new SerializedString("tags");

    private static final SerializedString F_INTERACTION_COUNT = new SerializedString("interaction_count");

    private static final SerializedString F_CUSTOM_FIELDS = new SerializedString("custom_fields");

    private static final SerializedString F_STAGE_LAST_CHANGED_AT = new SerializedString("stage_last_changed_at");

    private static final SerializedString F_LAST_ACTIVITY_AT = new SerializedString("last_activity_at");

    private static final SerializedString F_DELETED = new SerializedString("deleted");

    private static final SerializedString F_DATE_STAGE_CHANGED = new SerializedString("date_stage_changed");

    private static final SerializedString F_DATE_LAST_CONTACTED = new SerializedString("date_last_contacted");

    private static final SerializedString F_DATE_LEAD_CREATED = new SerializedString("date_lead_created");

    private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

    private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

    private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link Opportunity} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Opportunity read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Opportunity.class);
      Opportunity.Builder b = Opportunity.builder();
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
            case "title":
              b.title = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "primary_contact_id":
              b.primaryContactId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "type":
              b.type = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "monetary_amount":
              b.monetaryAmount = Codecs.readBigDecimal(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "currency":
              b.currency = Currency.Codec.read(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "win_probability":
              b.winProbability = Codecs.readBigDecimal(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "expected_revenue":
              b.expectedRevenue = Codecs.readBigDecimal(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "close_date":
              b.closeDate = Codecs.readLocalDate(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "loss_reason_id":
              b.lossReasonId = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "loss_reason":
              b.lossReason = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "won_reason_id":
              b.wonReasonId = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "won_reason":
              b.wonReason = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "pipeline_id":
              b.pipelineId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "pipeline_stage_id":
              b.pipelineStageId = Codecs.readString(p, ctxt);
              b.set0 |= 0x8000L;
              break;
            case "source_id":
              b.sourceId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10000L;
              break;
            case "lead_id":
              b.leadId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20000L;
              break;
            case "lead_source":
              b.leadSource = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000L;
              break;
            case "contact_id":
              b.contactId = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "contact_ids":
              b.contactIds = Codecs.readList(p, ctxt, Codecs::readString);
              b.set0 |= 0x100000L;
              break;
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x200000L;
              break;
            case "company_name":
              b.companyName = Codecs.readString(p, ctxt);
              b.set0 |= 0x400000L;
              break;
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x800000L;
              break;
            case "priority":
              b.priority = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000000L;
              break;
            case "status":
              b.status = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000000L;
              break;
            case "status_id":
              b.statusId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000000L;
              break;
            case "tags":
              b.tags = Codecs.readList(p, ctxt, Codecs::readString);
              b.set0 |= 0x8000000L;
              break;
            case "interaction_count":
              b.interactionCount = Codecs.readLong(p, ctxt);
              b.set0 |= 0x10000000L;
              break;
            case "custom_fields":
              b.customFields = Codecs.readList(p, ctxt, CustomField.Codec::read);
              b.set0 |= 0x20000000L;
              break;
            case "stage_last_changed_at":
              b.stageLastChangedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x40000000L;
              break;
            case "last_activity_at":
              b.lastActivityAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x80000000L;
              break;
            case "deleted":
              b.deleted = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x100000000L;
              break;
            case "date_stage_changed":
              b.dateStageChanged = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x200000000L;
              break;
            case "date_last_contacted":
              b.dateLastContacted = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x400000000L;
              break;
            case "date_lead_created":
              b.dateLeadCreated = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x800000000L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x1000000000L;
              break;
            case "updated_by":
              b.updatedBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000000000L;
              break;
            case "created_by":
              b.createdBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000000000L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x8000000000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x10000000000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Opportunity.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Opportunity}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Opportunity value) throws
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
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_TITLE);
        Codecs.writeString(g, provider, value.title);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_PRIMARY_CONTACT_ID);
        Codecs.writeString(g, provider, value.primaryContactId);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_TYPE);
        Codecs.writeString(g, provider, value.type);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_MONETARY_AMOUNT);
        Codecs.writeBigDecimal(g, provider, value.monetaryAmount);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_CURRENCY);
        Currency.Codec.write(g, provider, value.currency);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_WIN_PROBABILITY);
        Codecs.writeBigDecimal(g, provider, value.winProbability);
      }
      if (!requestBody && (value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_EXPECTED_REVENUE);
        Codecs.writeBigDecimal(g, provider, value.expectedRevenue);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_CLOSE_DATE);
        Codecs.writeLocalDate(g, provider, value.closeDate);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_LOSS_REASON_ID);
        Codecs.writeString(g, provider, value.lossReasonId);
      }
      if ((value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_LOSS_REASON);
        Codecs.writeString(g, provider, value.lossReason);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_WON_REASON_ID);
        Codecs.writeString(g, provider, value.wonReasonId);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_WON_REASON);
        Codecs.writeString(g, provider, value.wonReason);
      }
      if ((value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_PIPELINE_ID);
        Codecs.writeString(g, provider, value.pipelineId);
      }
      if ((value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_PIPELINE_STAGE_ID);
        Codecs.writeString(g, provider, value.pipelineStageId);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_SOURCE_ID);
        Codecs.writeString(g, provider, value.sourceId);
      }
      if ((value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_LEAD_ID);
        Codecs.writeString(g, provider, value.leadId);
      }
      if ((value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_LEAD_SOURCE);
        Codecs.writeString(g, provider, value.leadSource);
      }
      if ((value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_CONTACT_ID);
        Codecs.writeString(g, provider, value.contactId);
      }
      if ((value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_CONTACT_IDS);
        Codecs.writeList(g, provider, value.contactIds, Codecs::writeString);
      }
      if ((value.set0 & 0x200000L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      if ((value.set0 & 0x400000L) != 0) {
        g.writeFieldName(F_COMPANY_NAME);
        Codecs.writeString(g, provider, value.companyName);
      }
      if ((value.set0 & 0x800000L) != 0) {
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x1000000L) != 0) {
        g.writeFieldName(F_PRIORITY);
        Codecs.writeString(g, provider, value.priority);
      }
      if ((value.set0 & 0x2000000L) != 0) {
        g.writeFieldName(F_STATUS);
        Codecs.writeString(g, provider, value.status);
      }
      if ((value.set0 & 0x4000000L) != 0) {
        g.writeFieldName(F_STATUS_ID);
        Codecs.writeString(g, provider, value.statusId);
      }
      if ((value.set0 & 0x8000000L) != 0) {
        g.writeFieldName(F_TAGS);
        Codecs.writeList(g, provider, value.tags, Codecs::writeString);
      }
      if (!requestBody && (value.set0 & 0x10000000L) != 0) {
        g.writeFieldName(F_INTERACTION_COUNT);
        Codecs.writeLong(g, provider, value.interactionCount);
      }
      if ((value.set0 & 0x20000000L) != 0) {
        g.writeFieldName(F_CUSTOM_FIELDS);
        Codecs.writeList(g, provider, value.customFields, CustomField.Codec::write);
      }
      if ((value.set0 & 0x40000000L) != 0) {
        g.writeFieldName(F_STAGE_LAST_CHANGED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.stageLastChangedAt);
      }
      if (!requestBody && (value.set0 & 0x80000000L) != 0) {
        g.writeFieldName(F_LAST_ACTIVITY_AT);
        Codecs.writeOffsetDateTime(g, provider, value.lastActivityAt);
      }
      if (!requestBody && (value.set0 & 0x100000000L) != 0) {
        g.writeFieldName(F_DELETED);
        Codecs.writeBoolean(g, provider, value.deleted);
      }
      if (!requestBody && (value.set0 & 0x200000000L) != 0) {
        g.writeFieldName(F_DATE_STAGE_CHANGED);
        Codecs.writeOffsetDateTime(g, provider, value.dateStageChanged);
      }
      if (!requestBody && (value.set0 & 0x400000000L) != 0) {
        g.writeFieldName(F_DATE_LAST_CONTACTED);
        Codecs.writeOffsetDateTime(g, provider, value.dateLastContacted);
      }
      if (!requestBody && (value.set0 & 0x800000000L) != 0) {
        g.writeFieldName(F_DATE_LEAD_CREATED);
        Codecs.writeOffsetDateTime(g, provider, value.dateLeadCreated);
      }
      if (!requestBody && (value.set0 & 0x1000000000L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x2000000000L) != 0) {
        g.writeFieldName(F_UPDATED_BY);
        Codecs.writeString(g, provider, value.updatedBy);
      }
      if (!requestBody && (value.set0 & 0x4000000000L) != 0) {
        g.writeFieldName(F_CREATED_BY);
        Codecs.writeString(g, provider, value.createdBy);
      }
      if (!requestBody && (value.set0 & 0x8000000000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x10000000000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Opportunity}.
     */
    public static final class Deserializer extends StdDeserializer<Opportunity> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Opportunity.class);
      }

      @Override
      public Opportunity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Opportunity}.
     */
    public static final class Serializer extends StdSerializer<Opportunity> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Opportunity.class);
      }

      @Override
      public void serialize(Opportunity value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
