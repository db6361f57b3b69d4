package dev.unisdk.benchmarks;

import dev.unisdk.benchmarks.baseline.BaselineCrmClient;
import dev.unisdk.benchmarks.baseline.BaselineEnvelopes;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Measures one cold start: from the JVM's start (RuntimeMXBean start time) to the first decoded
 * contact of a first {@code crm.contacts().list()} call, in a fresh process against a running server
 * ({@link FixtureServerMain}, started in another process so its warm-up is not counted).
 *
 * <p>Arguments: {@code <base URL> [sdk|baseline]}. Prints one line of key=value figures in ms.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Runs one cold start; see the class comment. */
  public static void main(String[] args) {
    long mainAt = System.currentTimeMillis();
    if (args.length < 1) {
      System.err.println("usage: ColdStart <base URL> [sdk|baseline]");
      System.exit(64);
    }
    String baseUrl = args[0];
    String mode = args.length > 1 ? args[1] : "sdk";
    long builtAt;
    long firstAt;
    String firstId;
    if (mode.equals("sdk")) {
      try (CrmClient crm = Clients.sdk(baseUrl)) {
        builtAt = System.currentTimeMillis();
        Iterator<Contact> it = crm.contacts().list(ContactListParams.builder().limit(Routes.PAGE_SIZE).build())
            .iterator();
        firstId = it.hasNext() ? it.next().id() : null;
        firstAt = System.currentTimeMillis();
      }
    } else if (mode.equals("baseline")) {
      OkHttpClient http = new OkHttpClient();
      BaselineCrmClient baseline = Clients.baseline(http, baseUrl);
      builtAt = System.currentTimeMillis();
      BaselineEnvelopes.ListContacts page = baseline.listContacts(Routes.PAGE_SIZE, null);
      firstId = page.data.isEmpty() ? null : page.data.get(0).id;
      firstAt = System.currentTimeMillis();
      Clients.shutdown(http);
    } else {
      throw new IllegalArgumentException("mode must be sdk or baseline: " + mode);
    }
    // read only now: loading java.management is not part of what an application pays
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    if (firstId == null) {
      System.out.println("cold-start mode=" + mode + " FAIL: no contact in the first page");
      System.exit(1);
    }
    System.out.printf(Locale.ROOT, "cold-start mode=%s total_ms=%d jvm_to_main_ms=%d build_client_ms=%d "
            + "first_list_ms=%d%n",
        mode, firstAt - jvmStart, mainAt - jvmStart, builtAt - mainAt, firstAt - builtAt);
  }
}
