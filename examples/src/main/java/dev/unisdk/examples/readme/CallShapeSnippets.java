package dev.unisdk.examples.readme;

import dev.unisdk.Unisdk;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.apideck.ApideckResponse;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Connection;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import java.time.Duration;
import java.util.List;

/** README: "One call shape": the same three moves on all four clients. */
final class CallShapeSnippets {
  private CallShapeSnippets() {}

  static void callShape(Unisdk unisdk, String contactId, UeUser user) {
    // 1. a derived client with other options, sharing the connection pool (no closing needed)
    Unisdk patient = unisdk.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
    CrmClient crm = unisdk.crm().withOptions(o -> o.defaultHeader("x-team", "sales"));
    SmsClient sms = unisdk.sms().withOptions(o -> o.readTimeout(Duration.ofSeconds(30)));
    IntegrationsClient integrations = patient.integrations();
    UnificationEngineClient ue = patient.unificationEngine();

    // 2. per-call options: always the last argument, always a RequestOptions
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build();
    RequestOptions hubspot = ApideckRequestOptions.builder()   // Apideck's extension: consumer/service per call
        .serviceId("hubspot").consumerId("acme").timeout(Duration.ofSeconds(5)).build();
    Contact contact = crm.contacts().get(contactId, null, hubspot);
    sms.messages().list(null, quick);
    List<Connection> connections = integrations.connections().list(quick);
    ue.asUser(user).connections().list(quick);

    // 3. withRawResponse(): status, headers, request id and the typed value, on every service
    ApiResponse<ApideckResponse<Contact>> raw = crm.contacts().withRawResponse().get(contactId);
    ApiResponse<ApideckResponse<Message>> first = sms.messages().withRawResponse().get("msg-1");
    ApiResponse<List<Connection>> listed = integrations.connections().withRawResponse().list(quick);
    ApiResponse<List<UeUser>> users = ue.users().withRawResponse().list();
    System.out.println(contact.name() + " " + connections.size() + " " + raw.statusCode() + " " + raw.requestId()
        + " " + first.header("Request-Id") + " " + listed.statusCode() + " " + users.value().size());
  }

  /** The README block, verbatim. */
  static void readmeBlock(Unisdk unisdk, SmsClient sms, IntegrationsClient integrations,
      UnificationEngineClient ue, String contactId, UeUser user) {
    Unisdk patient = unisdk.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
    CrmClient crm = unisdk.crm().withOptions(o -> o.defaultHeader("x-team", "sales"));

    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build();
    RequestOptions hubspot = ApideckRequestOptions.builder()          // Apideck: consumer/service per call
        .serviceId("hubspot").consumerId("acme").timeout(Duration.ofSeconds(5)).build();
    Contact contact = crm.contacts().get(contactId, null, hubspot);
    sms.messages().list(null, quick);
    List<Connection> connections = integrations.connections().list(quick);
    ue.asUser(user).connections().list(quick);

    ApiResponse<ApideckResponse<Contact>> raw = crm.contacts().withRawResponse().get(contactId);
    ApiResponse<List<Connection>> listed = integrations.connections().withRawResponse().list(quick);
    ApiResponse<List<UeUser>> users = ue.users().withRawResponse().list();
    String requestId = raw.requestId();
  }
}
