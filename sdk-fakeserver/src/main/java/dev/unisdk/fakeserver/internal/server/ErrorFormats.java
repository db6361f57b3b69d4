package dev.unisdk.fakeserver.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.ErrorFormat;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.ReasonPhrases;
import java.util.Locale;

/** Error formats for paths no API owns and for the Apideck API's unrouted requests. */
public final class ErrorFormats {
  private ErrorFormats() {}

  /** {@code {"status":404,"error":"Not Found","message":"..."}} for paths no API owns. */
  public static final ErrorFormat GENERIC = (status, message) -> {
    ObjectNode body = FakeJson.object();
    body.put("status", status);
    body.put("error", ReasonPhrases.of(status));
    body.put("message", message);
    return FakeResponse.json(status, body);
  };

  /**
   * Apideck's documented error body:
   * {@code {"status_code":404,"error":"Not Found","type_name":"EntityNotFoundError","message":"...",
   * "detail":"...","ref":"https://developers.apideck.com/errors#entitynotfounderror"}}.
   */
  public static final ErrorFormat APIDECK = (status, message) -> {
    String type = apideckType(status);
    ObjectNode body = FakeJson.object();
    body.put("status_code", status);
    body.put("error", ReasonPhrases.of(status));
    body.put("type_name", type);
    body.put("message", message);
    body.put("detail", message);
    body.put("ref", "https://developers.apideck.com/errors#" + type.toLowerCase(Locale.ROOT));
    return FakeResponse.json(status, body);
  };

  /** The Apideck error type for a status, from the types the document lists. */
  static String apideckType(int status) {
    return switch (status) {
      case 401 -> "UnauthorizedError";
      case 402 -> "RequestLimitError";
      case 404 -> "EntityNotFoundError";
      case 405, 501 -> "ConnectorOperationUnsupportedError";
      case 429 -> "ConnectorRateLimitError";
      default -> status >= 500 ? "ConnectorExecutionError" : "RequestValidationError";
    };
  }
}
