package dev.unisdk.fakeserver.internal.apideck;

import static dev.unisdk.fakeserver.internal.apideck.ListFilters.anyItem;
import static dev.unisdk.fakeserver.internal.apideck.ListFilters.anyPhone;
import static dev.unisdk.fakeserver.internal.apideck.ListFilters.field;
import static dev.unisdk.fakeserver.internal.apideck.ListFilters.firstItem;
import static dev.unisdk.fakeserver.internal.apideck.ListFilters.number;
import static dev.unisdk.fakeserver.internal.apideck.ListFilters.since;
import static dev.unisdk.fakeserver.internal.apideck.ListFilters.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.ApideckAdmin;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The resource table, written from the CRM 10.3.6 and SMS 10.8.1 documents and INDEX.md: every
 * documented field with its JSON type, enum values, nullability, read-only/write-only flag and the
 * required fields; plus the documented list filters and sort fields. See {@link Schema} for the notation.
 */
final class Resources {
  private static final String STAMPS =
      " ~custom_mappings:object?={} ~updated_by:string? ~created_by:string? ~updated_at:datetime? ~created_at:datetime?";
  private static final String STAMPS_NO_BY = " ~custom_mappings:object?={} ~updated_at:datetime? ~created_at:datetime?";

  private static final Map<String, Schema> NESTED = new LinkedHashMap<>();

  static {
    nested("address", "id:string? type:string? string:string? name:string? line1:string? line2:string? line3:string?"
        + " line4:string? street_number:string? city:string? state:string? postal_code:string? country:string?"
        + " latitude:string? longitude:string? county:string? contact_name:string? salutation:string?"
        + " phone_number:string? fax:string? email:string? website:string? notes:string? row_version:string?");
    nested("email", "id:string? email:string? type:string?");
    nested("phone", "id:string? country_code:string? area_code:string? number:string? extension:string? type:string?");
    nested("website", "id:string? url:string? type:string?");
    nested("social", "id:string? url:string? type:string?");
    nested("bank_account", "bank_name:string? account_number:string? account_name:string? account_type:string?"
        + " iban:string? bic:string? routing_number:string? bsb_number:string? branch_identifier:string?"
        + " bank_code:string? currency:currency?");
    nested("row_type", "id:string? name:string?");
    nested("custom_field", "id:string? name:string? description:string? value:any?");
    nested("stage", "id:string? name:string? value:string? win_probability:integer? display_order:integer?");
    nested("attendee", "~id:string? name:string? first_name:string? middle_name:string? last_name:string? prefix:string?"
        + " suffix:string? email_address:string? is_organizer:boolean? status:string? ~user_id:string?"
        + " ~contact_id:string? ~updated_at:datetime? ~created_at:datetime?");
    nested("price", "per_unit:string? total_amount:string? currency:currency?");
    nested("error", "code:string? message:string?");
    nested("pass_through", "service_id:string operation_id:string? extend_object:object? extend_paths:[object]?");
  }

  static final ResourceDef COMPANIES = crm("companies", "company",
      "~id:string name:nonempty! ~interaction_count:integer?=0 owner_id:string? image:string? description:string?"
          + " vat_number:string? currency:currency? status:string? fax:string? annual_revenue:string?"
          + " number_of_employees:string? industry:string? ownership:string? sales_tax_number:string?"
          + " payee_number:string? abn_or_tfn:string? abn_branch:string? acn:string? first_name:string?"
          + " last_name:string? ~parent_id:string? bank_accounts:[@bank_account] websites:[@website]"
          + " addresses:[@address] social_links:[@social] phone_numbers:[@phone] emails:[@email] row_type:@row_type"
          + " custom_fields:[@custom_field] tags:[string]? read_only:boolean? ~last_activity_at:datetime?"
          + " ~deleted:boolean=false salutation:string? birthday:date?" + STAMPS,
      filters("name", text("name")),
      sorts("created_at", field("created_at"), "updated_at", field("updated_at"), "name", field("name")),
      r -> { }, false);

  static final ResourceDef CONTACTS = crm("contacts", "contact",
      "~id:string name:string?! owner_id:string? type:enum(customer|supplier|employee|personal)? company_id:string?"
          + " company_name:string? lead_id:string? first_name:string? middle_name:string? last_name:string?"
          + " prefix:string? suffix:string? title:string? department:string? language:string?"
          + " gender:enum(male|female|unisex)? birthday:date? image:string? photo_url:string? lead_source:string?"
          + " fax:string? description:string? current_balance:number? status:string? active:boolean?"
          + " websites:[@website] addresses:[@address] social_links:[@social] phone_numbers:[@phone] emails:[@email]"
          + " email_domain:string? custom_fields:[@custom_field] tags:[string]? ~first_call_at:datetime?"
          + " ~first_email_at:datetime? ~last_activity_at:datetime?" + STAMPS_NO_BY,
      filters("name", text("name"), "first_name", text("first_name"), "last_name", text("last_name"),
          "email", anyItem("emails", "email"), "phone_number", anyPhone(), "company_id", text("company_id")),
      sorts("created_at", field("created_at"), "updated_at", field("updated_at"), "name", field("name"),
          "first_name", field("first_name"), "last_name", field("last_name"), "email", firstItem("emails", "email")),
      r -> { }, false);

