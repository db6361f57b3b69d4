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
import dev.unisdk.crm.model.Opportunity;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Opportunity}; not public API.
 */
public final class OpportunityCodec {
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

  private OpportunityCodec() {
  }

  /**
   * Reads one {@link Opportunity} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Opportunity read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
            b.id(Codecs.readString(p, ctxt));
            break;
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "primary_contact_id":
            b.primaryContactId(Codecs.readString(p, ctxt));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(Codecs.readString(p, ctxt));
            break;
          case "monetary_amount":
            b.monetaryAmount(Codecs.readBigDecimal(p, ctxt));
            break;
          case "currency":
            b.currency(CurrencyCodec.read(p, ctxt));
            break;
          case "win_probability":
            b.winProbability(Codecs.readBigDecimal(p, ctxt));
            break;
          case "expected_revenue":
            b.expectedRevenue(Codecs.readBigDecimal(p, ctxt));
            break;
          case "close_date":
            b.closeDate(Codecs.readLocalDate(p, ctxt));
            break;
          case "loss_reason_id":
            b.lossReasonId(Codecs.readString(p, ctxt));
            break;
          case "loss_reason":
            b.lossReason(Codecs.readString(p, ctxt));
            break;
          case "won_reason_id":
            b.wonReasonId(Codecs.readString(p, ctxt));
            break;
          case "won_reason":
            b.wonReason(Codecs.readString(p, ctxt));
            break;
          case "pipeline_id":
            b.pipelineId(Codecs.readString(p, ctxt));
            break;
          case "pipeline_stage_id":
            b.pipelineStageId(Codecs.readString(p, ctxt));
            break;
          case "source_id":
            b.sourceId(Codecs.readString(p, ctxt));
            break;
          case "lead_id":
            b.leadId(Codecs.readString(p, ctxt));
            break;
          case "lead_source":
            b.leadSource(Codecs.readString(p, ctxt));
            break;
          case "contact_id":
            b.contactId(Codecs.readString(p, ctxt));
            break;
          case "contact_ids":
            b.contactIds(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "company_name":
            b.companyName(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "priority":
            b.priority(Codecs.readString(p, ctxt));
            break;
          case "status":
            b.status(Codecs.readString(p, ctxt));
            break;
          case "status_id":
            b.statusId(Codecs.readString(p, ctxt));
            break;
          case "tags":
            b.tags(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          case "interaction_count":
            b.interactionCount(Codecs.readLong(p, ctxt));
            break;
          case "custom_fields":
            b.customFields(Codecs.readList(p, ctxt, CustomFieldCodec::read));
            break;
          case "stage_last_changed_at":
            b.stageLastChangedAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "last_activity_at":
            b.lastActivityAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "deleted":
            b.deleted(Codecs.readBoolean(p, ctxt));
            break;
          case "date_stage_changed":
            b.dateStageChanged(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "date_last_contacted":
            b.dateLastContacted(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "date_lead_created":
            b.dateLeadCreated(Codecs.readOffsetDateTime(p, ctxt));
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
  public static void write(JsonGenerator g, SerializerProvider provider, Opportunity value) throws
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
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.primaryContactIdField().isMissing()) {
      g.writeFieldName(F_PRIMARY_CONTACT_ID);
      Codecs.writeString(g, provider, value.primaryContactIdField().value());
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      Codecs.writeString(g, provider, value.typeField().value());
    }
    if (!value.monetaryAmountField().isMissing()) {
      g.writeFieldName(F_MONETARY_AMOUNT);
      Codecs.writeBigDecimal(g, provider, value.monetaryAmountField().value());
    }
    if (!value.currencyField().isMissing()) {
      g.writeFieldName(F_CURRENCY);
      CurrencyCodec.write(g, provider, value.currencyField().value());
    }
    if (!value.winProbabilityField().isMissing()) {
      g.writeFieldName(F_WIN_PROBABILITY);
      Codecs.writeBigDecimal(g, provider, value.winProbabilityField().value());
    }
    if (!requestBody && !value.expectedRevenueField().isMissing()) {
      g.writeFieldName(F_EXPECTED_REVENUE);
      Codecs.writeBigDecimal(g, provider, value.expectedRevenueField().value());
    }
    if (!value.closeDateField().isMissing()) {
      g.writeFieldName(F_CLOSE_DATE);
      Codecs.writeLocalDate(g, provider, value.closeDateField().value());
    }
    if (!value.lossReasonIdField().isMissing()) {
      g.writeFieldName(F_LOSS_REASON_ID);
      Codecs.writeString(g, provider, value.lossReasonIdField().value());
    }
    if (!value.lossReasonField().isMissing()) {
      g.writeFieldName(F_LOSS_REASON);
      Codecs.writeString(g, provider, value.lossReasonField().value());
    }
    if (!value.wonReasonIdField().isMissing()) {
      g.writeFieldName(F_WON_REASON_ID);
      Codecs.writeString(g, provider, value.wonReasonIdField().value());
    }
    if (!value.wonReasonField().isMissing()) {
      g.writeFieldName(F_WON_REASON);
      Codecs.writeString(g, provider, value.wonReasonField().value());
    }
    if (!value.pipelineIdField().isMissing()) {
      g.writeFieldName(F_PIPELINE_ID);
      Codecs.writeString(g, provider, value.pipelineIdField().value());
    }
    if (!value.pipelineStageIdField().isMissing()) {
      g.writeFieldName(F_PIPELINE_STAGE_ID);
      Codecs.writeString(g, provider, value.pipelineStageIdField().value());
    }
    if (!value.sourceIdField().isMissing()) {
      g.writeFieldName(F_SOURCE_ID);
      Codecs.writeString(g, provider, value.sourceIdField().value());
    }
    if (!value.leadIdField().isMissing()) {
      g.writeFieldName(F_LEAD_ID);
      Codecs.writeString(g, provider, value.leadIdField().value());
    }
    if (!value.leadSourceField().isMissing()) {
      g.writeFieldName(F_LEAD_SOURCE);
      Codecs.writeString(g, provider, value.leadSourceField().value());
    }
    if (!value.contactIdField().isMissing()) {
      g.writeFieldName(F_CONTACT_ID);
      Codecs.writeString(g, provider, value.contactIdField().value());
    }
    if (!value.contactIdsField().isMissing()) {
      g.writeFieldName(F_CONTACT_IDS);
      Codecs.writeList(g, provider, value.contactIdsField().value(), Codecs::writeString);
    }
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.companyNameField().isMissing()) {
      g.writeFieldName(F_COMPANY_NAME);
      Codecs.writeString(g, provider, value.companyNameField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.priorityField().isMissing()) {
      g.writeFieldName(F_PRIORITY);
      Codecs.writeString(g, provider, value.priorityField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeString(g, provider, value.statusField().value());
    }
    if (!value.statusIdField().isMissing()) {
      g.writeFieldName(F_STATUS_ID);
      Codecs.writeString(g, provider, value.statusIdField().value());
    }
    if (!value.tagsField().isMissing()) {
      g.writeFieldName(F_TAGS);
      Codecs.writeList(g, provider, value.tagsField().value(), Codecs::writeString);
    }
    if (!requestBody && !value.interactionCountField().isMissing()) {
      g.writeFieldName(F_INTERACTION_COUNT);
      Codecs.writeLong(g, provider, value.interactionCountField().value());
    }
    if (!value.customFieldsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_FIELDS);
      Codecs.writeList(g, provider, value.customFieldsField().value(), CustomFieldCodec::write);
    }
    if (!value.stageLastChangedAtField().isMissing()) {
      g.writeFieldName(F_STAGE_LAST_CHANGED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.stageLastChangedAtField().value());
    }
    if (!requestBody && !value.lastActivityAtField().isMissing()) {
      g.writeFieldName(F_LAST_ACTIVITY_AT);
      Codecs.writeOffsetDateTime(g, provider, value.lastActivityAtField().value());
    }
    if (!requestBody && !value.deletedField().isMissing()) {
      g.writeFieldName(F_DELETED);
      Codecs.writeBoolean(g, provider, value.deletedField().value());
    }
    if (!requestBody && !value.dateStageChangedField().isMissing()) {
      g.writeFieldName(F_DATE_STAGE_CHANGED);
      Codecs.writeOffsetDateTime(g, provider, value.dateStageChangedField().value());
    }
    if (!requestBody && !value.dateLastContactedField().isMissing()) {
      g.writeFieldName(F_DATE_LAST_CONTACTED);
      Codecs.writeOffsetDateTime(g, provider, value.dateLastContactedField().value());
    }
    if (!requestBody && !value.dateLeadCreatedField().isMissing()) {
      g.writeFieldName(F_DATE_LEAD_CREATED);
      Codecs.writeOffsetDateTime(g, provider, value.dateLeadCreatedField().value());
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
