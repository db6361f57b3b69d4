package dev.unisdk.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.errors.ResponseTooLargeException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.it.support.RecordingSleeper;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Responses meant to exhaust memory. Run in a 64 MiB heap (see the pom): any body buffered without
 * a bound fails with an OutOfMemoryError instead of the typed exception asserted here.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileMemoryTest {
  private static final long LIMIT = ClientOptions.DEFAULT_MAX_RESPONSE_BYTES;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void aContentLengthOfTwoGigabytesWithTwentyBytesSentFailsTypedWithoutAllocatingIt() throws Exception {
    try (RawServer server = new RawServer((head, out) -> {
          RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Content-Length: 2000000000\r\n\r\n{\"data\":{\"id\":\"x\"}}");
          out.flush();
          sleepQuietly(3_000);
        });
        CrmClient crm = Hostile.crm(Hostile.options(server.baseUrl(), sleeper, 2).build())) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> crm.contacts().get("c1"))
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
            assertThat(e.limit()).isEqualTo(LIMIT);
            assertThat(e.getMessage()).contains(String.valueOf(LIMIT));
          });
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
      assertThat(server.requestCount()).as("a size failure is not retried").isEqualTo(1);
    }
  }

  @Test
  void anEndlessChunkedListBodyFailsTypedSyncAndAsync() throws Exception {
    // a valid list that never ends (records padded with whitespace, so the decoded records stay small)
    StringBuilder padding = new StringBuilder();
    for (int i = 0; i < 4096; i++) {
      padding.append(' ');
    }
    String record = "{\"id\":\"c1\",\"first_name\":\"Ada\"}," + padding;
    try (RawServer server = new RawServer((head, out) -> {
          RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
          RawServer.write(out, "1f\r\n{\"status_code\":200,\"data\":[    \r\n");
          RawServer.endlessChunks(out, record, 1L << 40);
        });
        CrmClient crm = Hostile.crm(Hostile.options(server.baseUrl(), sleeper, 2).build())) {
      ContactListParams params = ContactListParams.builder().build();
      assertThatThrownBy(() -> crm.contacts().withRawResponse().list(params)).isInstanceOf(ResponseTooLargeException.class);
      assertThatThrownBy(() -> crm.contacts().withRawResponse().listAsync(params, null).get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ResponseTooLargeException.class);
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void anEndlessStringInARecordFailsTyped() throws Exception {
    try (RawServer server = new RawServer((head, out) -> {
          RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
          RawServer.write(out, "1c\r\n{\"data\":{\"id\":\"c1\",\"notes\":\"\r\n");
          RawServer.endlessChunks(out, "no end in sight ", 1L << 40);
        });
        CrmClient crm = Hostile.crm(Hostile.options(server.baseUrl(), sleeper, 2).build())) {
      assertThatThrownBy(() -> crm.contacts().get("c1")).isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void anEndlessHtmlErrorBodyIsCutAtTheErrorCap() throws Exception {
    try (RawServer server = new RawServer((head, out) -> {
          RawServer.write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
          RawServer.endlessChunks(out, "<p>upstream is down</p>\n", 1L << 40);
        });
        CrmClient crm = Hostile.crm(Hostile.options(server.baseUrl(), sleeper, 2).build())) {
      assertThatThrownBy(() -> crm.contacts().get("c1"))
          .isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(502);
            assertThat(e.body().length()).isLessThanOrEqualTo(64 * 1024).isGreaterThan(1000);
          });
      assertThatThrownBy(() -> crm.contacts().getAsync("c1").get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ServerException.class);
    }
  }

  @Test
  void aGzipBombIsCountedAfterDecompression() throws Exception {
    // 64 MiB of JSON whitespace compresses to about 64 KiB; decompressed it would fill this heap
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
      gz.write("{\"data\":".getBytes());
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        gz.write(spaces);
      }
      gz.write("{\"id\":\"c1\"}}".getBytes());
    }
    assertThat(compressed.size()).isLessThan((int) LIMIT);
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 2; i++) {
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip")
            .setHeader("Content-Type", "application/json").setBody(new Buffer().write(compressed.toByteArray())));
      }
      server.start();
      try (CrmClient crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 2).build())) {
        assertThatThrownBy(() -> crm.contacts().get("c1")).isInstanceOf(ResponseTooLargeException.class);
        assertThatThrownBy(() -> crm.contacts().getAsync("c1").get(30, TimeUnit.SECONDS))
            .hasCauseInstanceOf(ResponseTooLargeException.class);
      }
    }
  }

  @Test
  void aSmallerLimitIsHonouredAndABodyWithinItDecodes() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody(Hostile.ONE_CONTACT));
      StringBuilder big = new StringBuilder("{\"data\":{\"id\":\"c1\",\"notes\":\"");
      for (int i = 0; i < 3000; i++) {
        big.append("x");
      }
      server.enqueue(new MockResponse().setBody(big.append("\"}}").toString()));
      server.start();
      try (CrmClient crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 0)
          .maxResponseBytes(2048).build())) {
        assertThat(crm.contacts().get("c1").id()).isEqualTo("c1");
        assertThatThrownBy(() -> crm.contacts().get("c1"))
            .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(2048));
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
