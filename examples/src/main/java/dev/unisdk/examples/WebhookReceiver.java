package dev.unisdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.unisdk.apideck.WebhookException;
import dev.unisdk.crm.CrmWebhooks;
import dev.unisdk.crm.model.WebhookEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny HTTP endpoint (JDK {@code HttpServer}, loopback only) that receives Apideck CRM webhooks,
 * verifies each with {@link CrmWebhooks#constructEvent(byte[], String, String)} and answers 200 for a
 * verified event, 400 for anything else. Verified events and their raw bodies are queued.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** A verified event with the exact body and signature it came with. */
  public record Received(WebhookEvent event, byte[] body, String signature) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "webhook-receiver");
    t.setDaemon(true);
    return t;
  });
  private final String signingKey;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  private WebhookReceiver(HttpServer server, String signingKey) {
    this.server = server;
    this.signingKey = signingKey;
  }

  /**
   * Starts listening on 127.0.0.1.
   *
   * @param signingKey the Apideck API key the events are signed with
   * @param port the port, 0 for any free one
   */
  public static WebhookReceiver start(String signingKey, int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
      WebhookReceiver receiver = new WebhookReceiver(server, signingKey);
      server.createContext("/webhooks/apideck", receiver::handle);
      server.setExecutor(receiver.executor);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL to register with Apideck (or the fake server). */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/apideck";
  }

  /**
   * Waits for the next verified event.
   *
   * @return the event, or null when none arrived in time
   */
  public Received awaitEvent(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String signature = exchange.getRequestHeaders().getFirst("x-apideck-signature");
      int status;
      try {
        WebhookEvent event = CrmWebhooks.constructEvent(body, signature, signingKey);
        received.add(new Received(event, body, signature));
        status = 200;
      } catch (WebhookException e) { // bad signature or not an event: refuse, never process
        status = 400;
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
