package dev.unisdk.examples.readme;

import dev.unisdk.Unisdk;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Connection;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import java.util.List;

/** README: "Quick start" (building clients). */
final class QuickStartSnippets {
  private QuickStartSnippets() {}

  static void rootClient() {
    try (Unisdk unisdk = Unisdk.builder()
        .apideck(System.getenv("APIDECK_API_KEY"), System.getenv("APIDECK_APP_ID"), "acme")
        .integrationsToken(System.getenv("LIZA_TOKEN"))
        .unificationEngine(System.getenv("UE_APP_KEY"), System.getenv("UE_APP_SECRET"))
        .build()) {
      for (Contact contact : unisdk.crm().contacts().list()) {
        System.out.println(contact.name());
      }
      List<Connection> connections = unisdk.integrations().connections().list();
      UeUser user = unisdk.unificationEngine().users().create();
    }
  }

  static void moduleClients() {
    CrmClient crm = CrmClient.builder()
        .apiKey(System.getenv("APIDECK_API_KEY"))
        .appId(System.getenv("APIDECK_APP_ID"))
        .consumerId("acme")
        .build();
    SmsClient sms = SmsClient.builder()
        .apiKey(System.getenv("APIDECK_API_KEY"))
        .appId(System.getenv("APIDECK_APP_ID"))
        .consumerId("acme")
        .serviceId("twilio")
        .build();
    IntegrationsClient integrations = IntegrationsClient.builder().token(System.getenv("LIZA_TOKEN")).build();
    UnificationEngineClient ue = UnificationEngineClient.builder()
        .appKey(System.getenv("UE_APP_KEY"))
        .appSecret(System.getenv("UE_APP_SECRET"))
        .build();
  }
}
