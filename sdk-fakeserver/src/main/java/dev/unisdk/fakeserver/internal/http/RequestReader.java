package dev.unisdk.fakeserver.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 request (request line, headers, Content-Length or chunked body) from a stream,
 * enforcing size limits. Not thread-safe: one per connection.
 */
final class RequestReader {
  static final int MAX_LINE = 8 * 1024;
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_HEADERS = 200;

  private final InputStream in;
  private final OutputStream out;
  private final int maxBodyBytes;

  /** A parsed request before routing. */
  record Parsed(
      String method,
      String rawPath,
      String rawQuery,
      String version,
      Map<String, List<String>> headers,
      byte[] body) {

    String header(String lowerName) {
      List<String> v = headers.get(lowerName);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** True when the connection stays open after this exchange. */
    boolean keepAlive() {
      String connection = header("connection");
      String c = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
      if (version.equals("HTTP/1.0")) {
        return c.contains("keep-alive");
      }
      return !c.contains("close");
    }
  }

  RequestReader(InputStream in, OutputStream out, int maxBodyBytes) {
    this.in = in;
    this.out = out;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Reads the next request.
   *
   * @return the request, or null when the peer closed the connection before sending a byte
   * @throws HttpProtocolException on a malformed or oversized request
   * @throws IOException when the socket fails or times out
   */
  Parsed read() throws IOException {
    String requestLine = readLine(MAX_LINE, true, 414);
    if (requestLine == null) {
      return null;
    }
    while (requestLine.isEmpty()) { // tolerate stray CRLF between requests (RFC 9112 2.2)
      requestLine = readLine(MAX_LINE, true, 414);
      if (requestLine == null) {
        return null;
      }
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new HttpProtocolException(400, "malformed request line");
    }
    String method = parts[0];
    for (int i = 0; i < method.length(); i++) {
      char c = method.charAt(i);
      if (c < 'A' || c > 'Z') {
        throw new HttpProtocolException(400, "malformed method");
      }
    }
    String version = parts[2];
    if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
      throw new HttpProtocolException(505, "HTTP version not supported");
    }
    String target = parts[1];
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form
      int slash = target.indexOf('/', target.indexOf("//") + 2);
      target = slash < 0 ? "/" : target.substring(slash);
    }
    if (!target.startsWith("/")) {
      throw new HttpProtocolException(400, "request target must be origin-form");
    }
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    int q = target.indexOf('?');
    String rawPath = q < 0 ? target : target.substring(0, q);
    String rawQuery = q < 0 ? null : target.substring(q + 1);

    Map<String, List<String>> headers = readHeaders();
    Parsed head = new Parsed(method, rawPath, rawQuery, version, headers, new byte[0]);
    byte[] body = readBody(head);
    return new Parsed(method, rawPath, rawQuery, version, headers, body);
  }

  private Map<String, List<String>> readHeaders() throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    int total = 0;
    int count = 0;
    while (true) {
      String line = readLine(MAX_HEADER_BYTES - total, false, 431);
      if (line == null) {
        throw new HttpProtocolException(400, "connection closed inside the header section");
      }
      if (line.isEmpty()) {
        break;
      }
      total += line.length() + 2;
      if (++count > MAX_HEADERS) {
        throw new HttpProtocolException(431, "too many header fields");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t'
          || Character.isWhitespace(line.charAt(colon - 1))) {
        throw new HttpProtocolException(400, "malformed header field");
      }
      String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    headers.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(headers);
  }

  private byte[] readBody(Parsed head) throws IOException {
    String te = head.header("transfer-encoding");
    String cl = head.header("content-length");
    if (te != null && head.headers().get("transfer-encoding").size() > 1) {
      te = String.join(",", head.headers().get("transfer-encoding"));
    }
    // only the bare "chunked" coding is supported: "gzip, chunked" would hand the API a gzip stream as
    // if it were the body, so any other coding (or a list of codings) is refused as not implemented
    boolean chunked = te != null && te.trim().equalsIgnoreCase("chunked");
    if (te != null && !chunked) {
      throw new HttpProtocolException(501, "unsupported transfer-encoding (only chunked)");
    }
    if (te != null && cl != null) {
      throw new HttpProtocolException(400, "both Content-Length and Transfer-Encoding");
    }
    if (!chunked && cl == null) {
      return new byte[0];
    }
    if (chunked) {
      sendContinueIfExpected(head); // size unknown up front: each chunk is checked as it arrives
      return readChunked();
    }
    List<String> lengths = head.headers().get("content-length");
    long length;
    try {
      length = Long.parseLong(cl.trim());
      for (String other : lengths) {
        if (Long.parseLong(other.trim()) != length) {
          throw new HttpProtocolException(400, "conflicting Content-Length values");
        }
      }
    } catch (NumberFormatException e) {
      throw new HttpProtocolException(400, "malformed Content-Length");
    }
    if (length < 0) {
      throw new HttpProtocolException(400, "malformed Content-Length");
    }
    if (length > maxBodyBytes) {
      // before any 100 Continue: a client that waits for it gets the final 413 instead and never sends the body
      throw new HttpProtocolException(413, "request body larger than " + maxBodyBytes + " bytes");
    }
    sendContinueIfExpected(head);
    return readExactly((int) length);
  }

  private void sendContinueIfExpected(Parsed head) throws IOException {
    String expect = head.header("expect");
    if (expect != null && expect.trim().equalsIgnoreCase("100-continue") && head.version().equals("HTTP/1.1")) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(MAX_LINE, false, 400);
      if (sizeLine == null) {
        throw new HttpProtocolException(400, "connection closed inside a chunked body");
      }
      int semi = sizeLine.indexOf(';');
      String hex = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new HttpProtocolException(400, "malformed chunk size");
      }
      if (size < 0) {
        throw new HttpProtocolException(400, "malformed chunk size");
      }
      if (size == 0) {
        // trailer section: ignore fields up to the empty line
        int trailerBytes = 0;
        while (true) {
          String trailer = readLine(MAX_HEADER_BYTES - trailerBytes, false, 431);
          if (trailer == null || trailer.isEmpty()) {
            return body.toByteArray();
          }
          trailerBytes += trailer.length() + 2;
        }
      }
      if ((long) body.size() + size > maxBodyBytes) {
        throw new HttpProtocolException(413, "request body larger than " + maxBodyBytes + " bytes");
      }
      body.write(readExactly(size));
      String crlf = readLine(2, false, 400);
      if (crlf == null || !crlf.isEmpty()) {
        throw new HttpProtocolException(400, "missing CRLF after chunk data");
      }
    }
  }

  private byte[] readExactly(int length) throws IOException {
    byte[] buf = new byte[length];
    int off = 0;
    while (off < length) {
      int n = in.read(buf, off, length - off);
      if (n < 0) {
        throw new HttpProtocolException(400, "connection closed before the whole body arrived");
      }
      off += n;
    }
    return buf;
  }

  /**
   * Reads a CRLF- (or LF-) terminated line as ISO-8859-1. Returns null on EOF before the first byte
   * when {@code eofAllowed}; a partial line at EOF, or EOF where a line is required, throws.
   */
  private String readLine(int max, boolean eofAllowed, int tooLongStatus) throws IOException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (sb.length() == 0 && eofAllowed) {
          return null;
        }
        throw new HttpProtocolException(400, "connection closed inside a line");
      }
      if (b == '\n') {
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
          sb.setLength(len - 1);
        }
        return sb.toString();
      }
      if (sb.length() >= max) {
        throw new HttpProtocolException(tooLongStatus, "request line, header section or chunk line too long");
      }
      sb.append((char) b);
    }
  }
}
