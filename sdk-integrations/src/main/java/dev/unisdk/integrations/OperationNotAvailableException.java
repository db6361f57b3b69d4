package dev.unisdk.integrations;

import dev.unisdk.core.errors.ErrorBody;
import dev.unisdk.core.errors.MethodNotAllowedException;
import java.util.List;
import java.util.Map;

/**
 * HTTP 405 from the Integrations API: the operation is not available for the integration (the
 * third-party system) behind the connection, e.g. retrieving an object type its provider does not
 * support. Retrying does not help. A {@link MethodNotAllowedException}, so code catching that one
 * catches this too.
 */
public final class OperationNotAvailableException extends MethodNotAllowedException {
  private static final long serialVersionUID = 1L;
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   * @param operation what was attempted, e.g. {@code "retrieving crm/contact records"}
   */
  public OperationNotAvailableException(
      Map<String, List<String>> headers, String body, String operation) {
    super(headers, body);
    this.operation = operation == null ? "the operation" : operation;
  }

  /**
   * Returns what was attempted.
   *
   * @return a short description of the operation, e.g. {@code "retrieving crm/contact records"}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns {@code "405: <operation> is not available for this integration[: <server message>]
   * [(request id <id>)]"}.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    StringBuilder sb = new StringBuilder("405: ")
        .append(operation)
        .append(" is not available for this integration");
    ErrorBody error = errorBody();
    if (error != null && error.message() != null) {
      sb.append(" (server said: ").append(error.message()).append(')');
    }
    if (requestId() != null) {
      sb.append(" (request id ").append(requestId()).append(')');
    }
    return sb.toString();
  }
}
