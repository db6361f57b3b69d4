package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ApideckIsolationTest {
  private final FakeCalls calls = new FakeCalls(3);

  @Test
  void recordsAreIsolatedPerConsumer() {
    String id = calls.post("/crm/contacts", "{\"name\":\"Only A\"}").data().get("id").asText();

    calls.consumer = "consumer-b";
    assertThat(calls.get("/crm/contacts/" + id).status()).isEqualTo(404);
    assertThat(calls.patch("/crm/contacts/" + id, "{\"title\":\"x\"}").status()).isEqualTo(404);
    assertThat(calls.delete("/crm/contacts/" + id).status()).isEqualTo(404);
    assertThat(calls.allIds("/crm/contacts", "", 50)).doesNotContain(id).hasSize(3);

    calls.consumer = "consumer-a";
    assertThat(calls.get("/crm/contacts/" + id).status()).isEqualTo(200);
  }

  @Test
  void recordsAreIsolatedPerServiceAndTheDefaultServiceIsSalesforce() {
    String id = calls.post("/crm/companies", "{\"name\":\"Default service\"}").data().get("id").asText();

    calls.service = "hubspot";
    assertThat(calls.get("/crm/companies/" + id).status()).isEqualTo(404);
    calls.service = "salesforce";
    assertThat(calls.get("/crm/companies/" + id).status()).isEqualTo(200);
  }

  @Test
  void seededDataDiffersPerConsumer() {
    Set<String> a = new HashSet<>(calls.allIds("/crm/companies", "", 50));
    calls.consumer = "consumer-b";
    Set<String> b = new HashSet<>(calls.allIds("/crm/companies", "", 50));
    assertThat(a).doesNotContainAnyElementsOf(b);
  }

  @Test
  void concurrentCreatesFrom16ThreadsAreAllVisibleExactlyOnce() throws Exception {
    int threads = 16;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<List<String>> task = () -> {
          start.await();
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            FakeCalls.Answer a = calls.post("/crm/contacts", "{\"name\":\"T" + thread + "-" + i + "\"}");
            assertThat(a.status()).isEqualTo(201);
            ids.add(a.data().get("id").asText());
          }
          return ids;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      Set<String> created = new HashSet<>();
      for (Future<List<String>> f : futures) {
        created.addAll(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(created).hasSize(threads * perThread);

      List<String> listed = calls.allIds("/crm/contacts", "sort%5Bby%5D=name", 200);
      assertThat(listed).doesNotHaveDuplicates().hasSize(threads * perThread + 3).containsAll(created);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void resetForgetsCreatedRecordsAndReseedsIdentically() {
    List<String> before = calls.allIds("/crm/leads", "", 50);
    String id = calls.post("/crm/leads", "{\"name\":\"x\",\"company_name\":\"y\"}").data().get("id").asText();

    calls.fake.reset();

    assertThat(calls.get("/crm/leads/" + id).status()).isEqualTo(404);
    assertThat(calls.allIds("/crm/leads", "", 50)).containsExactlyElementsOf(before);
  }
}