  static final ResourceDef LEADS = crm("leads", "lead",
      "~id:string name:nonempty! company_name:string?! owner_id:string? company_id:string? lead_id:string?"
          + " lead_source:string? first_name:string? last_name:string? description:string? prefix:string?"
          + " title:string? language:string? status:string? monetary_amount:number? currency:currency? fax:string?"
          + " websites:[@website] addresses:[@address] social_links:[@social] phone_numbers:[@phone] emails:[@email]"
          + " custom_fields:[@custom_field] tags:[string]?" + STAMPS_NO_BY,
      filters("name", text("name"), "first_name", text("first_name"), "last_name", text("last_name"),
          "email", anyItem("emails", "email")),
      sorts("created_at", field("created_at"), "updated_at", field("updated_at"), "name", field("name"),
          "first_name", field("first_name"), "last_name", field("last_name"), "email", firstItem("emails", "email")),
      r -> { }, false);

  static final ResourceDef OPPORTUNITIES = crm("opportunities", "opportunity",
      "~id:string title:nonempty! primary_contact_id:string?! description:string? type:string? monetary_amount:number?"
          + " currency:currency? win_probability:number? ~expected_revenue:number? close_date:date?"
          + " loss_reason_id:string? loss_reason:string? won_reason_id:string? won_reason:string? pipeline_id:string?"
          + " pipeline_stage_id:string? source_id:string? lead_id:string? lead_source:string? contact_id:string?"
          + " contact_ids:[string] company_id:string? company_name:string? owner_id:string? priority:string?"
          + " status:string? status_id:string? tags:[string]? ~interaction_count:integer?=0"
          + " custom_fields:[@custom_field] stage_last_changed_at:datetime? ~last_activity_at:datetime?"
          + " ~deleted:boolean=false ~date_stage_changed:datetime? ~date_last_contacted:datetime?"
          + " ~date_lead_created:datetime?" + STAMPS,
      filters("title", text("title"), "status", text("status"), "monetary_amount", number("monetary_amount"),
          "win_probability", number("win_probability"), "company_id", text("company_id"),
          "owner_id", text("owner_id"), "primary_contact_id", text("primary_contact_id")),
      sorts("created_at", field("created_at"), "updated_at", field("updated_at"), "title", field("title"),
          "win_probability", field("win_probability"), "monetary_amount", field("monetary_amount"),
          "status", field("status")),
      Resources::deriveOpportunity, false);

  static final ResourceDef PIPELINES = crm("pipelines", null,
      "id:string name:nonempty! currency:currency? archived:boolean active:boolean display_order:integer?"
          + " win_probability_enabled:boolean stages:[@stage] ~updated_at:datetime? ~created_at:datetime?",
      Map.of(), Map.of(), r -> { }, true);

  static final ResourceDef NOTES = crm("notes", "note",
      "~id:string title:string? content:string? owner_id:string? contact_id:string? company_id:string?"
          + " opportunity_id:string? lead_id:string? active:boolean?" + STAMPS,
      Map.of(), Map.of(), r -> { }, false);

  static final ResourceDef USERS = crm("users", null,
      "~id:string parent_id:string? username:string? first_name:string? last_name:string? title:string?"
          + " division:string? department:string? company_name:string? employee_number:string? description:string?"
          + " image:string? language:string? status:string? ^password:string? addresses:[@address]"
          + " phone_numbers:[@phone] emails:[@email]!" + STAMPS_NO_BY,
      Map.of(), Map.of(), r -> { }, false);

  static final ResourceDef ACTIVITIES = crm("activities", "activity",
      "~id:string ~downstream_id:string? activity_datetime:datetime? duration_seconds:uint? user_id:string?"
          + " account_id:string? contact_id:string? company_id:string? opportunity_id:string? lead_id:string?"
          + " owner_id:string? campaign_id:string? case_id:string? asset_id:string? contract_id:string?"
          + " product_id:string? solution_id:string? custom_object_id:string? type:enum(call|meeting|email|note)?!"
          + " title:string? description:string? note:string? location:string? location_address:@address"
          + " all_day_event:boolean? private:boolean? group_event:boolean? event_sub_type:string?"
          + " group_event_type:string? child:boolean? archived:boolean? deleted:boolean? show_as:enum(free|busy)?"
          + " done:boolean? start_datetime:datetime? end_datetime:datetime? ~duration_minutes:integer?"
          + " activity_date:date? end_date:date? recurrent:boolean reminder_datetime:datetime? reminder_set:boolean?"
          + " video_conference_url:string? video_conference_id:string? custom_fields:[@custom_field]"
          + " attendees:[@attendee]" + STAMPS,
      filters("company_id", text("company_id"), "owner_id", text("owner_id"), "contact_id", text("contact_id"),
          "updated_since", since("updated_at")),
      sorts("created_at", field("created_at"), "updated_at", field("updated_at")),
      Resources::deriveActivity, false);

