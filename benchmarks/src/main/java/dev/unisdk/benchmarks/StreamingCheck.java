package dev.unisdk.benchmarks;

import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Iterates a large listing through {@code crm.contacts().list()} against a loopback server that
 * generates each page from its cursor (constant server memory), and samples the heap. Meant to run
 * with {@code -Xmx64m}. Checks every id arrives once and in order; exits 1 if not all items were seen,
 * 2 on {@link OutOfMemoryError}.
 *
 * <p>Arguments: {@code [total contacts = 1000000] [page size = 200] [sample every N pages = 250]}.
 * At each sample it prints the rate since the previous sample, reads the used heap, then runs {@code System.gc()} and reads it again: the second
 * figure is the live set, which must stay flat. The server runs in this JVM, so the figures include
 * its one page of response bytes.
 */
public final class StreamingCheck {
  private StreamingCheck() {}

  /** Runs the check; see the class comment for arguments. */
  public static void main(String[] args) throws Exception {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int sampleEvery = args.length > 2 ? Integer.parseInt(args[2]) : 250;
    int code;
    try {
      code = run(total, pageSize, sampleEvery, System.out);
    } catch (OutOfMemoryError e) {
      System.out.println("FAIL: OutOfMemoryError: " + e.getMessage());
      code = 2;
    }
    System.exit(code);
  }

  /**
   * Runs the iteration and prints progress lines and a summary.
   *
   * @return 0 when every item was seen once and in order, else 1
   */
  static int run(long total, int pageSize, int sampleEvery, PrintStream out) throws Exception {
    return run(total, total, pageSize, sampleEvery, out);
  }

  /** As {@link #run(long, int, int, PrintStream)}, with a server holding {@code served} contacts (tests). */
  static int run(long total, long served, int pageSize, int sampleEvery, PrintStream out) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long maxHeap = memory.getHeapMemoryUsage().getMax();
    out.printf(Locale.ROOT, "streaming %,d contacts in pages of %d, max heap %.1f MB%n", total, pageSize, mb(maxHeap));
    PageGenerator generator = new PageGenerator(served, pageSize);
    long seen = 0;
    long outOfOrder = 0;
    long maxUsed = 0;
    long maxLiveAfterGc = 0;
    long start = System.nanoTime();
    long intervalStart = start;
    long intervalSeen = 0;
    try (FixedResponseServer server = new FixedResponseServer(Routes.streaming(generator));
        CrmClient crm = Clients.sdk(server.baseUrl())) {
      ContactListParams params = ContactListParams.builder().limit(pageSize).build();
      for (Contact c : crm.contacts().list(params)) {
        if (!Long.toString(seen).equals(c.id()) || c.emails().isEmpty()) {
          outOfOrder++;
        }
        seen++;
        if (seen % pageSize == 0 && (seen / pageSize) % sampleEvery == 0) {
          long used = memory.getHeapMemoryUsage().getUsed();
          System.gc(); // a full collection at each sample measures the live set: it must stay flat
          long live = memory.getHeapMemoryUsage().getUsed();
          maxUsed = Math.max(maxUsed, used);
          maxLiveAfterGc = Math.max(maxLiveAfterGc, live);
          long now = System.nanoTime();
          double rate = (seen - intervalSeen) / ((now - intervalStart) / 1e9);
          out.printf(Locale.ROOT, "pages %,7d  items %,10d  %,9.0f items/s  heap used %5.1f MB  live after GC %5.1f MB%n",
              seen / pageSize, seen, rate, mb(used), mb(live));
          intervalStart = System.nanoTime();
          intervalSeen = seen;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
    boolean ok = seen == total && outOfOrder == 0;
    out.printf(Locale.ROOT, "%s: %,d of %,d items in %.1f s (%,.0f items/s), %d out of order; "
            + "max heap used (sampled) %.1f MB, max live after System.gc() %.1f MB, -Xmx %.0f MB%n",
        ok ? "OK" : "FAIL", seen, total, seconds, seen / seconds, outOfOrder, mb(maxUsed), mb(maxLiveAfterGc),
        mb(maxHeap));
    return ok ? 0 : 1;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
