package dev.unisdk.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unisdk.benchmarks.baseline.BaselineContact;
import dev.unisdk.benchmarks.baseline.BaselineCrmClient;
import dev.unisdk.benchmarks.floor.FloorContact;
import dev.unisdk.benchmarks.floor.FloorCrmClient;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;

/**
 * The client's own cost per operation, measured on the calling thread only: bytes allocated (HotSpot's
 * per-thread counter) and CPU time, after warm-up, best of five rounds. Unlike JMH's wall-clock time it
 * leaves out the loopback server thread and time spent descheduled, so it stays meaningful on a busy
 * machine; it complements, not replaces, the JMH figures. OkHttp's synchronous calls do their socket I/O
 * and the decode on the calling thread, so this is all the client-side work. Arguments: none.
 */
public final class ClientCostProbe {
  private static final int ROUNDS = 5;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ClientCostProbe() {}

  /** One side's figures. */
  private record Cost(long bytesPerOp, double cpuMicrosPerOp) {}

  /** Prints one line per operation with the floor, the baseline, the SDK and the SDK's ratios. */
  public static void main(String[] args) throws Exception {
    try (FixedResponseServer server = new FixedResponseServer(Routes.fixed());
        CrmClient sdk = Clients.sdk(server.baseUrl())) {
      OkHttpClient http = new OkHttpClient();
      BaselineCrmClient baseline = Clients.baseline(http, server.baseUrl());
      OkHttpClient floorHttp = new OkHttpClient();
      FloorCrmClient floor = Clients.floor(floorHttp, server.baseUrl());
      FloorContact floorNew = floor.contactFromJson(Json.mapper().writeValueAsBytes(Fixtures.createRequest()));
      ContactListParams params = ContactListParams.builder().limit(Routes.PAGE_SIZE).build();
      Contact sdkNew = decode(Contact.class, true);
      BaselineContact baselineNew = decode(BaselineContact.class, false);
      compare("list page", 400, 100, () -> floor.listContacts(Routes.PAGE_SIZE, null),
          () -> baseline.listContacts(Routes.PAGE_SIZE, null), () -> sdk.contacts().withRawResponse().list(params).value());
      compare("get", 8000, 2000, () -> floor.getContact(Routes.CONTACT_ID),
          () -> baseline.getContact(Routes.CONTACT_ID), () -> sdk.contacts().get(Routes.CONTACT_ID));
      compare("create", 8000, 2000, () -> floor.createContact(floorNew),
          () -> baseline.createContact(baselineNew), () -> sdk.contacts().create(sdkNew));
      Clients.shutdown(http);
      Clients.shutdown(floorHttp);
    }
  }

  private static <T> T decode(Class<T> type, boolean sdk) throws JsonProcessingException {
    return (sdk ? Json.mapper() : BaselineCrmClient.newMapper()).treeToValue(Fixtures.createRequest(), type);
  }

  private static void compare(String op, int warmup, int n, Callable<?> floor, Callable<?> baseline, Callable<?> sdk)
      throws Exception {
    warm(warmup, floor);
    warm(warmup, baseline);
    warm(warmup, sdk);
    Cost f = measure(n, floor);
    Cost b = measure(n, baseline);
    Cost s = measure(n, sdk);
    System.out.printf(Locale.ROOT,
        "%-10s alloc floor %,11d baseline %,11d sdk %,11d B/op  sdk/floor %.2fx sdk/baseline %.2fx"
            + " | cpu floor %,9.1f baseline %,9.1f sdk %,9.1f µs/op  sdk/floor %.2fx sdk/baseline %.2fx%n",
        op, f.bytesPerOp, b.bytesPerOp, s.bytesPerOp, (double) s.bytesPerOp / f.bytesPerOp,
        (double) s.bytesPerOp / b.bytesPerOp, f.cpuMicrosPerOp, b.cpuMicrosPerOp, s.cpuMicrosPerOp,
        s.cpuMicrosPerOp / f.cpuMicrosPerOp, s.cpuMicrosPerOp / b.cpuMicrosPerOp);
  }

  private static void warm(int warmup, Callable<?> op) throws Exception {
    for (int i = 0; i < warmup; i++) {
      op.call();
    }
  }

  private static Cost measure(int n, Callable<?> op) throws Exception {
    long bestBytes = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long bytes = THREADS.getCurrentThreadAllocatedBytes();
      long cpu = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        op.call();
      }
      bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
      bestBytes = Math.min(bestBytes, THREADS.getCurrentThreadAllocatedBytes() - bytes);
    }
    return new Cost(bestBytes / n, bestCpu / 1000.0 / n);
  }
}
