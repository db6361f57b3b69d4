package dev.unisdk.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.it.support.RecordingSleeper;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A 2xx that cannot be right is an InvalidResponseException carrying the raw body, never a null. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileSuccessWithoutDataTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MockWebServer server = new MockWebServer();
  private CrmClient crm;

  @BeforeEach
  void start() throws Exception {
    server.start();
    crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 0).build());
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
    server.shutdown();
  }

  @ParameterizedTest(name = "get answered [{0}]")
  @ValueSource(strings = {"", " ", "{}", "{\"status_code\":200,\"data\":null}", "null",
      "{\"status_code\":200,\"data\":{\"id\":\"c1\"}} {\"data\":{\"id\":\"c2\"}}"})
  void aGetWithoutItsRecordFails(String body) {
    server.enqueue(new MockResponse().setBody(body));
    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.body()).isEqualTo(body);
        });
  }

  @Test
  void aGetWithoutItsRecordFailsAsyncToo() {
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> crm.contacts().getAsync("c1").get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(InvalidResponseException.class);
  }

  @ParameterizedTest(name = "create answered [{0}]")
  @ValueSource(strings = {"{\"status_code\":201,\"data\":{}}", "{\"status_code\":201}",
      "{\"status_code\":201,\"data\":{\"id\":null}}"})
  void aCreateWithoutAnIdFails(String body) {
    server.enqueue(new MockResponse().setResponseCode(201).setBody(body));
    assertThatThrownBy(() -> crm.contacts().create(Contact.builder().name("Ada Lovelace").build()))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.body()).isEqualTo(body));
  }

  @Test
  void aListWithoutDataFails() {
    server.enqueue(new MockResponse().setBody("{\"status_code\":200}"));
    assertThatThrownBy(() -> crm.contacts().withRawResponse().list(dev.unisdk.crm.ContactListParams.builder().build())).isInstanceOf(InvalidResponseException.class);
  }

  @ParameterizedTest(name = "connection answered [{0}]")
  @ValueSource(strings = {"", "{}", "null", "{\"id\":\"a\"}{\"id\":\"b\"}"})
  void anIntegrationsConnectionWithoutIdFails(String body) throws Exception {
    server.enqueue(new MockResponse().setBody(body));
    try (IntegrationsClient api = Hostile.integrations(
        Hostile.options(server.url("/").toString(), sleeper, 0).build())) {
      assertThatThrownBy(() -> api.connections().get("conn1"))
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.body()).isEqualTo(body));
    }
  }
}
