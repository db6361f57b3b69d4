package dev.unisdk.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys and metric names {@link UnisdkTelemetry} records: the OpenTelemetry HTTP client
 * semantic convention keys it uses, and the few {@code unisdk.*} keys the conventions have no name for.
 * Handy for dashboards, queries and tests.
 */
public final class TelemetryAttributes {
  /** HTTP method, e.g. {@code GET} (semantic conventions). */
  public static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  /** Host of the server called (semantic conventions). */
  public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  /** Port of the server called (semantic conventions). */
  public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  /** Path template with ids as placeholders, e.g. {@code /crm/contacts/{id}} (semantic conventions). */
  public static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  /** HTTP status of the response (semantic conventions). */
  public static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  /**
   * Why the attempt or operation failed: the status code as a string for HTTP 4xx/5xx, else the fully
   * qualified exception class name (semantic conventions).
   */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  /** How many times the request was sent before this attempt; on retried attempts only (semantic conventions). */
  public static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  /** Size of the response body in bytes, when known (semantic conventions). */
  public static final AttributeKey<Long> HTTP_RESPONSE_BODY_SIZE = AttributeKey.longKey("http.response.body.size");

  /** The SDK operation, e.g. {@code crm.contacts.list}; on spans and on both histograms. */
  public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("unisdk.operation");
  /** The provider's request id of the (last) response. */
  public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("unisdk.request_id");
  /** How many HTTP attempts an operation sent; on the operation span. */
  public static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("unisdk.attempts");
  /** Why a retry was scheduled, e.g. {@code status 503}; on the {@link #RETRY_EVENT} event. */
  public static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("unisdk.retry.reason");
  /** The delay before the retry, in milliseconds; on the {@link #RETRY_EVENT} event. */
  public static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("unisdk.retry.delay_ms");
  /** The number of the attempt the retry will send (2 for the first retry); on the {@link #RETRY_EVENT} event. */
  public static final AttributeKey<Long> RETRY_ATTEMPT = AttributeKey.longKey("unisdk.retry.attempt");
  /** 1 for the first page a paginator fetched; on the {@link #PAGE_EVENT} event. */
  public static final AttributeKey<Long> PAGE_NUMBER = AttributeKey.longKey("unisdk.page.number");
  /** Items on a fetched page; on the {@link #PAGE_EVENT} event. */
  public static final AttributeKey<Long> PAGE_ITEMS = AttributeKey.longKey("unisdk.page.items");
  /** Whether another page follows; on the {@link #PAGE_EVENT} event. */
  public static final AttributeKey<Boolean> PAGE_HAS_NEXT = AttributeKey.booleanKey("unisdk.page.has_next");

  /** Name of the event added to the operation span for each scheduled retry. */
  public static final String RETRY_EVENT = "unisdk.retry";
  /** Name of the event added to the caller's current span for each page a paginator fetched. */
  public static final String PAGE_EVENT = "unisdk.page";

  /** Histogram of each HTTP attempt's duration in seconds (semantic conventions). */
  public static final String REQUEST_DURATION_METRIC = "http.client.request.duration";
  /** Histogram of each operation's duration in seconds, retries and their delays included. */
  public static final String OPERATION_DURATION_METRIC = "unisdk.client.operation.duration";

  /** The instrumentation scope name of the tracer and the meter. */
  public static final String INSTRUMENTATION_NAME = "dev.unisdk";

  private TelemetryAttributes() {}
}
