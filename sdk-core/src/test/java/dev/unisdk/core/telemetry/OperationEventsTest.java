package dev.unisdk.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RecordingSleeper;
import dev.unisdk.core.TestServers;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OperationEventsTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Recorder recorder = new Recorder();
  private Transport transport;

  /** Records every event as a line; adds a traceparent to every attempt. */
  static final class Recorder implements OperationListener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<OperationEnd> ends = Collections.synchronizedList(new ArrayList<>());
    final List<AttemptEnd> attempts = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch ended = new CountDownLatch(1);

    @Override
    public OperationObserver operationStarted(OperationInfo op) {
      events.add("started " + op.name() + " " + op.method() + " " + op.urlTemplate() + " " + op.serverAddress());
      return new OperationObserver() {
        @Override
        public void attemptStarted(AttemptStart attempt) {
          events.add("attempt " + attempt.attemptNumber());
          attempt.header("traceparent", "00-trace-" + attempt.attemptNumber());
        }

        @Override
        public void attemptEnded(AttemptEnd attempt) {
          attempts.add(attempt);
          events.add("attemptEnded " + attempt.attemptNumber() + " " + attempt.statusCode());
        }

        @Override
        public void retryScheduled(RetryScheduled retry) {
          events.add("retry " + retry.nextAttemptNumber() + " " + retry.reason() + " " + retry.delay().toMillis());
        }

        @Override
        public void operationEnded(OperationEnd end) {
          ends.add(end);
          events.add("ended " + end.attempts() + " " + (end.error() == null ? "ok" : end.error().getClass().getSimpleName()));
          ended.countDown();
        }
      };
    }
  }

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = Transport.builder()
        .options(TestServers.options(server, sleeper).operationListener(recorder).build()).build();
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    server.shutdown();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET").pathSegments("crm", "contacts", "c-42")
        .operation("crm.contacts.get").urlTemplate("/crm/contacts/{id}").build();
  }

  @Test
  void aSyncCallWithARetryFiresEveryEventInOrderAndAddsHeadersPerAttempt() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    server.enqueue(new MockResponse().setBody("{}").setHeader("X-Request-Id", "req-9"));

    transport.execute(get(), ResponseDecoder.discard());

    assertThat(recorder.events).containsExactly(
        "started crm.contacts.get GET /crm/contacts/{id} " + server.getHostName(),
        "attempt 1", "attemptEnded 1 503", "retry 2 status 503 2000",
        "attempt 2", "attemptEnded 2 200", "ended 2 ok");
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getHeader("traceparent")).isEqualTo("00-trace-1");
    assertThat(second.getHeader("traceparent")).isEqualTo("00-trace-2");
    AttemptEnd last = recorder.attempts.get(1);
    assertThat(last.requestId()).isEqualTo("req-9");
    assertThat(last.responseBytes()).isEqualTo(2);
    assertThat(last.error()).isNull();
  }

  @Test
  void aFailedCallEndsOnceWithTheExceptionTheCallerGets() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));

    Throwable thrown = null;
    try {
      transport.execute(get(), ResponseDecoder.discard());
    } catch (NotFoundException e) {
      thrown = e;
    }

    assertThat(thrown).isNotNull();
    assertThat(recorder.ends).hasSize(1);
    assertThat(recorder.ends.get(0).error()).isSameAs(thrown);
    assertThat(recorder.attempts.get(0).error()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAsyncCallFiresTheSameEvents() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(500));
    server.enqueue(new MockResponse().setBody("{}"));

    transport.executeAsync(get(), ResponseDecoder.discard()).get(10, TimeUnit.SECONDS);

    assertThat(recorder.ended.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(recorder.events).containsExactly(
        "started crm.contacts.get GET /crm/contacts/{id} " + server.getHostName(),
        "attempt 1", "attemptEnded 1 500", "retry 2 status 500 500",
        "attempt 2", "attemptEnded 2 200", "ended 2 ok");
  }

  @Test
  void cancellingAnAsyncCallEndsTheOperationWithACancellationException() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<ApiResponse<Void>> f = transport.executeAsync(get(), ResponseDecoder.discard());
    server.takeRequest(5, TimeUnit.SECONDS);

    f.cancel(true);

    assertThat(recorder.ended.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(100);
    assertThat(recorder.ends).hasSize(1);
    assertThat(recorder.ends.get(0).error()).isInstanceOf(CancellationException.class);
  }

  @Test
  void aThrowingListenerNeverBreaksTheCall() throws Exception {
    OperationListener throwing = op -> new OperationObserver() {
      @Override
      public void attemptStarted(AttemptStart attempt) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void attemptEnded(AttemptEnd attempt) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void retryScheduled(RetryScheduled retry) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void operationEnded(OperationEnd end) {
        throw new IllegalStateException("listener bug");
      }
    };
    OperationListener throwingAtStart = op -> {
      throw new IllegalStateException("listener bug");
    };
    for (OperationListener l : new OperationListener[] {throwing, throwingAtStart}) {
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setBody("{}"));
      server.enqueue(new MockResponse().setBody("{}"));
      try (Transport t = transport.withOptions(b -> b.operationListener(l))) {
        assertThat(t.execute(get(), ResponseDecoder.discard()).statusCode()).isEqualTo(200);
        assertThat(t.executeAsync(get(), ResponseDecoder.discard()).get(10, TimeUnit.SECONDS).statusCode())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void withoutANameTheOperationIsNamedByItsMethodAndPath() {
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(ApiRequest.builder("DELETE").pathSegments("things").build(), ResponseDecoder.discard());
    assertThat(recorder.events.get(0)).startsWith("started http.delete DELETE /things ");
  }

  @Test
  void aClosedTransportRefusesWithoutEvents() {
    transport.close();
    assertThatThrownBy(() -> transport.execute(get(), ResponseDecoder.discard()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(recorder.events).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }
}
