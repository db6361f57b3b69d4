package dev.unisdk.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.crm.CrmClient;
import dev.unisdk.it.support.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 64 concurrent callers reuse their connections with the default pool (64 idle, 45 s) and
 * dispatcher (64 per host): a connection is opened only when all others are busy, so never more
 * than the concurrency. (OkHttp's own default keeps 5 idle connections and runs 5 async calls per
 * host, which closed about 68 connections a second under the same load.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConnectionReuseTest {
  private static final int THREADS = 64;
  private static final int CALLS_PER_THREAD = 10;

  @Test
  void sixtyFourConcurrentCallersOpenAtMostSixtyFourConnections() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setBody(Hostile.ONE_CONTACT);
        }
      });
      server.start();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try (CrmClient crm = Hostile.crm(Hostile.options(server.url("/").toString(), new RecordingSleeper(), 0).build())) {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          done.add(pool.submit(() -> {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
              assertThat(crm.contacts().get("c1").id()).isEqualTo("c1");
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
        List<CompletableFuture<?>> async = new ArrayList<>();
        for (int i = 0; i < THREADS * CALLS_PER_THREAD; i++) {
          async.add(crm.contacts().getAsync("c1"));
        }
        CompletableFuture.allOf(async.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
      int requests = server.getRequestCount();
      int connections = 0;
      for (int i = 0; i < requests; i++) {
        if (server.takeRequest(1, TimeUnit.SECONDS).getSequenceNumber() == 0) {
          connections++;
        }
      }
      assertThat(requests).isEqualTo(2 * THREADS * CALLS_PER_THREAD);
      assertThat(connections).as("connections opened for %s requests", requests).isLessThanOrEqualTo(THREADS);
    }
  }
}
