package dev.unisdk.examples.readme;

import dev.unisdk.crm.CrmClient;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.RecordedRequest;
import java.time.Duration;

/** README: "The fake server". */
final class FakeServerSnippets {
  private FakeServerSnippets() {}

  static long embedded() {
    try (FakeServer server = FakeServer.start()) {          // a free port on 127.0.0.1, ready in well under a second
      CrmClient crm = CrmClient.builder()
          .apiKey(FakeServer.DEFAULT_APIDECK_API_KEY)
          .appId(FakeServer.DEFAULT_APIDECK_APP_ID)
          .consumerId("test-consumer")
          .baseUrl(server.baseUrl())
          .build();

      server.faults().add(Fault.status(503).withRetryAfterSeconds(1).times(1).forPathPrefix("/crm"));
      server.faults().add(Fault.latency(Duration.ofMillis(300)).forMethod("GET"));
      crm.contacts().list().firstPage();                    // 503, retried after 1 s, then 200 (300 ms late)

      RecordedRequest last = server.requests().last();      // credentials already masked
      long lists = server.requests().count("crm.contacts.list"); // 2: the 503 and its retry
      return lists;
    }
  }
}
