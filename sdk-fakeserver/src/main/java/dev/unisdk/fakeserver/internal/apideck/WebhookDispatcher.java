package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers signed CRM webhook events asynchronously to one registered loopback URL. Bounded: at most
 * {@value #MAX_PENDING} events wait at a time (more are dropped with a warning), two daemon threads,
 * short timeouts. A failed attempt (no answer or a non-2xx status) is redelivered up to
 * {@value #MAX_ATTEMPTS} attempts in all, with the same event id and idempotency key.
 */
final class WebhookDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  static final int MAX_PENDING = 1000;
  static final int MAX_ATTEMPTS = 3;
  private static final long[] BACKOFF_MILLIS = {0, 100, 500};

  private final String apiKey;
  private final Clock clock;
  private final ScheduledThreadPoolExecutor executor;
  private volatile HttpClient http;
  private final Semaphore pending = new Semaphore(MAX_PENDING);
  private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
  /** The pool's threads, joined on shutdown: the pool terminates before its threads have exited. */
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private volatile String url;

  WebhookDispatcher(String apiKey, Clock clock, String url) {
    this.apiKey = apiKey;
    this.clock = clock;
    this.url = url == null ? null : requireLoopback(url);
    AtomicInteger n = new AtomicInteger();
    this.executor = new ScheduledThreadPoolExecutor(2, r -> {
      Thread t = new Thread(r, "apideck-fake-webhooks-" + n.incrementAndGet());
      t.setDaemon(true);
      threads.add(t);
      return t;
    });
    this.executor.setRemoveOnCancelPolicy(true);
  }

  /**
   * Checks that a webhook URL is http(s) on a loopback address (the fake never calls out).
   *
   * @return the URL
   * @throws IllegalArgumentException otherwise
   */
  static String requireLoopback(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("webhook URL is not a URI: " + url, e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("webhook URL must be http(s) with a host: " + url);
    }
    try {
      if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("webhook URL must be on a loopback address: " + url);
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("webhook URL host does not resolve: " + url, e);
    }
    return url;
  }

  void url(String newUrl) {
    this.url = newUrl == null ? null : requireLoopback(newUrl);
  }

  String url() {
    return url;
  }

  /**
   * Publishes one event when a URL is registered; returns immediately.
   *
   * @param resource the resource that changed (must emit webhooks)
   * @param action {@code created}, {@code updated} or {@code deleted}
   */
  void publish(ResourceDef resource, String action, String consumerId, String serviceId, String entityId, String baseUrl) {
    String target = url;
    if (target == null || !resource.emitsWebhooks()) {
      return;
    }
    String eventType = resource.api() + "." + resource.entityType() + "." + action;
    ObjectNode payload = FakeJson.object();
    payload.put("event_type", eventType);
    payload.put("unified_api", resource.api());
    payload.put("service_id", serviceId);
    payload.put("consumer_id", consumerId);
    payload.put("event_id", UUID.randomUUID().toString());
    payload.put("entity_id", entityId);
    payload.put("entity_url", baseUrl + "/" + resource.api() + "/" + resource.name() + "/" + entityId);
    payload.put("entity_type", resource.entityType());
    payload.put("occurred_at", Timestamps.format(clock.instant()));
    ObjectNode envelope = FakeJson.object();
    envelope.set("payload", payload);
    String body = CanonicalJson.canonical(envelope);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-apideck-event-type", eventType);
    headers.put("x-apideck-idempotency-key", UUID.randomUUID().toString());
    headers.put("x-apideck-signature", CanonicalJson.sign(apiKey, body));
    if (!pending.tryAcquire()) {
      LOG.warn("webhook queue full ({} pending); dropping {}", MAX_PENDING, eventType);
      return;
    }
    schedule(target, eventType, headers, body, 1);
  }

  private void schedule(String target, String eventType, Map<String, String> headers, String body, int attempt) {
    try {
      executor.schedule(() -> attempt(target, eventType, headers, body, attempt),
          BACKOFF_MILLIS[attempt - 1], TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      pending.release();
      LOG.warn("webhook executor rejected {}: {}", eventType, e.toString());
    }
  }

  private void attempt(String target, String eventType, Map<String, String> headers, String body, int attempt) {
    int status = -1;
    String error = null;
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(5))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(b::header);
      status = client().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      error = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = e.toString();
    } catch (RuntimeException e) {
      error = e.toString();
    }
    WebhookDelivery d = new WebhookDelivery(target, eventType, headers.get("x-apideck-idempotency-key"),
        Map.copyOf(headers), body, attempt, status, error);
    deliveries.add(d);
    synchronized (deliveries) {
      deliveries.notifyAll();
    }
    if (!d.succeeded() && attempt < MAX_ATTEMPTS && !executor.isShutdown()) {
      LOG.debug("webhook {} attempt {} failed (status {}, {}); redelivering", eventType, attempt, status, error);
      schedule(target, eventType, headers, body, attempt + 1);
    } else {
      pending.release();
    }
  }

  /** The HTTP client, created on the first delivery (most fakes never deliver). */
  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      synchronized (this) {
        c = http;
        if (c == null) {
          c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
              .followRedirects(HttpClient.Redirect.NEVER).build();
          http = c;
        }
      }
    }
    return c;
  }

  /** Every attempt so far, in completion order. */
  List<WebhookDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Waits until at least {@code count} attempts completed or the timeout passed; returns whether they did. */
  boolean await(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (deliveries) {
      while (deliveries.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(deliveries, left);
      }
      return true;
    }
  }

  void clearDeliveries() {
    deliveries.clear();
  }

  /** Cancels pending deliveries, interrupts one in flight and waits (up to 5 s) for the threads to end. */
  void shutdown() {
    executor.shutdownNow();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    try {
      boolean stopped = executor.awaitTermination(5, TimeUnit.SECONDS);
      for (Thread t : threads) {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        stopped &= !t.isAlive();
      }
      if (!stopped) {
        LOG.warn("webhook threads did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
