package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.core.errors.TimeoutException;
import dev.unisdk.crm.ContactListParams;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault of the fake server against GET, DELETE and POST on the CRM client and against the second
 * page fetch of a paginated iteration. Each ends as documented: a retried success, or the right typed
 * exception (with status, body and request id where the server answered) — never a hang, never a
 * silent partial result. Retries never really sleep: a recording sleeper captures the delays asked for.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultToleranceTest {
  private static final String CONSUMER = "fault-consumer";
  private static final String SERVICE = "salesforce";
  private static final int SEEDED = 30;
  private static final int PAGE_SIZE = 10;

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(7).recordsPerResource(SEEDED));

  /** What an operation does on the wire. */
  enum Kind {
    GET("GET", "crm.contacts.get"),
    DELETE("DELETE", "crm.contacts.delete"),
    POST("POST", "crm.contacts.add"),
    PAGE("GET", "crm.contacts.list");

    final String method;
    final String operation;

    Kind(String method, String operation) {
      this.method = method;
      this.operation = operation;
    }
  }

  /** The operation a fault is injected into: blocking, or async (whose retries are scheduled, not slept). */
  enum Op {
    GET(Kind.GET),
    DELETE(Kind.DELETE),
    POST(Kind.POST),
    PAGE(Kind.PAGE),
    GET_ASYNC(Kind.GET),
    DELETE_ASYNC(Kind.DELETE),
    POST_ASYNC(Kind.POST);

    final Kind kind;

    Op(Kind kind) {
      this.kind = kind;
    }
  }

  /** What one operation ended with. */
  record Outcome(Object value, Throwable error, List<String> pagedIds) {}

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CrmClient crm;
  private List<String> seededIds;
  private String targetId;

  @BeforeEach
  void setUp() {
    crm = Clients.crm(server, sleeper, CONSUMER);
    seededIds = idsOnServer();
    assertThat(seededIds).hasSize(SEEDED);
    targetId = seededIds.get(3);
    server.requests().clear();
  }

  @AfterEach
  void tearDown() {
    crm.close();
  }

  // ------------------------------------------------------------------ connection dropped before the response

  @ParameterizedTest
  @EnumSource(Op.class)
  void connectionDroppedBeforeResponse(Op op) {
    Outcome out = run(op, Fault.dropBeforeResponse());
    // the server processed the first attempt; only requests safe to repeat are sent again
    switch (op.kind) {
      case GET -> {
        assertGotTarget(out);
        assertThat(count(op)).isEqualTo(2);
      }
      case DELETE -> assertDeleteRetriedIntoNotFound(out);
      case POST -> assertPostNotRepeated(out, ConnectionException.class);
      case PAGE -> assertEveryRecordOnce(out, 1);
    }
  }

  // ------------------------------------------------------------------ dropped mid-body

  @ParameterizedTest
  @EnumSource(value = Op.class, names = {"POST", "POST_ASYNC"})
  void connectionDroppedMidBodyFailsPostWithoutRepeatingIt(Op op) {
    Outcome out = run(op, Fault.dropMidBody());
    assertPostNotRepeated(out, ConnectionException.class);
  }

  @ParameterizedTest
  @EnumSource(value = Op.class, names = {"GET", "DELETE", "PAGE", "GET_ASYNC", "DELETE_ASYNC"})
  void connectionDroppedMidBodyIsRetriedForSafeRequests(Op op) {
    // at the default log levels: at TRACE the logging interceptor happens to read small bodies early
    Outcome out = CapturedLogs.withoutTraceReturning(() -> run(op, Fault.dropMidBody()));
    switch (op.kind) {
      case GET -> {
        assertGotTarget(out);
        assertThat(count(op)).isEqualTo(2);
      }
      case DELETE -> assertDeleteRetriedIntoNotFound(out);
      case PAGE -> assertEveryRecordOnce(out, 1);
      default -> throw new AssertionError(op);
    }
  }

  // ------------------------------------------------------------------ stall past the read timeout

  @ParameterizedTest
  @EnumSource(Op.class)
  void stallPastReadTimeout(Op op) {
    Outcome out = run(op, Fault.stall(Duration.ofSeconds(3)));
    switch (op.kind) {
      case GET -> {
        assertGotTarget(out);
        assertThat(count(op)).isEqualTo(2);
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500));
      }
      case DELETE -> assertDeleteRetriedIntoNotFound(out);
      case POST -> assertPostNotRepeated(out, TimeoutException.class);
      case PAGE -> {
        assertEveryRecordOnce(out, 1);
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500));
      }
    }
  }

  // ------------------------------------------------------------------ 429 with Retry-After

  @ParameterizedTest
  @EnumSource(Op.class)
  void rateLimitedWithRetryAfterSeconds(Op op) {
    Outcome out = run(op, Fault.status(429).withRetryAfterSeconds(7));
    assertRateLimitOutcome(op, out, Duration.ofSeconds(7));
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void rateLimitedWithRetryAfterHttpDate(Op op) {
    Outcome out = run(op, Fault.status(429).withRetryAfterDate(Clients.NOW.plusSeconds(9)));
    assertRateLimitOutcome(op, out, Duration.ofSeconds(9));
  }

  private void assertRateLimitOutcome(Op op, Outcome out, Duration retryAfter) {
    // a 429 means "not processed": safe requests wait as told and succeed; a POST is not repeated
    switch (op.kind) {
      case GET -> {
        assertGotTarget(out);
        assertThat(count(op)).isEqualTo(2);
        assertThat(sleeper.delays()).containsExactly(retryAfter);
      }
      case DELETE -> {
        assertThat(out.error()).isNull();
        assertThat(((UnifiedId) out.value()).id()).isEqualTo(targetId);
        assertThat(count(op)).isEqualTo(2);
        assertThat(sleeper.delays()).containsExactly(retryAfter);
        assertThat(idsOnServer()).doesNotContain(targetId).hasSize(SEEDED - 1);
      }
      case POST -> {
        RateLimitException e = assertApiError(out, RateLimitException.class, 429);
        assertThat(e.retryAfter()).isEqualTo(retryAfter);
        assertThat(count(op)).isEqualTo(1);
        assertThat(sleeper.delays()).isEmpty();
        assertThat(idsOnServer()).hasSize(SEEDED);
      }
      case PAGE -> {
        assertEveryRecordOnce(out, 1);
        assertThat(sleeper.delays()).containsExactly(retryAfter);
      }
    }
  }

  // ------------------------------------------------------------------ 503 bursts

  @ParameterizedTest
  @EnumSource(Op.class)
  void serviceUnavailableBurstShorterThanRetryBudget(Op op) {
    Outcome out = run(op, Fault.status(503).times(2));
    List<Duration> backoff = List.of(Duration.ofMillis(500), Duration.ofSeconds(1));
    switch (op.kind) {
      case GET -> {
        assertGotTarget(out);
        assertThat(count(op)).isEqualTo(3);
        assertThat(sleeper.delays()).isEqualTo(backoff);
      }
      case DELETE -> {
        assertThat(out.error()).isNull();
        assertThat(((UnifiedId) out.value()).id()).isEqualTo(targetId);
        assertThat(count(op)).isEqualTo(3);
        assertThat(idsOnServer()).doesNotContain(targetId);
      }
      case POST -> {
        // a 5xx after a POST may come after the work was done: never repeated without an idempotency key
        assertApiError(out, ServerException.class, 503);
        assertThat(count(op)).isEqualTo(1);
        assertThat(sleeper.delays()).isEmpty();
        assertThat(idsOnServer()).hasSize(SEEDED);
      }
      case PAGE -> {
        assertEveryRecordOnce(out, 2);
        assertThat(sleeper.delays()).isEqualTo(backoff);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void serviceUnavailableBurstLongerThanRetryBudget(Op op) {
    Outcome out = run(op, Fault.status(503).times(3));
    switch (op.kind) {
      case GET, DELETE -> {
        assertApiError(out, ServerException.class, 503);
        assertThat(count(op)).isEqualTo(3);
        assertThat(sleeper.delays()).hasSize(2);
        assertThat(idsOnServer()).contains(targetId);
      }
      case POST -> {
        assertApiError(out, ServerException.class, 503);
        assertThat(count(op)).isEqualTo(1);
        assertThat(idsOnServer()).hasSize(SEEDED);
      }
      case PAGE -> {
        assertApiError(out, ServerException.class, 503);
        assertThat(count(op)).isEqualTo(1 + 3);
        // the caller saw exactly the first page, then the exception: no silent partial result
        assertThat(out.pagedIds()).isEqualTo(seededIds.subList(0, PAGE_SIZE));
      }
    }
  }

  // ------------------------------------------------------------------ bad JSON in a 200

  @ParameterizedTest
  @EnumSource(Op.class)
  void truncatedJsonInSuccessfulResponse(Op op) {
    Outcome out = run(op, Fault.truncatedJson());
    assertInvalidResponse(op, out);
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void malformedJsonInSuccessfulResponse(Op op) {
    Outcome out = run(op, Fault.malformedJson());
    InvalidResponseException e = assertInvalidResponse(op, out);
    assertThat(e.body()).isEqualTo(Fault.MALFORMED_BODY);
  }

  private InvalidResponseException assertInvalidResponse(Op op, Outcome out) {
    assertThat(out.error()).isInstanceOf(InvalidResponseException.class);
    InvalidResponseException e = (InvalidResponseException) out.error();
    RecordedRequest last = server.requests().last();
    assertThat(e.statusCode()).isBetween(200, 299);
    assertThat(e.body()).isNotBlank();
    assertThat(e.getMessage()).contains(last.requestId());
    // the body was answered: the request is not repeated (the server did the work once)
    assertThat(count(op)).isEqualTo(op.kind == Kind.PAGE ? 2 : 1);
    assertThat(sleeper.delays()).isEmpty();
    switch (op.kind) {
      case GET -> assertThat(idsOnServer()).isEqualTo(seededIds);
      case DELETE -> assertThat(idsOnServer()).doesNotContain(targetId).hasSize(SEEDED - 1);
      case POST -> assertThat(idsOnServer()).hasSize(SEEDED + 1);
      case PAGE -> assertThat(out.pagedIds()).isEqualTo(seededIds.subList(0, PAGE_SIZE));
    }
    return e;
  }

  // ------------------------------------------------------------------ shared assertions

  private void assertGotTarget(Outcome out) {
    assertThat(out.error()).as("error").isNull();
    Contact c = (Contact) out.value();
    assertThat(c.id()).isEqualTo(targetId);
    assertThat(c.name()).isNotNull().isEqualTo(recordOnServer(targetId).get("name").asText());
  }

  /** The first DELETE was processed; the retry finds nothing: 404 with body and request id, record gone. */
  private void assertDeleteRetriedIntoNotFound(Outcome out) {
    assertApiError(out, NotFoundException.class, 404);
    assertThat(count(Kind.DELETE)).isEqualTo(2);
    assertThat(idsOnServer()).doesNotContain(targetId).hasSize(SEEDED - 1);
  }

  /** The server created the record once; the client reports the failure and never sends it again. */
  private void assertPostNotRepeated(Outcome out, Class<? extends Throwable> type) {
    assertThat(out.error()).isInstanceOf(type);
    assertThat(count(Kind.POST)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
    List<String> ids = idsOnServer();
    assertThat(ids).hasSize(SEEDED + 1);
    assertThat(server.apideck().records(CONSUMER, SERVICE, "contacts"))
        .filteredOn(r -> "Fault Tolerant".equals(r.path("name").asText())).hasSize(1);
  }

  private <E extends ApiException> E assertApiError(Outcome out, Class<E> type, int status) {
    assertThat(out.error()).isInstanceOf(type);
    E e = type.cast(out.error());
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.body()).contains(Integer.toString(status));
    assertThat(e.errorBody()).isNotNull();
    assertThat(e.requestId()).isNotBlank().isEqualTo(server.requests().last().requestId());
    assertThat(e.getMessage()).contains(e.requestId()).doesNotContain(FakeServer.DEFAULT_APIDECK_API_KEY);
    return e;
  }

  /** Every seeded record exactly once, in order; the faulted page was fetched {@code 1 + retries} times. */
  private void assertEveryRecordOnce(Outcome out, int retries) {
    assertThat(out.error()).as("error").isNull();
    assertThat(out.pagedIds()).isEqualTo(seededIds);
    assertThat(count(Kind.PAGE)).isEqualTo(SEEDED / PAGE_SIZE + retries);
  }

  // ------------------------------------------------------------------ running an operation under a fault

  private Outcome run(Op op, Fault fault) {
    Fault targeted = fault.forMethod(op.kind.method).forPathPrefix("/crm/contacts");
    if (op == Op.PAGE) {
      return page(targeted);
    }
    server.faults().add(targeted);
    try {
      Object value = switch (op) {
        case GET -> crm.contacts().get(targetId);
        case DELETE -> crm.contacts().delete(targetId);
        case POST -> crm.contacts().create(Contact.builder().name("Fault Tolerant").build());
        case GET_ASYNC -> await(crm.contacts().getAsync(targetId));
        case DELETE_ASYNC -> await(crm.contacts().deleteAsync(targetId));
        case POST_ASYNC -> await(crm.contacts().createAsync(Contact.builder().name("Fault Tolerant").build()));
        default -> throw new AssertionError(op);
      };
      return new Outcome(value, null, null);
    } catch (RuntimeException e) {
      return new Outcome(null, e, null);
    }
  }

  /** Waits (bounded) for an async call; its failure is rethrown as is, unwrapped. */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(15, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("async call did not complete", e);
    }
  }

  /** Iterates every contact; the fault is queued once the first page has been consumed. */
  private Outcome page(Fault fault) {
    List<String> ids = new ArrayList<>();
    Iterator<Contact> it = crm.contacts().list(ContactListParams.builder().limit(PAGE_SIZE).build()).iterator();
    try {
      for (int i = 0; i < PAGE_SIZE; i++) {
        ids.add(it.next().id());
      }
      assertThat(count(Kind.PAGE)).as("pages fetched before the fault").isEqualTo(1);
      server.faults().add(fault);
      while (it.hasNext()) {
        ids.add(it.next().id());
      }
      return new Outcome(null, null, ids);
    } catch (RuntimeException e) {
      return new Outcome(null, e, ids);
    }
  }

  private long count(Op op) {
    return count(op.kind);
  }

  private long count(Kind kind) {
    return server.requests().count(kind.operation);
  }

  private List<String> idsOnServer() {
    return server.apideck().records(CONSUMER, SERVICE, "contacts").stream()
        .map(r -> r.get("id").asText()).collect(Collectors.toList());
  }

  private JsonNode recordOnServer(String id) {
    return server.apideck().records(CONSUMER, SERVICE, "contacts").stream()
        .filter(r -> id.equals(r.get("id").asText())).findFirst().orElseThrow();
  }
}
