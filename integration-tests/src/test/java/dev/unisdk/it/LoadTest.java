package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.it.support.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One shared client, 32 threads, 200 mixed calls each (list, get, create, update, delete) against the
 * fake server, blocking and async: no errors, every create visible exactly once, every last update
 * kept, and no thread left behind once the client is closed.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LoadTest {
  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 200;
  private static final int SEEDED = 20;
  private static final String SERVICE = "salesforce";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(5).recordsPerResource(SEEDED));

  FakeServer server;

  /** The five operations, blocking or async, behind one face. */
  interface Api {
    String create(Contact c);

    Contact get(String id);

    String update(String id, Contact c);

    String delete(String id);

    List<Contact> firstPage(int limit);
  }

  @Test
  void sharedClientHolds32ThreadsOfMixedBlockingCalls() throws Exception {
    runLoad("load-blocking", false, crm -> new Api() {
      @Override
      public String create(Contact c) {
        return crm.contacts().create(c).id();
      }

      @Override
      public Contact get(String id) {
        return crm.contacts().get(id);
      }

      @Override
      public String update(String id, Contact c) {
        return crm.contacts().update(id, c).id();
      }

      @Override
      public String delete(String id) {
        return crm.contacts().delete(id).id();
      }

      @Override
      public List<Contact> firstPage(int limit) {
        return crm.contacts().withRawResponse().list(ContactListParams.builder().limit(limit).build()).value().data();
      }
    });
  }

  @Test
  void sharedClientHolds32ThreadsOfMixedAsyncCalls() throws Exception {
    runLoad("load-async", true, crm -> new Api() {
      @Override
      public String create(Contact c) {
        return await(crm.contacts().createAsync(c)).id();
      }

      @Override
      public Contact get(String id) {
        return await(crm.contacts().getAsync(id));
      }

      @Override
      public String update(String id, Contact c) {
        return await(crm.contacts().updateAsync(id, c)).id();
      }

      @Override
      public String delete(String id) {
        return await(crm.contacts().deleteAsync(id)).id();
      }

      @Override
      public List<Contact> firstPage(int limit) {
        ApideckListResponse<Contact> page =
            await(crm.contacts().withRawResponse().listAsync(ContactListParams.builder().limit(limit).build(), null).thenApply(r -> r.value()));
        return page.data();
      }
    });
  }

  private static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What one worker did, to check against the server afterwards. */
  private static final class Ledger {
    final Map<String, String> alive = new HashMap<>(); // id -> name
    final Map<String, String> lastTitle = new HashMap<>(); // id -> title last written
    final List<String> deleted = new ArrayList<>();
    int creates;
  }

  private void runLoad(String consumer, boolean async, Function<CrmClient, Api> apiOf) throws Exception {
    Set<String> baseline = Threads.clientThreads();
    RecordingSleeper sleeper = new RecordingSleeper();
    // a loaded, shared 2-core machine may pause a call for more than the 500 ms the fault tests use
    CrmClient crm = Clients.crm(Clients.options(server, sleeper, Duration.ofSeconds(10)), consumer);
    List<String> seededIds = ids(consumer);
    assertThat(seededIds).hasSize(SEEDED);
    Api api = apiOf.apply(crm);
    Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
    Map<Integer, Ledger> ledgers = new ConcurrentHashMap<>();
    AtomicLong calls = new AtomicLong();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int worker = t;
        workers.add(pool.submit(() -> {
          Ledger ledger = new Ledger();
          ledgers.put(worker, ledger);
          Random random = new Random(1000L + worker);
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            try {
              step(api, worker, i, random, ledger, seededIds);
            } catch (Throwable e) {
              errors.add(e);
            }
            calls.incrementAndGet();
          }
        }));
      }
      for (Future<?> w : workers) {
        w.get(50, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(errors).as("errors").isEmpty();
    assertThat(calls.get()).isEqualTo((long) THREADS * CALLS_PER_THREAD);
    assertThat(sleeper.delays()).as("no call needed a retry").isEmpty();

    // every create is on the server exactly once; every delete is gone; every last update is kept
    List<JsonNode> records = server.apideck().records(consumer, SERVICE, "contacts");
    Map<String, Long> byName = records.stream()
        .collect(Collectors.groupingBy(r -> r.path("name").asText(), Collectors.counting()));
    Map<String, JsonNode> byId = records.stream().collect(Collectors.toMap(r -> r.get("id").asText(), r -> r));
    int creates = 0;
    int alive = 0;
    for (Ledger l : ledgers.values()) {
      creates += l.creates;
      alive += l.alive.size();
      for (Map.Entry<String, String> e : l.alive.entrySet()) {
        assertThat(byName.get(e.getValue())).as("copies of %s", e.getValue()).isEqualTo(1L);
        JsonNode r = byId.get(e.getKey());
        assertThat(r).as("record %s", e.getKey()).isNotNull();
        assertThat(r.path("name").asText()).isEqualTo(e.getValue());
        String title = l.lastTitle.get(e.getKey());
        if (title != null) {
          assertThat(r.path("title").asText()).isEqualTo(title);
        }
      }
      for (String id : l.deleted) {
        assertThat(byId).doesNotContainKey(id);
      }
    }
    assertThat(creates).isGreaterThan(THREADS * CALLS_PER_THREAD / 5);
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(creates);
    assertThat(records).hasSize(SEEDED + alive);
    assertThat(byId.keySet()).containsAll(seededIds);

    // and visible through the API: one full listing holds every record once
    List<String> listed = crm.contacts().list(ContactListParams.builder().limit(200).build()).stream()
        .map(Contact::id).collect(Collectors.toList());
    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(byId.keySet());

    if (async) {
      // the check can see a client's threads: OkHttp's dispatcher threads are alive until close()
      assertThat(Threads.leakedSince(baseline, Duration.ZERO)).anyMatch(t -> t.startsWith("OkHttp"));
    }
    crm.close();
    assertThat(Threads.leakedSince(baseline, Duration.ofSeconds(5))).as("threads left after close()").isEmpty();
  }

  /** One call: mostly on this worker's own records, so that workers never race on one record. */
  private static void step(Api api, int worker, int i, Random random, Ledger ledger, List<String> seededIds) {
    List<String> own = new ArrayList<>(ledger.alive.keySet());
    int dice = random.nextInt(100);
    if (dice < 25 || own.isEmpty() && dice >= 45 && dice < 80) {
      String name = "load " + worker + "-" + i;
      String id = api.create(Contact.builder().name(name).firstName("Load").lastName(worker + "-" + i).build());
      assertThat(id).isNotBlank();
      assertThat(ledger.alive.put(id, name)).as("id %s returned twice", id).isNull();
      ledger.creates++;
    } else if (dice < 45) {
      boolean seeded = own.isEmpty() || random.nextBoolean();
      String id = seeded ? seededIds.get(random.nextInt(seededIds.size())) : own.get(random.nextInt(own.size()));
      Contact c = api.get(id);
      assertThat(c.id()).isEqualTo(id);
      if (!seeded) {
        assertThat(c.name()).isEqualTo(ledger.alive.get(id));
        String title = ledger.lastTitle.get(id);
        if (title != null) {
          assertThat(c.title()).isEqualTo(title);
        }
      }
    } else if (dice < 65) {
      String id = own.get(random.nextInt(own.size()));
      String title = "title " + worker + "-" + i;
      assertThat(api.update(id, Contact.builder().title(title).build())).isEqualTo(id);
      ledger.lastTitle.put(id, title);
    } else if (dice < 80) {
      String id = own.get(random.nextInt(own.size()));
      assertThat(api.delete(id)).isEqualTo(id);
      ledger.alive.remove(id);
      ledger.lastTitle.remove(id);
      ledger.deleted.add(id);
    } else {
      int limit = 1 + random.nextInt(50);
      List<Contact> page = api.firstPage(limit);
      assertThat(page).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
    }
  }

  private List<String> ids(String consumer) {
    return server.apideck().records(consumer, SERVICE, "contacts").stream()
        .map(r -> r.get("id").asText()).collect(Collectors.toList());
  }
}
