package dev.unisdk.fakeserver.internal.server;

import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.fakeserver.internal.http.ErrorFormat;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.Reply;
import dev.unisdk.fakeserver.internal.http.RequestProcessor;
import dev.unisdk.fakeserver.internal.http.Router;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's request pipeline: admin endpoints, routing (404/405 in the owning API's format),
 * recording with secrets masked, fault injection and the {@code Request-Id} header. Thread-safe.
 */
public final class Dispatcher implements RequestProcessor {
  /** The request header that injects a fault into this one request (syntax: {@link Fault#parse}). */
  public static final String FAULT_HEADER = "x-fake-fault";
  /** The response header carrying the unique request id. */
  public static final String REQUEST_ID = "Request-Id";
  /** Path prefix of the admin endpoints. */
  public static final String ADMIN_PREFIX = "/__admin";

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final Router router;
  private final List<ApiMount> mounts;
  private final BiFunction<String, String, Fault> faults;
  private final Consumer<RecordedRequest> recorder;
  private final Clock clock;
  private final AdminApi admin;

  /**
   * Creates the pipeline.
   *
   * @param router the routes of all mounted APIs
   * @param mounts the APIs, for error formats by path prefix
   * @param faults takes the next queued fault for (method, raw path), or returns null
   * @param recorder receives every non-admin request, masked
   * @param clock the server clock
   * @param admin the admin endpoints, or null when disabled
   */
  public Dispatcher(Router router, List<ApiMount> mounts, BiFunction<String, String, Fault> faults,
      Consumer<RecordedRequest> recorder, Clock clock, AdminApi admin) {
    this.router = router;
    this.mounts = List.copyOf(mounts);
    this.faults = faults;
    this.recorder = recorder;
    this.clock = clock;
    this.admin = admin;
  }

  @Override
  public Reply process(FakeRequest request) {
    String requestId = UUID.randomUUID().toString();
    try {
      return processUnchecked(request, requestId);
    } catch (RuntimeException e) {
      LOG.error("fake server failed on {} {}", request.method(), request.path(), e);
      return Reply.of(errorsFor(request.path()).error(500, "Internal error in the fake server")
          .withHeader(REQUEST_ID, requestId));
    }
  }

  private Reply processUnchecked(FakeRequest request, String requestId) {
    if (admin != null && (request.path().equals(ADMIN_PREFIX) || request.path().startsWith(ADMIN_PREFIX + "/"))) {
      return Reply.of(admin.handle(request).withHeader(REQUEST_ID, requestId));
    }
    ErrorFormat errors = errorsFor(request.path());
    Router.Match match = router.match(request.method(), request.segments());
    String operation = match == null ? null : match.operation();

    Fault fault;
    String faultHeader = request.header(FAULT_HEADER);
    if (faultHeader != null) {
      try {
        fault = Fault.parse(faultHeader);
      } catch (IllegalArgumentException | IllegalStateException e) {
        record(request, operation, requestId);
        return Reply.of(errors.error(400, "Invalid " + FAULT_HEADER + " header: " + e.getMessage())
            .withHeader(REQUEST_ID, requestId));
      }
    } else {
      fault = faults.apply(request.method(), request.path());
    }

    if (fault != null && fault.type() == Fault.Type.STATUS) {
      record(request, operation, requestId);
      FakeResponse response = errors.error(fault.status(), "Injected fault: HTTP " + fault.status());
      if (fault.retryAfter() != null) {
        response = response.withHeader("Retry-After", fault.retryAfter());
      }
      return Reply.of(response.withHeader(REQUEST_ID, requestId));
    }

    FakeResponse response = route(request, match, errors);
    String answeredId = headerValue(response, REQUEST_ID);
    if (answeredId == null) {
      response = response.withHeader(REQUEST_ID, requestId);
    } else {
      requestId = answeredId;
    }
    record(request, operation, requestId);
    return fault == null ? Reply.of(response) : damage(response, fault);
  }

  private FakeResponse route(FakeRequest request, Router.Match match, ErrorFormat errors) {
    if (match == null) {
      List<String> allowed = router.allowedMethods(request.segments());
      if (allowed.isEmpty()) {
        return errors.error(404, "No route for " + request.method() + " " + request.path());
      }
      return errors.error(405, "Method " + request.method() + " is not allowed on " + request.path())
          .withHeader("Allow", String.join(", ", allowed));
    }
    try {
      return match.handler().handle(request.withPathParams(match.params()));
    } catch (FakeJson.MalformedJsonException e) {
      return errors.error(400, "Request body is not valid JSON: " + e.getMessage());
    }
  }

  private static Reply damage(FakeResponse response, Fault fault) {
    return switch (fault.type()) {
      case LATENCY -> new Reply(response, Reply.Delivery.NORMAL, fault.duration().toMillis());
      case STALL -> new Reply(response, Reply.Delivery.STALL_THEN_DROP, fault.duration().toMillis());
      case DROP_BEFORE_RESPONSE -> new Reply(response, Reply.Delivery.DROP_BEFORE_RESPONSE, 0);
      case DROP_MID_BODY -> new Reply(response, Reply.Delivery.DROP_MID_BODY, 0);
      case TRUNCATED_JSON -> {
        byte[] body = response.body();
        byte[] half = body.length >= 2
            ? Arrays.copyOf(body, body.length / 2)
            : "{\"".getBytes(StandardCharsets.UTF_8);
        yield Reply.of(response.withBody(half));
      }
      case MALFORMED_JSON -> {
        FakeResponse malformed = new FakeResponse(200, response.headers(),
            Fault.MALFORMED_BODY.getBytes(StandardCharsets.UTF_8))
            .withHeader("Content-Type", "application/json; charset=utf-8");
        yield Reply.of(malformed);
      }
      case STATUS -> throw new IllegalStateException("status faults are answered before routing");
    };
  }

  @Override
  public FakeResponse protocolError(int status, String message, String rawPath) {
    ErrorFormat errors = rawPath == null ? ErrorFormats.GENERIC : errorsFor(rawPath);
    return errors.error(status, message).withHeader(REQUEST_ID, UUID.randomUUID().toString());
  }

  private ErrorFormat errorsFor(String rawPath) {
    for (ApiMount mount : mounts) {
      if (mount.owns(rawPath)) {
        return mount.errors();
      }
    }
    return ErrorFormats.GENERIC;
  }

  private void record(FakeRequest request, String operation, String requestId) {
    recorder.accept(new RecordedRequest(
        requestId, request.method(), request.path(), Redactor.query(request.query()),
        Redactor.headers(request.headers()), Redactor.body(request.body()), operation, clock.instant()));
  }

  private static String headerValue(FakeResponse response, String name) {
    for (var e : response.headers().entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    return null;
  }
}
