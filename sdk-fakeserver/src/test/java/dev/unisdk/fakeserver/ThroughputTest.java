package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake's own throughput: requests/s of a get and of list pages of 20 over a table of 2,000 records,
 * from {@value #THREADS} keep-alive client threads, each case for a bounded time (default 1 s after a
 * 0.5 s warm-up; {@code -Dfakeserver.throughput.seconds=5} for a longer run). Prints the figures; asserts
 * that a page costs about what it returns, not the table: a page of 20 must serve at least a tenth of
 * the get rate (it serializes 20 records; it used to deep-copy all 2,000 and reach a twentieth).
 */
@Timeout(120)
class ThroughputTest {
  private static final int THREADS = 4;
  private static final int TABLE = 2_000;
  private static final double SECONDS = Double.parseDouble(System.getProperty("fakeserver.throughput.seconds", "1"));

  private static FakeServer server;
  private static OkHttpClient client;
  private static String someId;

  @BeforeAll
  static void start() throws IOException {
    server = FakeServer.builder().recordsPerResource(TABLE).start();
    client = new OkHttpClient.Builder().connectionPool(new ConnectionPool(THREADS, 1, TimeUnit.MINUTES))
        .dispatcher(new Dispatcher()).build();
    someId = server.apideck().records("bench", "salesforce", "contacts").get(TABLE / 2).path("id").asText();
  }

  @AfterAll
  static void stop() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    server.close();
  }

  @Test
  void aListPageCostsAboutWhatItReturnsNotTheTable() throws Exception {
    double get = rate("get one of 2,000", "/crm/contacts/" + someId);
    double list = rate("list page of 20 over 2,000", "/crm/contacts?limit=20");
    double sorted = rate("list page of 20 over 2,000, sort[by]=name", "/crm/contacts?limit=20&sort%5Bby%5D=name");
    double filtered = rate("list page of 20 over 2,000, filter[first_name]", "/crm/contacts?limit=20&filter%5Bfirst_name%5D=a");
    assertThat(server.apideck().records("bench", "salesforce", "contacts")).hasSize(TABLE);
    assertThat(list).as("list page of 20 vs get, requests/s").isGreaterThan(get / 10);
    assertThat(sorted).as("sorted list page of 20 vs get, requests/s").isGreaterThan(get / 10);
    assertThat(filtered).isPositive();
  }

  /** Requests/s of one GET from {@link #THREADS} threads; every answer must be 200. */
  private static double rate(String name, String path) throws Exception {
    Request request = new Request.Builder().url(server.baseUrl() + path)
        .header("Authorization", "Bearer " + FakeServer.DEFAULT_APIDECK_API_KEY)
        .header("x-apideck-app-id", FakeServer.DEFAULT_APIDECK_APP_ID)
        .header("x-apideck-consumer-id", "bench")
        .header("x-apideck-service-id", "salesforce").build();
    run(request, (long) (SECONDS * 500));
    long start = System.nanoTime();
    long count = run(request, (long) (SECONDS * 1000));
    double perSecond = count / ((System.nanoTime() - start) / 1e9);
    System.out.printf(Locale.ROOT, "fake throughput: %-48s %,10.0f requests/s%n", name, perSecond);
    return perSecond;
  }

  private static long run(Request request, long millis) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      AtomicLong count = new AtomicLong();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < deadline) {
            try (Response r = client.newCall(request).execute()) {
              r.body().bytes();
              if (r.code() != 200) {
                throw new AssertionError(request.url() + " answered " + r.code());
              }
            }
            count.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(millis + 30_000, TimeUnit.MILLISECONDS);
      }
      return count.get();
    } finally {
      pool.shutdownNow();
    }
  }
}
