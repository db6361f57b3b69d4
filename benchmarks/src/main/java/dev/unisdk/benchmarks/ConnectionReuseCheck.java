package dev.unisdk.benchmarks;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.crm.CrmClient;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Issue 14 item 6: do concurrent callers reuse their connections? {@code threads} callers (64 by
 * default) each make {@code perThread} {@code crm.contacts().get(id)} calls on ONE client against the
 * loopback {@link FixedResponseServer}, which counts the TCP connections it accepted and those the client
 * closed, and the most open at once (how many calls really ran in parallel). With a pool that fits the
 * concurrency, connections opened stays near the number of callers however many requests are made; with
 * churn it grows with the request count. A dispatcher limit per host shows as few connections and few
 * open at once (no churn, but the callers queue).
 *
 * <p>Arguments: {@code [sync|async] [default|okhttp|tuned] [threads=64] [perThread=500]}.
 * <ul>
 *   <li>{@code default}: the client as an application builds it today, {@code ClientOptions} defaults
 *       (if {@code ClientOptions.Builder} has pool / per-host options, e.g. from the pipeline work, their
 *       defaults apply and are printed).
 *   <li>{@code okhttp}: {@code ClientOptions} set to OkHttp's own defaults (5 idle connections kept
 *       5 minutes, 64 requests, 5 per host): what every client had before the pool options existed.
 *   <li>{@code tuned}: the same client on an own {@code OkHttpClient} with a pool of {@code threads} idle
 *       connections and {@code threads} requests per host, the reference for "reused".
 * </ul>
 * Prints one {@code key=value} line; exits 1 when more than {@code 2 x threads} connections were opened
 * (churn), 2 on a failed call.
 */
public final class ConnectionReuseCheck {
  /** The outcome of one run. */
  public record Result(String mode, String options, int threads, long requests, long served, long opened,
      long clientClosed, long maxOpenAtOnce, long wallMillis, String failure) {
    /** Requests per opened connection. */
    public double requestsPerConnection() {
      return opened == 0 ? 0 : (double) served / opened;
    }

    /** Whether the callers reused their connections: at most two connections opened per caller. */
    public boolean reused() {
      return opened <= 2L * threads;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "mode=%s options=%s threads=%d requests=%d served=%d connections_opened=%d client_closed=%d"
              + " max_open_at_once=%d requests_per_connection=%.1f wall_ms=%d req_per_s=%.0f verdict=%s%s",
          mode, options, threads, requests, served, opened, clientClosed, maxOpenAtOnce, requestsPerConnection(),
          wallMillis,
          wallMillis == 0 ? 0.0 : served * 1000.0 / wallMillis, reused() ? "REUSED" : "CHURN",
          failure == null ? "" : " failure=" + failure);
    }
  }

  private ConnectionReuseCheck() {}

  /** Runs one check and prints its line. */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "sync";
    String options = args.length > 1 ? args[1] : "default";
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    int perThread = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    System.out.println("pool options on ClientOptions: " + poolOptionsDescription());
    Result r = run(mode, options, threads, perThread);
    System.out.println(r);
    System.exit(r.failure() != null ? 2 : r.reused() ? 0 : 1);
  }

  /** Runs {@code threads} callers x {@code perThread} gets on one client; bounded by a 120 s timeout. */
  public static Result run(String mode, String options, int threads, int perThread)
      throws IOException, InterruptedException {
    boolean async = switch (mode) {
      case "sync" -> false;
      case "async" -> true;
      default -> throw new IllegalArgumentException("mode must be sync or async: " + mode);
    };
    try (FixedResponseServer server = new FixedResponseServer(Routes.fixed())) {
      OkHttpClient own = null;
      CrmClient.Builder builder = CrmClient.builder().apiKey(Clients.API_KEY).appId(Clients.APP_ID)
          .consumerId(Clients.CONSUMER_ID);
      switch (options) {
        case "default" -> { }
        case "okhttp" -> builder.options(ClientOptions.builder().maxIdleConnections(5)
            .keepAlive(java.time.Duration.ofMinutes(5)).maxRequests(64).maxRequestsPerHost(5).build());
        case "tuned" -> {
          Dispatcher dispatcher = new Dispatcher();
          dispatcher.setMaxRequests(Math.max(64, threads));
          dispatcher.setMaxRequestsPerHost(threads);
          own = new OkHttpClient.Builder().dispatcher(dispatcher)
              .connectionPool(new ConnectionPool(threads, 5, TimeUnit.MINUTES)).build();
          builder.options(ClientOptions.builder().httpClient(own).build());
        }
        default -> throw new IllegalArgumentException("options must be default, okhttp or tuned: " + options);
      }
      CrmClient client = builder.baseUrl(server.baseUrl()).build();
      try {
        // one warm-up call so class loading is not counted as concurrency
        client.contacts().get(Routes.CONTACT_ID);
        long openedBefore = server.connectionsAccepted();
        long closedBefore = server.connectionsClosedByClient();
        long servedBefore = server.requestsServed();
        AtomicLong done = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Thread t = new Thread(() -> {
            try {
              start.await();
              for (int n = 0; n < perThread && failure.get() == null; n++) {
                if (async) {
                  CompletableFuture<?> f = client.contacts().getAsync(Routes.CONTACT_ID);
                  f.get(30, TimeUnit.SECONDS);
                } else {
                  client.contacts().get(Routes.CONTACT_ID);
                }
                done.incrementAndGet();
              }
            } catch (Exception e) {
              failure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
          }, "caller-" + i);
          callers.add(t);
          t.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(120);
        for (Thread t : callers) {
          t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
          if (t.isAlive()) {
            failure.compareAndSet(null, "timed out after 120 s");
          }
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return new Result(mode, options, threads, done.get(), server.requestsServed() - servedBefore,
            server.connectionsAccepted() - openedBefore, server.connectionsClosedByClient() - closedBefore,
            server.maxConcurrentConnections(), wall,
            failure.get());
      } finally {
        client.close();
        if (own != null) {
          Clients.shutdown(own);
        }
      }
    }
  }

  /**
   * The connection-pool and per-host concurrency settings {@code ClientOptions} offers, found by name
   * (none on a main without the pipeline work), with their defaults.
   */
  static String poolOptionsDescription() {
    ClientOptions defaults = ClientOptions.builder().build();
    List<String> found = new ArrayList<>();
    for (Method m : ClientOptions.class.getMethods()) {
      String n = m.getName().toLowerCase(Locale.ROOT);
      if (m.getParameterCount() == 0 && (n.contains("pool") || n.contains("idle") || n.contains("perhost")
          || n.contains("concurren") || n.contains("maxrequests") || n.contains("keepalive"))) {
        Object v;
        try {
          v = m.invoke(defaults);
        } catch (ReflectiveOperationException | RuntimeException e) {
          v = "?";
        }
        found.add(m.getName() + "=" + v);
      }
    }
    return found.isEmpty() ? "none (OkHttp defaults: 5 idle connections, 5 requests per host)" : String.join(", ", found);
  }
}
