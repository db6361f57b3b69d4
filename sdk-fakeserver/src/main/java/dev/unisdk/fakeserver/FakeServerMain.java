package dev.unisdk.fakeserver;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake server standalone with the admin endpoints on. Port: first argument, else the
 * environment variable {@code UNISDK_FAKE_PORT}, else 8080 (0 picks a free port); seed: environment
 * variable {@code UNISDK_FAKE_SEED}, else {@link FakeServer#DEFAULT_SEED}. Prints the base URL and the
 * credentials, then serves until the process is stopped (Ctrl+C).
 */
public final class FakeServerMain {
  /** The default standalone port. */
  public static final int DEFAULT_PORT = 8080;

  private FakeServerMain() {}

  /**
   * Starts the server.
   *
   * @param args optional: the port
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    int port = port(args.length > 0 ? args[0] : System.getenv("UNISDK_FAKE_PORT"));
    String seedText = System.getenv("UNISDK_FAKE_SEED");
    FakeServer.Builder builder = FakeServer.builder().port(port).adminEndpoints(true);
    if (seedText != null && !seedText.isBlank()) {
      builder.seed(Long.parseLong(seedText.trim()));
    }
    FakeServer server = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "unisdk-fakeserver-shutdown"));
    System.out.println(banner(server));
    System.out.flush();
    stopped.await();
  }

  static int port(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(text.trim());
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number, was '" + text + "'", e);
    }
  }

  static String banner(FakeServer server) {
    String base = server.baseUrl();
    return String.join(System.lineSeparator(),
        "unisdk fake server listening on " + base,
        "  Apideck CRM/SMS     " + base + "/crm, " + base + "/sms",
        "    Authorization: Bearer " + server.apideck().apiKey(),
        "    x-apideck-app-id: " + server.apideck().appId() + "   (x-apideck-consumer-id: any)",
        "  Integrations        " + server.integrationsBaseUrl() + "/v1/integrations",
        "    Authorization: Bearer " + server.integrations().token()
            + "   (" + server.integrations().rateLimitPerMinute() + " requests/min)",
        "  UnificationEngine   " + base + "/v2",
        "    app Basic credentials: " + server.unificationEngine().appKey() + ":"
            + server.unificationEngine().appSecret(),
        "  Admin               POST " + base + "/__admin/reset | POST/GET/DELETE " + base + "/__admin/faults"
            + " | GET/DELETE " + base + "/__admin/requests",
        "Press Ctrl+C to stop.");
  }
}
