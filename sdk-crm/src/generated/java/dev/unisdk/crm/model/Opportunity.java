// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.OpportunityCodec;
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
    using = OpportunityCodec.Serializer.class
)
@JsonDeserialize(
    using = OpportunityCodec.Deserializer.class
)
public final class Opportunity {
  private final JsonField<String> id;

  private final JsonField<String> title;

  private final JsonField<String> primaryContactId;

  private final JsonField<String> description;

  private final JsonField<String> type;

  private final JsonField<BigDecimal> monetaryAmount;

  private final JsonField<Currency> currency;

  private final JsonField<BigDecimal> winProbability;

  private final JsonField<BigDecimal> expectedRevenue;

  private final JsonField<LocalDate> closeDate;

  private final JsonField<String> lossReasonId;

  private final JsonField<String> lossReason;

  private final JsonField<String> wonReasonId;

  private final JsonField<String> wonReason;

  private final JsonField<String> pipelineId;

  private final JsonField<String> pipelineStageId;

  private final JsonField<String> sourceId;

  private final JsonField<String> leadId;

  private final JsonField<String> leadSource;

  private final JsonField<String> contactId;

  private final JsonField<List<String>> contactIds;

  private final JsonField<String> companyId;

  private final JsonField<String> companyName;

  private final JsonField<String> ownerId;

  private final JsonField<String> priority;

  private final JsonField<String> status;

  private final JsonField<String> statusId;

  private final JsonField<List<String>> tags;

  private final JsonField<Long> interactionCount;

  private final JsonField<List<CustomField>> customFields;

  private final JsonField<OffsetDateTime> stageLastChangedAt;

  private final JsonField<OffsetDateTime> lastActivityAt;

  private final JsonField<Boolean> deleted;

  private final JsonField<OffsetDateTime> dateStageChanged;

  private final JsonField<OffsetDateTime> dateLastContacted;

  private final JsonField<OffsetDateTime> dateLeadCreated;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<String> updatedBy;

  private final JsonField<String> createdBy;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

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
    this.contactIds = b.contactIdsAdded == null ? b.contactIds : JsonField.of(ImmutableList.copyOf(b.contactIdsAdded));
    this.companyId = b.companyId;
    this.companyName = b.companyName;
    this.ownerId = b.ownerId;
    this.priority = b.priority;
    this.status = b.status;
    this.statusId = b.statusId;
    this.tags = b.tagsAdded == null ? b.tags : JsonField.of(ImmutableList.copyOf(b.tagsAdded));
    this.interactionCount = b.interactionCount;
    this.customFields = b.customFieldsAdded == null ? b.customFields : JsonField.of(ImmutableList.copyOf(b.customFieldsAdded));
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
   * The title or name of the opportunity.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
   * The unique identifier of the primary contact associated with the opportunity.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String primaryContactId() {
    return this.primaryContactId.value();
  }

  /**
   * The <code>primary_contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> primaryContactIdField() {
    return this.primaryContactId;
  }

  /**
   * A description of the opportunity.
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
   * The type of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> typeField() {
    return this.type;
  }

  /**
   * The monetary value associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal monetaryAmount() {
    return this.monetaryAmount.value();
  }

  /**
   * The <code>monetary_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> monetaryAmountField() {
    return this.monetaryAmount;
  }

  /**
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency.value();
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return this.currency;
  }

  /**
   * The probability of winning the opportunity, expressed as a percentage.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal winProbability() {
    return this.winProbability.value();
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> winProbabilityField() {
    return this.winProbability;
  }

  /**
   * The expected revenue from the opportunity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal expectedRevenue() {
    return this.expectedRevenue.value();
  }

  /**
   * The <code>expected_revenue</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> expectedRevenueField() {
    return this.expectedRevenue;
  }

  /**
   * The actual closing date for the opportunity. If close_date is null, the opportunity is not closed yet.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate closeDate() {
    return this.closeDate.value();
  }

  /**
   * The <code>close_date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> closeDateField() {
    return this.closeDate;
  }

  /**
   * The unique identifier of the reason why the opportunity was lost.
   *
   * @return the value, or null when missing or null
   */
  public String lossReasonId() {
    return this.lossReasonId.value();
  }

