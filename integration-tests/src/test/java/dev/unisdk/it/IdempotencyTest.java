package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.it.logging.CapturedLogs;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A POST the server received is never sent again without an idempotency key; with one, the SDK may
 * repeat it, and does, carrying the same key every time.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IdempotencyTest {
  private static final String CONSUMER = "idempotency-consumer";
  private static final String SERVICE = "salesforce";
  private static final int SEEDED = 5;
  private static final String KEY = "create-ada-7f3c";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(3).recordsPerResource(SEEDED));

  /** Faults after which the server has done the work but the client saw no answer. */
  enum Received {
    DROPPED_BEFORE_RESPONSE(Fault.dropBeforeResponse()),
    DROPPED_MID_BODY(Fault.dropMidBody()),
    STALLED_PAST_READ_TIMEOUT(Fault.stall(Duration.ofSeconds(3)));

    final Fault fault;

    Received(Fault fault) {
      this.fault = fault.forMethod("POST");
    }
  }

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CrmClient crm;

  @BeforeEach
  void setUp() {
    crm = Clients.crm(server, sleeper, CONSUMER);
    assertThat(records()).hasSize(SEEDED);
    server.requests().clear();
  }

  @AfterEach
  void tearDown() {
    crm.close();
  }

  @ParameterizedTest
  @EnumSource(Received.class)
  void receivedPostIsNeverRepeatedWithoutIdempotencyKey(Received received) {
    server.faults().add(received.fault);

    Throwable error = catchThrowable(() -> crm.contacts().create(ada()));

    assertThat(error).isInstanceOf(UnisdkException.class);
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
    assertThat(server.requests().of("crm.contacts.add").get(0).header("idempotency-key")).isNull();
    assertThat(sleeper.delays()).isEmpty();
    assertThat(named("Ada Lovelace")).hasSize(1);
    assertThat(records()).hasSize(SEEDED + 1);
  }

  @ParameterizedTest
  @EnumSource(Received.class)
  void receivedAsyncPostIsNeverRepeatedWithoutIdempotencyKey(Received received) {
    server.faults().add(received.fault);

    Throwable error = catchThrowable(() -> crm.contacts().createAsync(ada()).get(10, TimeUnit.SECONDS));

    assertThat(error).hasCauseInstanceOf(UnisdkException.class);
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
    assertThat(named("Ada Lovelace")).hasSize(1);
  }

  @Test
  void postRefusedWith503IsNotRepeatedWithoutIdempotencyKey() {
    server.faults().add(Fault.status(503).forMethod("POST"));

    Throwable error = catchThrowable(() -> crm.contacts().create(ada()));

    assertThat(error).isInstanceOf(dev.unisdk.core.errors.ServerException.class);
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
    assertThat(named("Ada Lovelace")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Received.class, names = {"DROPPED_BEFORE_RESPONSE", "STALLED_PAST_READ_TIMEOUT"})
  void receivedPostWithIdempotencyKeyIsRepeatedWithTheSameKey(Received received) {
    server.faults().add(received.fault);

    UnifiedId id = crm.contacts().create(ada(), withKey());

    assertRepeatedOnceWithSameKey(id);
  }

  @Test
  void postWithIdempotencyKeyCutOffMidBodyIsRepeatedWithTheSameKey() {
    server.faults().add(Received.DROPPED_MID_BODY.fault);

    // at the default log levels: at TRACE the logging interceptor happens to read small bodies early
    UnifiedId id = CapturedLogs.withoutTraceReturning(() -> crm.contacts().create(ada(), withKey()));

    assertRepeatedOnceWithSameKey(id);
  }

  @Test
  void asyncPostWithIdempotencyKeyIsRepeatedWithTheSameKey() throws Exception {
    server.faults().add(Fault.dropBeforeResponse().forMethod("POST"));

    UnifiedId id = crm.contacts().createAsync(ada(), withKey()).get(10, TimeUnit.SECONDS);

    assertRepeatedOnceWithSameKey(id);
  }

  @Test
  void postWithIdempotencyKeyRefusedWith503IsRetriedUntilAccepted() {
    server.faults().add(Fault.status(503).times(2).forMethod("POST"));

    UnifiedId id = crm.contacts().create(ada(), withKey());

    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(3);
    assertThat(server.requests().of("crm.contacts.add"))
        .extracting(r -> r.header("idempotency-key")).containsOnly(KEY);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    // the two refusals did nothing: exactly one record, the one whose id the client got
    assertThat(named("Ada Lovelace")).extracting(r -> r.get("id").asText()).containsExactly(id.id());
  }

  /**
   * The first attempt was processed and its answer lost; the retry carried the same key. The fake
   * server does not deduplicate by key (the real API may), so it holds two identical records: the
   * client returns the id of the second, which exists, and nothing else changed.
   */
  private void assertRepeatedOnceWithSameKey(UnifiedId id) {
    List<RecordedRequest> creates = server.requests().of("crm.contacts.add");
    assertThat(creates).hasSize(2);
    assertThat(creates).extracting(r -> r.header("idempotency-key")).containsExactly(KEY, KEY);
    assertThat(creates.get(0).body()).isEqualTo(creates.get(1).body());
    List<JsonNode> adas = named("Ada Lovelace");
    assertThat(adas).hasSize(2);
    assertThat(adas).extracting(r -> r.get("id").asText()).doesNotHaveDuplicates().contains(id.id());
    assertThat(records()).hasSize(SEEDED + 2);
    assertThat(records()).extracting(r -> r.get("id").asText()).doesNotHaveDuplicates();
  }

  private static RequestOptions withKey() {
    return ApideckRequestOptions.builder().idempotencyKey(KEY).build();
  }

  private static Contact ada() {
    return Contact.builder().name("Ada Lovelace").firstName("Ada").lastName("Lovelace").build();
  }

  private List<JsonNode> records() {
    return server.apideck().records(CONSUMER, SERVICE, "contacts");
  }

  private List<JsonNode> named(String name) {
    return records().stream().filter(r -> name.equals(r.path("name").asText())).collect(Collectors.toList());
  }

}
