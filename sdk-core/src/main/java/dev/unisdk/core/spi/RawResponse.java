package dev.unisdk.core.spi;

import dev.unisdk.core.internal.HeaderMaps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A response as received: status, headers and the body read once. Given to {@link ResponseDecoder}s. */
public final class RawResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  /** Set while a body is decoded from its stream: the part read so far. */
  private final BodyStream stream;

  /**
   * Creates a raw response.
   *
   * @param statusCode the HTTP status
   * @param headers the headers (copied into a case-insensitive map)
   * @param body the body bytes (not copied; must not be modified afterwards)
   */
  public RawResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = HeaderMaps.copyOf(headers);
    this.body = body == null ? new byte[0] : body;
    this.stream = null;
  }

  RawResponse(int statusCode, okhttp3.Headers headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = HeaderMaps.of(headers);
    this.body = body == null ? new byte[0] : body;
    this.stream = null;
  }

  RawResponse(int statusCode, okhttp3.Headers headers, BodyStream stream) {
    this.statusCode = statusCode;
    this.headers = HeaderMaps.of(headers);
    this.body = null;
    this.stream = stream;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the headers.
   *
   * @return an unmodifiable case-insensitive map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or null
   */
  public String header(String name) {
    return HeaderMaps.first(headers, name);
  }

  /**
   * Returns the request id sent by the server.
   *
   * @return {@code Request-Id} or {@code X-Request-Id}, or null
   */
  public String requestId() {
    return HeaderMaps.requestId(headers);
  }

  /**
   * Returns the body bytes. The array is shared: do not modify it. While a
   * {@link StreamingResponseDecoder} reads the body, these are the bytes read so far (at most 64 KiB).
   *
   * @return the body (empty when there was none)
   */
  public byte[] bodyBytes() {
    return stream == null ? body : stream.captured();
  }

  /**
   * Returns the body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyString() {
    return new String(bodyBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", requestId=" + requestId() + ", body=" + (stream == null ? body.length : stream.count()) + "B}";
  }
}
