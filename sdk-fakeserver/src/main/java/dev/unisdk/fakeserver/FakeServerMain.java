package dev.unisdk.fakeserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake server standalone with the admin endpoints on. Arguments: {@code [--https]
 * [--cert-file=PATH] [port]}. Port: the argument, else the environment variable
 * {@code UNISDK_FAKE_PORT}, else 8080 (0 picks a free port); seed: environment variable
 * {@code UNISDK_FAKE_SEED}, else {@link FakeServer#DEFAULT_SEED}. With {@code --https} the server
 * speaks TLS with a certificate made at start, written as PEM to {@code --cert-file} (default: a new
 * temporary file). Prints the base URL, the credentials and the certificate file, then serves until
 * the process is stopped (Ctrl+C).
 */
public final class FakeServerMain {
  /** The default standalone port. */
  public static final int DEFAULT_PORT = 8080;

  private FakeServerMain() {}

  /** The parsed command line. */
  record Options(int port, boolean https, Path certFile) {}

  /**
   * Starts the server.
   *
   * @param args optional: {@code --https}, {@code --cert-file=PATH}, the port
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    Options options = parse(args, System.getenv("UNISDK_FAKE_PORT"));
    String seedText = System.getenv("UNISDK_FAKE_SEED");
    FakeServer.Builder builder = FakeServer.builder().port(options.port()).adminEndpoints(true).https(options.https());
    if (seedText != null && !seedText.isBlank()) {
      builder.seed(Long.parseLong(seedText.trim()));
    }
    FakeServer server = builder.start();
    Path certFile = options.https() ? writeCertificate(server, options.certFile()) : null;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "unisdk-fakeserver-shutdown"));
    System.out.println(banner(server, certFile));
    System.out.flush();
    stopped.await();
  }

  static Options parse(String[] args, String envPort) {
    boolean https = false;
    Path certFile = null;
    List<String> rest = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--https")) {
        https = true;
      } else if (arg.startsWith("--cert-file=")) {
        certFile = Path.of(arg.substring("--cert-file=".length()));
        https = true;
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + arg + "; usage: [--https] [--cert-file=PATH] [port]");
      } else {
        rest.add(arg);
      }
    }
    if (rest.size() > 1) {
      throw new IllegalArgumentException("one port at most, got " + rest + "; usage: [--https] [--cert-file=PATH] [port]");
    }
    return new Options(port(rest.isEmpty() ? envPort : rest.get(0)), https, certFile);
  }

  static Path writeCertificate(FakeServer server, Path certFile) {
    try {
      Path file = certFile != null ? certFile : Files.createTempFile("unisdk-fakeserver-", ".pem");
      return server.tls().writeCertificatePem(file).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the certificate file", e);
    }
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
    return banner(server, null);
  }

  static String banner(FakeServer server, Path certFile) {
    String base = server.baseUrl();
    List<String> lines = new ArrayList<>(List.of(
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
            + " | GET/DELETE " + base + "/__admin/requests"));
    if (server.isHttps()) {
      lines.add("  TLS certificate     " + (certFile == null ? "(not written)" : certFile)
          + "   (self-signed, " + String.join("/", server.tls().protocols()) + ")");
      lines.add("    pin: " + server.tls().certificatePin() + "   e.g. curl --cacert " + (certFile == null ? "FILE" : certFile)
          + " " + base + "/__admin/requests");
    }
    lines.add("Press Ctrl+C to stop.");
    return String.join(System.lineSeparator(), lines);
  }
}
