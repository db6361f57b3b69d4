package dev.unisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.apideck.ApideckError;
import dev.unisdk.apideck.ApideckErrorType;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A template for your own tests: your code talks to the fake server through the real SDK. The
 * extension starts one server for the class, resets it before each test and closes it afterwards.
 */
@ExtendWith(FakeServerExtension.class)
class CrmWithFakeServerTest {
  FakeServer server; // injected before each test

  private final List<Duration> sleeps = new ArrayList<>();
  private CrmClient crm;

  @BeforeEach
  void connect() {
    crm = CrmClient.builder()
        .apiKey(server.apideck().apiKey())
        .appId(server.apideck().appId())
        .consumerId("test-consumer")
        .options(ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .sleeper(sleeps::add) // retries wait on this seam instead of really sleeping
            .build())
        .build();
  }

  @AfterEach
  void close() {
    crm.close();
  }

  @Test
  void createdContactCanBeReadBack() {
    String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").title("Analyst").build()).id();

    Contact read = crm.contacts().get(id);

    assertThat(read.name()).isEqualTo("Ada Lovelace");
    assertThat(read.title()).isEqualTo("Analyst");
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
    RecordedRequest add = server.requests().of("crm.contacts.add").get(0);
    assertThat(add.header("x-apideck-consumer-id")).isEqualTo("test-consumer");
    assertThat(add.header("Authorization")).isEqualTo("Bearer ****"); // the fake masks credentials
  }

  @Test
  void unknownContactIsANotFoundWithTheApideckErrorType() {
    assertThatThrownBy(() -> crm.contacts().get("does-not-exist"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(ApideckError.of(e).is(ApideckErrorType.ENTITY_NOT_FOUND_ERROR)).isTrue());
  }

  @Test
  void getIsRetriedAfterA503HonouringRetryAfter() {
    String id = crm.contacts().create(Contact.builder().name("Grace Hopper").build()).id();
    server.faults().add(Fault.status(503).withRetryAfterSeconds(2).times(1).forMethod("GET"));

    assertThat(crm.contacts().get(id).name()).isEqualTo("Grace Hopper");

    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(server.requests().count("crm.contacts.get")).isEqualTo(2);
  }

  @Test
  void persistent503SurfacesAsServerExceptionAfterTheRetries() {
    server.faults().add(Fault.status(503).times(10));
    CrmClient noRetries = CrmClient.builder()
        .apiKey(server.apideck().apiKey()).appId(server.apideck().appId()).consumerId("test-consumer")
        .options(ClientOptions.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).build())
        .build();
    try (noRetries) {
      assertThatThrownBy(() -> noRetries.contacts().list().firstPage())
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    }
    assertThat(server.requests().count("crm.contacts.list")).isEqualTo(1);
  }
}
