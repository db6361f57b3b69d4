package dev.unisdk.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// README: "The fake server" > JUnit 5 (this whole class appears there).
@ExtendWith(FakeServerExtension.class)
class ContactsTest {
  @Test
  void createsAContact(FakeServer server) {
    try (CrmClient crm = CrmClient.builder()
        .apiKey(server.apideck().apiKey()).appId(server.apideck().appId()).consumerId("test")
        .baseUrl(server.baseUrl())
        .build()) {
      crm.contacts().create(Contact.builder().name("Ada Lovelace").build());
    }
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
  }
}
