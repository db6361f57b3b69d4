package dev.unisdk.apideck;

/** Names of the HTTP headers of the Apideck Unify APIs (case-insensitive on the wire). */
public final class ApideckHeaders {
  /** The id of your Unify application; sent on every request. */
  public static final String APP_ID = "x-apideck-app-id";
  /** The consumer whose connection is used; sent on every request. */
  public static final String CONSUMER_ID = "x-apideck-consumer-id";
  /** The connector to call (e.g. {@code hubspot}); optional, needed when a consumer has several. */
  public static final String SERVICE_ID = "x-apideck-service-id";
  /** Asks for the raw downstream response; the SDK uses the {@code raw} query parameter instead. */
  public static final String RAW = "x-apideck-raw";
  /** The request id Apideck puts on every response. */
  public static final String REQUEST_ID = "Request-Id";
  /** Webhook requests: the HMAC-SHA256 signature of the body. */
  public static final String SIGNATURE = "x-apideck-signature";
  /** Webhook requests: the event type, e.g. {@code crm.contact.created}. */
  public static final String EVENT_TYPE = "x-apideck-event-type";
  /** Webhook requests: identifies redeliveries of the same event. */
  public static final String IDEMPOTENCY_KEY = "x-apideck-idempotency-key";

  private ApideckHeaders() {}
}