  /**
   * The <code>loss_reason_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lossReasonIdField() {
    return this.lossReasonId;
  }

  /**
   * The reason why the opportunity was lost.
   *
   * @return the value, or null when missing or null
   */
  public String lossReason() {
    return this.lossReason.value();
  }

  /**
   * The <code>loss_reason</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lossReasonField() {
    return this.lossReason;
  }

  /**
   * The unique identifier of the reason why the opportunity was won.
   *
   * @return the value, or null when missing or null
   */
  public String wonReasonId() {
    return this.wonReasonId.value();
  }

  /**
   * The <code>won_reason_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> wonReasonIdField() {
    return this.wonReasonId;
  }

  /**
   * The reason why the opportunity was won.
   *
   * @return the value, or null when missing or null
   */
  public String wonReason() {
    return this.wonReason.value();
  }

  /**
   * The <code>won_reason</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> wonReasonField() {
    return this.wonReason;
  }

  /**
   * The unique identifier of the pipeline associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String pipelineId() {
    return this.pipelineId.value();
  }

  /**
   * The <code>pipeline_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> pipelineIdField() {
    return this.pipelineId;
  }

  /**
   * The unique identifier of the stage in the pipeline associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String pipelineStageId() {
    return this.pipelineStageId.value();
  }

  /**
   * The <code>pipeline_stage_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> pipelineStageIdField() {
    return this.pipelineStageId;
  }

  /**
   * The unique identifier of the source of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String sourceId() {
    return this.sourceId.value();
  }

  /**
   * The <code>source_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> sourceIdField() {
    return this.sourceId;
  }

  /**
   * The unique identifier of the lead associated with the opportunity.
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
   * The source of the lead associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String leadSource() {
    return this.leadSource.value();
  }

  /**
   * The <code>lead_source</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadSourceField() {
    return this.leadSource;
  }

  /**
   * The unique identifier of the contact associated with the opportunity.
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
   * An array of unique identifiers of all contacts associated with the opportunity.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> contactIds() {
    List<String> v = this.contactIds.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>contact_ids</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> contactIdsField() {
    return this.contactIds;
  }

  /**
   * The unique identifier of the company associated with the opportunity.
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
   * The name of the company associated with the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String companyName() {
    return this.companyName.value();
  }

  /**
   * The <code>company_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyNameField() {
    return this.companyName;
  }

  /**
   * The unique identifier of the user who owns the opportunity.
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
   * The priority level of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String priority() {
    return this.priority.value();
  }

  /**
   * The <code>priority</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> priorityField() {
    return this.priority;
  }

  /**
   * The current status of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return this.status;
  }

  /**
   * The unique identifier of the current status of the opportunity.
   *
   * @return the value, or null when missing or null
   */
  public String statusId() {
    return this.statusId.value();
  }

