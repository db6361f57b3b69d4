package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.Page;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 1,000 records paged through while random-but-seeded pages fail with every retryable fault: every
 * record comes out exactly once, in order, and the faulted pages were fetched again.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PagingUnderFaultsTest {
  private static final String CONSUMER = "paging-consumer";
  private static final String SERVICE = "salesforce";
  private static final int RECORDS = 1_000;
  private static final int PAGE_SIZE = 40;
  private static final int PAGES = RECORDS / PAGE_SIZE;

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(11).recordsPerResource(0));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CrmClient crm;
  private List<String> expectedIds;

  @BeforeEach
  void setUp() {
    server.apideck().seed(CONSUMER, SERVICE, "contacts", RECORDS);
    expectedIds = server.apideck().records(CONSUMER, SERVICE, "contacts").stream()
        .map(r -> r.get("id").asText()).toList();
    assertThat(expectedIds).hasSize(RECORDS).doesNotHaveDuplicates();
    crm = Clients.crm(server, sleeper, CONSUMER);
    server.requests().clear();
  }

  @AfterEach
  void tearDown() {
    crm.close();
  }

  @Test
  void iterationYieldsEveryRecordExactlyOnceWhileRandomPagesFail() {
    Map<Integer, Fault> faults = faultsOnRandomPages(new Random(1L), 12);
    List<String> ids = new ArrayList<>();
    Iterator<Contact> it = crm.contacts().list(params()).iterator();
    int page = 0;
    while (true) {
      if (ids.size() == page * PAGE_SIZE) {
        // the caller is about to iterate past the last item of a page: the next request is page + 1
        Fault f = faults.get(page + 1);
        if (f != null) {
          server.faults().add(f);
        }
        page++;
      }
      if (!it.hasNext()) {
        break;
      }
      ids.add(it.next().id());
    }

    assertThat(ids).hasSize(RECORDS).doesNotHaveDuplicates().isEqualTo(expectedIds);
    assertThat(server.faults().pending()).as("every queued fault was hit").isZero();
    assertThat(server.requests().count("crm.contacts.list")).isEqualTo(PAGES + retries(faults));
  }

  @Test
  void pagesYieldEveryRecordExactlyOnceWhileRandomPagesFail() {
    Map<Integer, Fault> faults = faultsOnRandomPages(new Random(2L), 10);
    List<String> ids = new ArrayList<>();
    int pages = 0;
    addFaultFor(faults, 1);
    for (Page<Contact> p : crm.contacts().list(params()).pages()) {
      pages++;
      assertThat(p.items()).hasSize(PAGE_SIZE);
      p.items().forEach(c -> ids.add(c.id()));
      addFaultFor(faults, pages + 1); // pages are fetched lazily: the next one is requested after this
    }

    assertThat(ids).hasSize(RECORDS).doesNotHaveDuplicates().isEqualTo(expectedIds);
    assertThat(pages).isEqualTo(PAGES);
    assertThat(server.faults().pending()).isZero();
    assertThat(server.requests().count("crm.contacts.list")).isEqualTo(PAGES + retries(faults));
  }

  private void addFaultFor(Map<Integer, Fault> faults, int page) {
    Fault f = faults.get(page);
    if (f != null) {
      server.faults().add(f);
    }
  }

  private static ContactListParams params() {
    return ContactListParams.builder().limit(PAGE_SIZE).build();
  }

  /** Picks {@code n} distinct pages (1-based) and a retryable fault for each, within the retry budget. */
  private static Map<Integer, Fault> faultsOnRandomPages(Random random, int n) {
    List<Fault> kinds = List.of(
        Fault.dropBeforeResponse(),
        Fault.status(503).times(2),
        Fault.status(502),
        Fault.status(500),
        Fault.status(504),
        Fault.status(429).withRetryAfterSeconds(3),
        Fault.status(429).withRetryAfterDate(Clients.NOW.plusSeconds(2)),
        Fault.stall(Duration.ofSeconds(2)));
    Map<Integer, Fault> out = new LinkedHashMap<>();
    int stalls = 0;
    while (out.size() < n) {
      int page = 1 + random.nextInt(PAGES);
      Fault f = kinds.get(random.nextInt(kinds.size()));
      if (f.type() == Fault.Type.STALL && ++stalls > 2) {
        continue; // each stall costs a real read timeout: keep the test fast
      }
      out.putIfAbsent(page, f.forMethod("GET").forPathPrefix("/crm/contacts"));
    }
    return out;
  }

  private static int retries(Map<Integer, Fault> faults) {
    return faults.values().stream().mapToInt(Fault::times).sum();
  }
}
