package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.fakeserver.internal.http.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and malformed requests thrown at the fake's own HTTP/1.1 parser over real sockets: every
 * connection gets well-formed responses (status line, headers, exactly Content-Length body bytes) and
 * then a clean close, or just a clean close; no connection ends in an unexpected exception, nothing
 * hangs, and the server keeps answering. Bounded: 400 tries, 8 s per connection at most.
 */
class ParserPropertiesTest {
  private static final int MAX_BODY = 4 * 1024;
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 ([1-5]\\d\\d) [\\x20-\\x7e]*");
  private static final Pattern HEADER_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+): ([\\x20-\\x7e\\x80-\\xff]*)");

  private static EchoServer server;

  @BeforeContainer
  static void start() throws IOException {
    server = new EchoServer(new HttpServer.Settings(16, 64, 3_000, MAX_BODY));
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 400)
  void everyRequestGetsWellFormedAnswersOrACleanClose(@ForAll("requests") byte[] request) throws IOException {
    long failuresBefore = server.http.unexpectedFailures();
    byte[] answer = exchange(request);

    List<Integer> statuses = parseResponses(answer);
    Statistics.label("answer").collect(statuses.isEmpty() ? "closed" : statuses.get(statuses.size() - 1));

    assertThat(statuses).allSatisfy(s -> assertThat(s).isBetween(100, 599));
    assertThat(server.http.unexpectedFailures()).as("connections that ended in an exception").isEqualTo(failuresBefore);
    assertThat(parseResponses(exchange("GET /echo/alive HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII)))).as("the server still answers").containsExactly(200);
  }

  /** Sends the bytes, half-closes, and reads everything until the server closes (at most 8 s). */
  private static byte[] exchange(byte[] request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.http.port())) {
      socket.setSoTimeout(8_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // the server may answer (413, 431, 400) and close before it has read everything: read what came
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) >= 0; ) {
          out.write(buf, 0, n);
        }
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the server neither answered nor closed within 8 s; got "
            + new String(out.toByteArray(), StandardCharsets.ISO_8859_1), e);
      } catch (IOException e) {
        // connection reset after the server closed with unread input: what arrived before counts
      }
      return out.toByteArray();
    }
  }

  /** Parses a sequence of complete HTTP/1.1 responses; fails on anything else. Returns the statuses. */
  static List<Integer> parseResponses(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> statuses = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int end = text.indexOf("\r\n", pos);
      assertThat(end).as("status line in %s", text).isPositive();
      Matcher status = STATUS_LINE.matcher(text.substring(pos, end));
      assertThat(status.matches()).as("status line '%s'", text.substring(pos, end)).isTrue();
      int code = Integer.parseInt(status.group(1));
      pos = end + 2;
      long length = -1;
      while (true) {
        end = text.indexOf("\r\n", pos);
        assertThat(end).as("header line in %s", text).isGreaterThanOrEqualTo(pos);
        String line = text.substring(pos, end);
        pos = end + 2;
        if (line.isEmpty()) {
          break;
        }
        Matcher header = HEADER_LINE.matcher(line);
        assertThat(header.matches()).as("header line '%s'", line).isTrue();
        if (header.group(1).toLowerCase(Locale.ROOT).equals("content-length")) {
          assertThat(length).as("one Content-Length").isEqualTo(-1);
          length = Long.parseLong(header.group(2));
        }
      }
      statuses.add(code);
      if (code < 200 || code == 204 || code == 304) {
        continue;
      }
      assertThat(length).as("Content-Length of a %d", code).isNotNegative();
      assertThat(text.length() - pos).as("body bytes of a %d", code).isGreaterThanOrEqualTo((int) length);
      pos += (int) length;
    }
    return statuses;
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<byte[]> requests() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
        Tuple.of(6, structured()),
        Tuple.of(1, structured().list().ofMinSize(2).ofMaxSize(3).map(ParserPropertiesTest::concat)));
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** A request built from parts, each either valid or broken in one of the ways clients and attackers break them. */
  private Arbitrary<byte[]> structured() {
    // most parts valid most of the time, so that requests get deep into the parser before they break
    Arbitrary<String> method = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "CONNECT")),
        Tuple.of(1, Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12).filter(m -> !m.equals("HEAD"))),
        Tuple.of(1, Arbitraries.of("", "get", "G ET", "GET\t", "\u00ff\u00fe", "PO:ST")));
    Arbitrary<String> target = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("/echo/1", "/echo", "/json", "/empty/2")),
        Tuple.of(4, Arbitraries.oneOf(
        Arbitraries.of("/echo/1", "/echo", "/empty/2", "/crm/things?x=1&y=%20", "/json", "/", "*", "/%zz", "/a%",
            "http://x/echo/1", "https://h", "/echo/1#frag", "//", "/echo/%00", "/x?%", "/__admin/requests", "/__admin/faults"),
        Arbitraries.strings().ascii().ofMaxLength(40).map(s -> "/" + s),
        Arbitraries.strings().withChars('a', '/').ofMinLength(8_000).ofMaxLength(9_000).map(s -> "/" + s))));
    Arbitrary<String> version = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("HTTP/1.1")),
        Tuple.of(2, Arbitraries.just("HTTP/1.0")), Tuple.of(1, Arbitraries.of("HTTP/2.0", "HTTP/1.1 ", "http/1.1", "HTTP/9", "")));
    Arbitrary<String> eol = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just("\r\n")),
        Tuple.of(2, Arbitraries.just("\n")), Tuple.of(1, Arbitraries.just("\r")));
    Arbitrary<List<String>> headers = header().list().ofMaxSize(6);
    Arbitrary<String> framing = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of("length", "chunked", "none")),
        Tuple.of(6, Arbitraries.of("both", "bad-length", "short", "long", "bad-chunk", "gzip-chunked", "huge-length",
            "negative", "two-lengths", "huge-chunk", "no-crlf-chunk")));
    Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.of("", "{}", "{\"a\":1}", "not json", "[1,2"),
        Arbitraries.strings().ofMaxLength(200), Arbitraries.strings().withChars('x').ofMinLength(MAX_BODY - 2).ofMaxLength(MAX_BODY + 2));
    Arbitrary<Boolean> expectContinue = Arbitraries.of(false, false, false, true);
    Arbitrary<Boolean> close = Arbitraries.of(false, true);
    return Combinators.combine(method, target, version, eol, headers, framing, body, Combinators.combine(expectContinue, close).as(List::of))
        .as((m, t, v, nl, hs, f, b, flags) -> build(m, t, v, nl, hs, f, b, flags.get(0), flags.get(1)));
  }

  private Arbitrary<String> header() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.of("Host: x", "Accept: */*", "X-Empty:", "Content-Type: application/json",
            "Connection: keep-alive", "Authorization: Bearer abc", "User-Agent: jqwik", "Cookie: a=b", "X-High: \u00e9\u00ff")),
        Tuple.of(3, Arbitraries.of(" continued-line", "\tfolded", "NoColon", ": empty-name", "Bad Name: x", "X-Ctl: a\u0001b",
            "Expect: something-else", "Transfer-Encoding: chunked", "Content-Length: 0")),
        Tuple.of(3, Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(20),
            Arbitraries.strings().ascii().ofMaxLength(60)).as((n, v) -> n + ": " + v)),
        Tuple.of(1, Arbitraries.strings().withChars('v').ofMinLength(9_000).ofMaxLength(70_000).map(v -> "X-Big: " + v)));
  }

  private static byte[] build(String method, String target, String version, String eol, List<String> headers,
      String framing, String body, boolean expectContinue, boolean close) {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(target).append(' ').append(version).append(eol);
    for (String h : headers) {
      sb.append(h).append(eol);
    }
    if (expectContinue) {
      sb.append("Expect: 100-continue").append(eol);
    }
    if (close) {
      sb.append("Connection: close").append(eol);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    String hex = Integer.toHexString(n);
    String payload = body;
    switch (framing) {
      case "length" -> sb.append("Content-Length: ").append(n).append(eol);
      case "chunked" -> {
        sb.append("Transfer-Encoding: chunked").append(eol);
        payload = (n == 0 ? "" : hex + eol + body + eol) + "0" + eol + eol;
      }
      case "both" -> sb.append("Content-Length: ").append(n).append(eol).append("Transfer-Encoding: chunked").append(eol);
      case "bad-length" -> sb.append("Content-Length: 1x").append(eol);
      case "short" -> sb.append("Content-Length: ").append(n + 5).append(eol);
      case "long" -> sb.append("Content-Length: ").append(Math.max(0, n - 1)).append(eol);
      case "bad-chunk" -> {
        sb.append("Transfer-Encoding: chunked").append(eol);
        payload = "zz" + eol + body + eol + "0" + eol + eol;
      }
      case "gzip-chunked" -> {
        sb.append("Transfer-Encoding: gzip, chunked").append(eol);
        payload = hex + eol + body + eol + "0" + eol + eol;
      }
      case "huge-length" -> sb.append("Content-Length: 99999999999999999999").append(eol);
      case "negative" -> sb.append("Content-Length: -1").append(eol);
      case "two-lengths" -> sb.append("Content-Length: ").append(n).append(eol).append("Content-Length: ").append(n + 1).append(eol);
      case "huge-chunk" -> {
        sb.append("Transfer-Encoding: chunked").append(eol);
        payload = "7fffffff" + eol + body;
      }
      case "no-crlf-chunk" -> {
        sb.append("Transfer-Encoding: chunked").append(eol);
        payload = hex + eol + body + "0" + eol + eol;
      }
      default -> payload = "";
    }
    sb.append(eol);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