  static final ResourceDef MESSAGES = new ResourceDef("sms", "messages", "Messages", null, ApideckAdmin.DEFAULT_SMS_SERVICE_ID,
      Schema.parse("message",
          "~id:string from:string! to:string! subject:string body:string(1600)! type:enum(sms|mms)"
              + " scheduled_at:datetime webhook_url:string reference:string messaging_service_id:string"
              + " ^pass_through:[@pass_through] ~number_of_units:integer ~number_of_media_files:integer"
              + " ~direction:string ~status:string ~sent_at:datetime? ~price:@price ~error:@error?" + STAMPS,
          NESTED::get),
      Map.of(), Map.of(), Resources::deriveMessage, false);

  /** All resources in documented order. */
  static final List<ResourceDef> ALL = List.of(
      COMPANIES, OPPORTUNITIES, LEADS, CONTACTS, PIPELINES, NOTES, USERS, ACTIVITIES, MESSAGES);

  private Resources() {}

  /** The resource with this path segment name ({@code contacts}, {@code messages}), or null. */
  static ResourceDef byName(String name) {
    for (ResourceDef r : ALL) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  private static void nested(String name, String table) {
    NESTED.put(name, Schema.parse(name, table, NESTED::get));
  }

  private static ResourceDef crm(String name, String entityType, String table,
      Map<String, ListFilters.Filter> filters, Map<String, Function<JsonNode, JsonNode>> sorts,
      ResourceDef.Deriver derive, boolean clientIds) {
    String schemaName = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y" : name.substring(0, name.length() - 1);
    return new ResourceDef("crm", name, name, entityType, ApideckAdmin.DEFAULT_CRM_SERVICE_ID, Schema.parse(schemaName, table, NESTED::get),
        filters, sorts, derive, clientIds);
  }

  private static Map<String, ListFilters.Filter> filters(Object... pairs) {
    Map<String, ListFilters.Filter> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (ListFilters.Filter) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Function<JsonNode, JsonNode>> sorts(Object... pairs) {
    Map<String, Function<JsonNode, JsonNode>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Function<JsonNode, JsonNode>) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** expected_revenue = monetary_amount * win_probability / 100 when both are known. */
  static void deriveOpportunity(ObjectNode r) {
    JsonNode amount = r.get("monetary_amount");
    JsonNode probability = r.get("win_probability");
    if (amount != null && amount.isNumber() && probability != null && probability.isNumber()) {
      BigDecimal expected = amount.decimalValue().multiply(probability.decimalValue())
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).stripTrailingZeros();
      r.put("expected_revenue", expected.scale() < 0 ? expected.setScale(0) : expected);
    } else {
      r.putNull("expected_revenue");
    }
  }

  /** duration_minutes follows duration_seconds, or start/end when those are both set. */
  static void deriveActivity(ObjectNode r) {
    JsonNode seconds = r.get("duration_seconds");
    JsonNode start = r.get("start_datetime");
    JsonNode end = r.get("end_datetime");
    if (seconds != null && seconds.isNumber()) {
      r.put("duration_minutes", seconds.longValue() / 60);
    } else if (start != null && start.isTextual() && end != null && end.isTextual()) {
      r.put("duration_minutes", Duration.between(OffsetDateTime.parse(start.textValue()),
          OffsetDateTime.parse(end.textValue())).toMinutes());
    } else {
      r.putNull("duration_minutes");
    }
  }

  /** Units (153 chars per concatenated segment, 160 for one), media count, direction, status and price. */
  static void deriveMessage(ObjectNode r) {
    String body = r.path("body").asText("");
    int length = body.codePointCount(0, body.length());
    int units = length <= 160 ? 1 : (length + 152) / 153;
    r.put("number_of_units", units);
    r.put("number_of_media_files", "mms".equals(r.path("type").asText()) ? 1 : 0);
    r.put("direction", "outbound-api");
    boolean scheduled = r.path("scheduled_at").isTextual();
    r.put("status", scheduled ? "scheduled" : "sent");
    if (!scheduled && !r.path("sent_at").isTextual()) {
      r.set("sent_at", r.get("updated_at"));
    }
    ObjectNode price = r.putObject("price");
    price.put("per_unit", "0.0079");
    price.put("total_amount", new BigDecimal("0.0079").multiply(BigDecimal.valueOf(units)).toPlainString());
    price.put("currency", "USD");
    r.putNull("error");
  }
}