  /**
   * The <code>status_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusIdField() {
    return this.statusId;
  }

  /**
   * Tags attached to the record.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> tags() {
    List<String> v = this.tags.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>tags</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> tagsField() {
    return this.tags;
  }

  /**
   * The number of interactions with the opportunity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long interactionCount() {
    return this.interactionCount.value();
  }

  /**
   * The <code>interaction_count</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> interactionCountField() {
    return this.interactionCount;
  }

  /**
   * Custom fields of the opportunity.
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
   * The date and time when the stage of the opportunity was last changed.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime stageLastChangedAt() {
    return this.stageLastChangedAt.value();
  }

  /**
   * The <code>stage_last_changed_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> stageLastChangedAtField() {
    return this.stageLastChangedAt;
  }

  /**
   * The date and time of the last activity associated with the opportunity.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastActivityAt() {
    return this.lastActivityAt.value();
  }

  /**
   * The <code>last_activity_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastActivityAtField() {
    return this.lastActivityAt;
  }

  /**
   * Indicates whether the opportunity has been deleted.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
   * The date and time when the stage of the opportunity was last changed.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime dateStageChanged() {
    return this.dateStageChanged.value();
  }

  /**
   * The <code>date_stage_changed</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> dateStageChangedField() {
    return this.dateStageChanged;
  }

  /**
   * The date and time when the opportunity was last contacted.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime dateLastContacted() {
    return this.dateLastContacted.value();
  }

  /**
   * The <code>date_last_contacted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> dateLastContactedField() {
    return this.dateLastContacted;
  }

  /**
   * The date and time when the lead associated with the opportunity was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime dateLeadCreated() {
    return this.dateLeadCreated.value();
  }

  /**
   * The <code>date_lead_created</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> dateLeadCreatedField() {
    return this.dateLeadCreated;
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
   * The user who last updated the opportunity.
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
   * The user who created the opportunity.
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
   * The date and time when the opportunity was last updated.
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
   * The date and time when the opportunity was created.
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
    if (!(o instanceof Opportunity)) {
      return false;
    }
    Opportunity other = (Opportunity) o;
    return this.id.equals(other.id)
        && this.title.equals(other.title)
        && this.primaryContactId.equals(other.primaryContactId)
        && this.description.equals(other.description)
        && this.type.equals(other.type)
        && this.monetaryAmount.equals(other.monetaryAmount)
        && this.currency.equals(other.currency)
        && this.winProbability.equals(other.winProbability)
        && this.expectedRevenue.equals(other.expectedRevenue)
        && this.closeDate.equals(other.closeDate)
        && this.lossReasonId.equals(other.lossReasonId)
        && this.lossReason.equals(other.lossReason)
        && this.wonReasonId.equals(other.wonReasonId)
        && this.wonReason.equals(other.wonReason)
        && this.pipelineId.equals(other.pipelineId)
        && this.pipelineStageId.equals(other.pipelineStageId)
        && this.sourceId.equals(other.sourceId)
        && this.leadId.equals(other.leadId)
        && this.leadSource.equals(other.leadSource)
        && this.contactId.equals(other.contactId)
        && this.contactIds.equals(other.contactIds)
        && this.companyId.equals(other.companyId)
        && this.companyName.equals(other.companyName)
        && this.ownerId.equals(other.ownerId)
        && this.priority.equals(other.priority)
        && this.status.equals(other.status)
        && this.statusId.equals(other.statusId)
        && this.tags.equals(other.tags)
        && this.interactionCount.equals(other.interactionCount)
        && this.customFields.equals(other.customFields)
        && this.stageLastChangedAt.equals(other.stageLastChangedAt)
        && this.lastActivityAt.equals(other.lastActivityAt)
        && this.deleted.equals(other.deleted)
        && this.dateStageChanged.equals(other.dateStageChanged)
        && this.dateLastContacted.equals(other.dateLastContacted)
        && this.dateLeadCreated.equals(other.dateLeadCreated)
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
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.primaryContactId.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.monetaryAmount.hashCode();
    h = 31 * h + this.currency.hashCode();
    h = 31 * h + this.winProbability.hashCode();
    h = 31 * h + this.expectedRevenue.hashCode();
    h = 31 * h + this.closeDate.hashCode();
    h = 31 * h + this.lossReasonId.hashCode();
    h = 31 * h + this.lossReason.hashCode();
    h = 31 * h + this.wonReasonId.hashCode();
    h = 31 * h + this.wonReason.hashCode();
    h = 31 * h + this.pipelineId.hashCode();
    h = 31 * h + this.pipelineStageId.hashCode();
    h = 31 * h + this.sourceId.hashCode();
    h = 31 * h + this.leadId.hashCode();
    h = 31 * h + this.leadSource.hashCode();
    h = 31 * h + this.contactId.hashCode();
    h = 31 * h + this.contactIds.hashCode();
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.companyName.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.priority.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.statusId.hashCode();
    h = 31 * h + this.tags.hashCode();
    h = 31 * h + this.interactionCount.hashCode();
    h = 31 * h + this.customFields.hashCode();
    h = 31 * h + this.stageLastChangedAt.hashCode();
    h = 31 * h + this.lastActivityAt.hashCode();
    h = 31 * h + this.deleted.hashCode();
    h = 31 * h + this.dateStageChanged.hashCode();
    h = 31 * h + this.dateLastContacted.hashCode();
    h = 31 * h + this.dateLeadCreated.hashCode();
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
    StringBuilder sb = new StringBuilder("Opportunity{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if (!this.primaryContactId.isMissing()) {
      sb.append(sep).append("primaryContactId=").append(this.primaryContactId);
      sep = ", ";
    }
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.monetaryAmount.isMissing()) {
      sb.append(sep).append("monetaryAmount=").append(this.monetaryAmount);
      sep = ", ";
    }
    if (!this.currency.isMissing()) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if (!this.winProbability.isMissing()) {
      sb.append(sep).append("winProbability=").append(this.winProbability);
      sep = ", ";
    }
    if (!this.expectedRevenue.isMissing()) {
      sb.append(sep).append("expectedRevenue=").append(this.expectedRevenue);
      sep = ", ";
    }
    if (!this.closeDate.isMissing()) {
      sb.append(sep).append("closeDate=").append(this.closeDate);
      sep = ", ";
    }
    if (!this.lossReasonId.isMissing()) {
      sb.append(sep).append("lossReasonId=").append(this.lossReasonId);
      sep = ", ";
    }
    if (!this.lossReason.isMissing()) {
      sb.append(sep).append("lossReason=").append(this.lossReason);
      sep = ", ";
    }
    if (!this.wonReasonId.isMissing()) {
      sb.append(sep).append("wonReasonId=").append(this.wonReasonId);
      sep = ", ";
    }
    if (!this.wonReason.isMissing()) {
      sb.append(sep).append("wonReason=").append(this.wonReason);
      sep = ", ";
    }
    if (!this.pipelineId.isMissing()) {
      sb.append(sep).append("pipelineId=").append(this.pipelineId);
      sep = ", ";
    }
    if (!this.pipelineStageId.isMissing()) {
      sb.append(sep).append("pipelineStageId=").append(this.pipelineStageId);
      sep = ", ";
    }
    if (!this.sourceId.isMissing()) {
      sb.append(sep).append("sourceId=").append(this.sourceId);
      sep = ", ";
    }
    if (!this.leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if (!this.leadSource.isMissing()) {
      sb.append(sep).append("leadSource=").append(this.leadSource);
      sep = ", ";
    }
    if (!this.contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if (!this.contactIds.isMissing()) {
      sb.append(sep).append("contactIds=").append(this.contactIds);
      sep = ", ";
    }
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.companyName.isMissing()) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.priority.isMissing()) {
      sb.append(sep).append("priority=").append(this.priority);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.statusId.isMissing()) {
      sb.append(sep).append("statusId=").append(this.statusId);
      sep = ", ";
    }
    if (!this.tags.isMissing()) {
      sb.append(sep).append("tags=").append(this.tags);
      sep = ", ";
    }
    if (!this.interactionCount.isMissing()) {
      sb.append(sep).append("interactionCount=").append(this.interactionCount);
      sep = ", ";
    }
    if (!this.customFields.isMissing()) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if (!this.stageLastChangedAt.isMissing()) {
      sb.append(sep).append("stageLastChangedAt=").append(this.stageLastChangedAt);
      sep = ", ";
    }
    if (!this.lastActivityAt.isMissing()) {
      sb.append(sep).append("lastActivityAt=").append(this.lastActivityAt);
      sep = ", ";
    }
    if (!this.deleted.isMissing()) {
      sb.append(sep).append("deleted=").append(this.deleted);
      sep = ", ";
    }
    if (!this.dateStageChanged.isMissing()) {
      sb.append(sep).append("dateStageChanged=").append(this.dateStageChanged);
      sep = ", ";
    }
    if (!this.dateLastContacted.isMissing()) {
      sb.append(sep).append("dateLastContacted=").append(this.dateLastContacted);
      sep = ", ";
    }
    if (!this.dateLeadCreated.isMissing()) {
      sb.append(sep).append("dateLeadCreated=").append(this.dateLeadCreated);
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
   * Builds {@link Opportunity}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> title = JsonField.missing();

    private JsonField<String> primaryContactId = JsonField.missing();

    private JsonField<String> description = JsonField.missing();

    private JsonField<String> type = JsonField.missing();

    private JsonField<BigDecimal> monetaryAmount = JsonField.missing();

    private JsonField<Currency> currency = JsonField.missing();

    private JsonField<BigDecimal> winProbability = JsonField.missing();

    private JsonField<BigDecimal> expectedRevenue = JsonField.missing();

    private JsonField<LocalDate> closeDate = JsonField.missing();

    private JsonField<String> lossReasonId = JsonField.missing();

    private JsonField<String> lossReason = JsonField.missing();

    private JsonField<String> wonReasonId = JsonField.missing();

    private JsonField<String> wonReason = JsonField.missing();

    private JsonField<String> pipelineId = JsonField.missing();

    private JsonField<String> pipelineStageId = JsonField.missing();

    private JsonField<String> sourceId = JsonField.missing();

    private JsonField<String> leadId = JsonField.missing();

    private JsonField<String> leadSource = JsonField.missing();

    private JsonField<String> contactId = JsonField.missing();

    private JsonField<List<String>> contactIds = JsonField.missing();

    private ArrayList<String> contactIdsAdded;

    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> companyName = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> priority = JsonField.missing();

    private JsonField<String> status = JsonField.missing();

    private JsonField<String> statusId = JsonField.missing();

    private JsonField<List<String>> tags = JsonField.missing();

    private ArrayList<String> tagsAdded;

    private JsonField<Long> interactionCount = JsonField.missing();

    private JsonField<List<CustomField>> customFields = JsonField.missing();

    private ArrayList<CustomField> customFieldsAdded;

    private JsonField<OffsetDateTime> stageLastChangedAt = JsonField.missing();

    private JsonField<OffsetDateTime> lastActivityAt = JsonField.missing();

    private JsonField<Boolean> deleted = JsonField.missing();

    private JsonField<OffsetDateTime> dateStageChanged = JsonField.missing();

    private JsonField<OffsetDateTime> dateLastContacted = JsonField.missing();

    private JsonField<OffsetDateTime> dateLeadCreated = JsonField.missing();

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<String> updatedBy = JsonField.missing();

    private JsonField<String> createdBy = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

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
      this.id = JsonField.of(id);
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
      this.title = JsonField.of(title);
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
      this.primaryContactId = JsonField.of(primaryContactId);
      return this;
    }

    /**
     * A description of the opportunity.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * The type of the opportunity.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The monetary value associated with the opportunity.
     *
     * @param monetaryAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder monetaryAmount(BigDecimal monetaryAmount) {
      this.monetaryAmount = JsonField.of(monetaryAmount);
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = JsonField.of(currency);
      return this;
    }

    /**
     * The probability of winning the opportunity, expressed as a percentage.
     *
     * @param winProbability the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbability(BigDecimal winProbability) {
      this.winProbability = JsonField.of(winProbability);
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
      this.expectedRevenue = JsonField.of(expectedRevenue);
      return this;
    }

    /**
     * The actual closing date for the opportunity. If close_date is null, the opportunity is not closed yet.
     *
     * @param closeDate the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder closeDate(LocalDate closeDate) {
      this.closeDate = JsonField.of(closeDate);
      return this;
    }

    /**
     * The unique identifier of the reason why the opportunity was lost.
     *
     * @param lossReasonId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lossReasonId(String lossReasonId) {
      this.lossReasonId = JsonField.of(lossReasonId);
      return this;
    }

    /**
     * The reason why the opportunity was lost.
     *
     * @param lossReason the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lossReason(String lossReason) {
      this.lossReason = JsonField.of(lossReason);
      return this;
    }

    /**
     * The unique identifier of the reason why the opportunity was won.
     *
     * @param wonReasonId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder wonReasonId(String wonReasonId) {
      this.wonReasonId = JsonField.of(wonReasonId);
      return this;
    }

    /**
     * The reason why the opportunity was won.
     *
     * @param wonReason the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder wonReason(String wonReason) {
      this.wonReason = JsonField.of(wonReason);
      return this;
    }

    /**
     * The unique identifier of the pipeline associated with the opportunity.
     *
     * @param pipelineId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder pipelineId(String pipelineId) {
      this.pipelineId = JsonField.of(pipelineId);
      return this;
    }

    /**
     * The unique identifier of the stage in the pipeline associated with the opportunity.
     *
     * @param pipelineStageId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder pipelineStageId(String pipelineStageId) {
      this.pipelineStageId = JsonField.of(pipelineStageId);
      return this;
    }

    /**
     * The unique identifier of the source of the opportunity.
     *
     * @param sourceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder sourceId(String sourceId) {
      this.sourceId = JsonField.of(sourceId);
      return this;
    }

    /**
     * The unique identifier of the lead associated with the opportunity.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = JsonField.of(leadId);
      return this;
    }

    /**
     * The source of the lead associated with the opportunity.
     *
     * @param leadSource the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadSource(String leadSource) {
      this.leadSource = JsonField.of(leadSource);
      return this;
    }

    /**
     * The unique identifier of the contact associated with the opportunity.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = JsonField.of(contactId);
      return this;
    }

    /**
     * An array of unique identifiers of all contacts associated with the opportunity.
     *
     * @param contactIds the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactIds(List<String> contactIds) {
      this.contactIds = JsonField.of(ImmutableList.copyOf(contactIds));
      this.contactIdsAdded = null;
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
        List<String> current = this.contactIds.value();
        this.contactIdsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.contactIdsAdded.add(item);
      return this;
    }

    /**
     * The unique identifier of the company associated with the opportunity.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = JsonField.of(companyId);
      return this;
    }

    /**
     * The name of the company associated with the opportunity.
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = JsonField.of(companyName);
      return this;
    }

    /**
     * The unique identifier of the user who owns the opportunity.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * The priority level of the opportunity.
     *
     * @param priority the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder priority(String priority) {
      this.priority = JsonField.of(priority);
      return this;
    }

    /**
     * The current status of the opportunity.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The unique identifier of the current status of the opportunity.
     *
     * @param statusId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder statusId(String statusId) {
      this.statusId = JsonField.of(statusId);
      return this;
    }

    /**
     * Tags attached to the record.
     *
     * @param tags the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = JsonField.of(ImmutableList.copyOf(tags));
      this.tagsAdded = null;
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
        List<String> current = this.tags.value();
        this.tagsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.tagsAdded.add(item);
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
      this.interactionCount = JsonField.of(interactionCount);
      return this;
    }

    /**
     * Custom fields of the opportunity.
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
     * The date and time when the stage of the opportunity was last changed.
     *
     * @param stageLastChangedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder stageLastChangedAt(OffsetDateTime stageLastChangedAt) {
      this.stageLastChangedAt = JsonField.of(stageLastChangedAt);
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
      this.lastActivityAt = JsonField.of(lastActivityAt);
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
      this.deleted = JsonField.of(deleted);
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
      this.dateStageChanged = JsonField.of(dateStageChanged);
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
      this.dateLastContacted = JsonField.of(dateLastContacted);
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
      this.dateLeadCreated = JsonField.of(dateLeadCreated);
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
     * The user who last updated the opportunity.
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
     * The user who created the opportunity.
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
     * The date and time when the opportunity was last updated.
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
     * The date and time when the opportunity was created.
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
    public Opportunity build() {
      return new Opportunity(this);
    }
  }
}
