package dev.unisdk.apideck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Apideck error type ({@code type_name} of an error body), an open enum: the documented types
 * are constants, and an unknown type a connector or a newer API version sends is kept as is.
 *
 * <pre>{@code
 * ApideckErrorType t = ApideckError.of(e).type();
 * if (ApideckErrorType.CONNECTOR_RATE_LIMIT_ERROR.equals(t)) { ... }
 * }</pre>
 */
public final class ApideckErrorType {
  private static final Map<String, ApideckErrorType> KNOWN = new LinkedHashMap<>();

  /** The request is not valid for the endpoint; {@code detail} says why. */
  public static final ApideckErrorType REQUEST_VALIDATION_ERROR = known("RequestValidationError");

  /** The filters are valid but the connector does not support them. */
  public static final ApideckErrorType UNSUPPORTED_FILTERS_ERROR = known("UnsupportedFiltersError");

  /** The sort field is valid but the connector does not support it. */
  public static final ApideckErrorType UNSUPPORTED_SORT_FIELD_ERROR = known("UnsupportedSortFieldError");

  /** The pagination cursor is not valid for this connector. */
  public static final ApideckErrorType INVALID_CURSOR_ERROR = known("InvalidCursorError");

  /** The downstream connector returned an unexpected error; {@code detail} holds its response. */
  public static final ApideckErrorType CONNECTOR_EXECUTION_ERROR = known("ConnectorExecutionError");

  /** The request could not be authorized (API key or headers). */
  public static final ApideckErrorType UNAUTHORIZED_ERROR = known("UnauthorizedError");

  /** The connector has not been authorized for this consumer. */
  public static final ApideckErrorType CONNECTOR_CREDENTIALS_ERROR = known("ConnectorCredentialsError");

  /** The connector has been disabled. */
  public static final ApideckErrorType CONNECTOR_DISABLED_ERROR = known("ConnectorDisabledError");

  /** The connector's rate limit was hit; try again later. */
  public static final ApideckErrorType CONNECTOR_RATE_LIMIT_ERROR = known("ConnectorRateLimitError");

  /** The requests included in the subscription are used up. */
  public static final ApideckErrorType REQUEST_LIMIT_ERROR = known("RequestLimitError");

  /** The resource or route does not exist. */
  public static final ApideckErrorType ENTITY_NOT_FOUND_ERROR = known("EntityNotFoundError");

  /** The OAuth integration lacks its client id or secret. */
  public static final ApideckErrorType OAUTH_CREDENTIALS_NOT_FOUND_ERROR = known("OAuthCredentialsNotFoundError");

  /** The connector integration is not configured for this application. */
  public static final ApideckErrorType INTEGRATION_NOT_FOUND_ERROR = known("IntegrationNotFoundError");

  /** No valid connection exists for this consumer and connector. */
  public static final ApideckErrorType CONNECTION_NOT_FOUND_ERROR = known("ConnectionNotFoundError");

  /** The connection lacks settings the connector requires. */
  public static final ApideckErrorType CONNECTION_SETTINGS_ERROR = known("ConnectionSettingsError");

  /** The service id names an unknown connector. */
  public static final ApideckErrorType CONNECTOR_NOT_FOUND_ERROR = known("ConnectorNotFoundError");

  /** The authorization flow lacks a valid redirect URI. */
  public static final ApideckErrorType OAUTH_REDIRECT_URI_ERROR = known("OAuthRedirectUriError");

  /** The OAuth state parameter is missing or was altered. */
  public static final ApideckErrorType OAUTH_INVALID_STATE_ERROR = known("OAuthInvalidStateError");

  /** Exchanging the OAuth authorization code failed. */
  public static final ApideckErrorType OAUTH_CODE_EXCHANGE_ERROR = known("OAuthCodeExchangeError");

  /** Something went wrong on the connector side of the OAuth flow. */
  public static final ApideckErrorType OAUTH_CONNECTOR_ERROR = known("OAuthConnectorError");

  /** Retrieving the mapping of an attribute failed. */
  public static final ApideckErrorType MAPPING_ERROR = known("MappingError");

  /** The connector's implementation is incomplete. */
  public static final ApideckErrorType CONNECTOR_MAPPING_NOT_FOUND_ERROR = known("ConnectorMappingNotFoundError");

  /** The connector's response mapping is missing. */
  public static final ApideckErrorType CONNECTOR_RESPONSE_MAPPING_NOT_FOUND_ERROR = known("ConnectorResponseMappingNotFoundError");

  /** The connector does not map the requested operation. */
  public static final ApideckErrorType CONNECTOR_OPERATION_MAPPING_NOT_FOUND_ERROR = known("ConnectorOperationMappingNotFoundError");

  /** The composite calls of this operation are not fully mapped. */
  public static final ApideckErrorType CONNECTOR_WORKFLOW_MAPPING_ERROR = known("ConnectorWorkflowMappingError");

  /** The connector does not support this operation. */
  public static final ApideckErrorType CONNECTOR_OPERATION_UNSUPPORTED_ERROR = known("ConnectorOperationUnsupportedError");

  /** The connector does not support pagination; drop limit and cursor. */
  public static final ApideckErrorType PAGINATION_NOT_SUPPORTED_ERROR = known("PaginationNotSupportedError");

  /** The subscription needs payment details (sent with 402; not in the documents' list). */
  public static final ApideckErrorType PAYMENT_REQUIRED_ERROR = known("PaymentRequiredError");

  private final String value;
  private final boolean known;

  private ApideckErrorType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static ApideckErrorType known(String value) {
    ApideckErrorType t = new ApideckErrorType(value, true);
    KNOWN.put(value, t);
    return t;
  }

  /**
   * Returns the type for a {@code type_name}: the constant when documented, else a new unknown type.
   *
   * @param value the type name, e.g. {@code "InvalidCursorError"}
   * @return the type, or null when {@code value} is null
   */
  public static @Nullable ApideckErrorType of(String value) {
    if (value == null) {
      return null;
    }
    ApideckErrorType known = KNOWN.get(value);
    return known != null ? known : new ApideckErrorType(value, false);
  }

  /**
   * Returns every documented type, in the order of the documents.
   *
   * @return an unmodifiable list
   */
  public static List<ApideckErrorType> values() {
    return Collections.unmodifiableList(new ArrayList<>(KNOWN.values()));
  }

  /**
   * Returns the type name as sent by the server.
   *
   * @return the name, e.g. {@code "EntityNotFoundError"}
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this is one of the documented types.
   *
   * @return true for a constant of this class
   */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApideckErrorType && value.equals(((ApideckErrorType) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
