package dev.unisdk.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Apideck response envelope of a single-record operation: {@code status_code}, {@code status},
 * {@code service}, {@code resource}, {@code operation}, {@code data} and, when {@code raw=true} was
 * requested, {@code _raw}; plus the HTTP status, headers and {@code Request-Id} of the response.
 *
 * @param <T> the type of {@code data}
 */
public class ApideckResponse<T> {
  private final Integer statusCode;
  private final String status;
  private final String service;
  private final String resource;
  private final String operation;
  private final T data;
  private final JsonNode raw;
  private final int httpStatusCode;
  private final Map<String, List<String>> headers;
  private final String requestId;

  ApideckResponse(EnvelopeReader.Envelope<T> e) {
    this.statusCode = e.statusCode;
    this.status = e.status;
    this.service = e.service;
    this.resource = e.resource;
    this.operation = e.operation;
    this.data = e.data;
    this.raw = e.raw;
    this.httpStatusCode = e.httpStatusCode;
    this.headers = e.headers == null ? Collections.<String, List<String>>emptyMap() : e.headers;
    this.requestId = e.requestId;
  }

  /**
   * Returns {@code status_code} of the body, or the HTTP status when the body has none.
   *
   * @return the status code, e.g. 200 or 201
   */
  public int statusCode() {
    return statusCode != null ? statusCode : httpStatusCode;
  }

  /**
   * Returns the HTTP status line text of the body, e.g. {@code "OK"}.
   *
   * @return {@code status}, or null
   */
  public @Nullable String status() {
    return status;
  }

  /**
   * Returns the Apideck id of the connector that served the call, e.g. {@code "hubspot"}.
   *
   * @return {@code service}, or null
   */
  public @Nullable String service() {
    return service;
  }

  /**
   * Returns the unified resource name, e.g. {@code "contacts"}.
   *
   * @return {@code resource}, or null
   */
  public @Nullable String resource() {
    return resource;
  }

  /**
   * Returns the operation performed: {@code all}, {@code one}, {@code add}, {@code update} or {@code delete}.
   *
   * @return {@code operation}, or null
   */
  public @Nullable String operation() {
    return operation;
  }

  /**
   * Returns the payload.
   *
   * @return {@code data}; null only when the server sent none
   */
  public @Nullable T data() {
    return data;
  }

  /**
   * Returns the raw downstream request and response, present when {@code raw=true} was requested.
   *
   * @return {@code _raw}, or null
   */
  public @Nullable JsonNode raw() {
    return raw;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the HTTP status code
   */
  public int httpStatusCode() {
    return httpStatusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return an unmodifiable, case-insensitive map of header name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or null when absent
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns the request id Apideck assigned ({@code Request-Id}); quote it when contacting support.
   *
   * @return the request id, or null
   */
  public @Nullable String requestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{statusCode=" + statusCode() + ", service=" + service
        + ", resource=" + resource + ", operation=" + operation + ", requestId=" + requestId + "}";
  }
}
