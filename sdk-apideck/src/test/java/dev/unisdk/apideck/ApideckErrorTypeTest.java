package dev.unisdk.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.BadRequestException;
import dev.unisdk.core.errors.RateLimitException;
import java.util.Collections;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ApideckErrorTypeTest {
  private static final String[] DOCUMENTED = {
    "RequestValidationError", "UnsupportedFiltersError", "UnsupportedSortFieldError", "InvalidCursorError",
    "ConnectorExecutionError", "UnauthorizedError", "ConnectorCredentialsError", "ConnectorDisabledError",
    "ConnectorRateLimitError", "RequestLimitError", "EntityNotFoundError", "OAuthCredentialsNotFoundError",
    "IntegrationNotFoundError", "ConnectionNotFoundError", "ConnectionSettingsError", "ConnectorNotFoundError",
    "OAuthRedirectUriError", "OAuthInvalidStateError", "OAuthCodeExchangeError", "OAuthConnectorError",
    "MappingError", "ConnectorMappingNotFoundError", "ConnectorResponseMappingNotFoundError",
    "ConnectorOperationMappingNotFoundError", "ConnectorWorkflowMappingError",
    "ConnectorOperationUnsupportedError", "PaginationNotSupportedError"
  };

  @Test
  void everyDocumentedTypeIsAKnownConstant() {
    for (String name : DOCUMENTED) {
      ApideckErrorType t = ApideckErrorType.of(name);
      assertThat(t.isKnown()).as(name).isTrue();
      assertThat(t.value()).isEqualTo(name);
      assertThat(ApideckErrorType.values()).contains(t);
    }
    assertThat(ApideckErrorType.of("InvalidCursorError")).isSameAs(ApideckErrorType.INVALID_CURSOR_ERROR);
    assertThat(ApideckErrorType.OAUTH_CODE_EXCHANGE_ERROR.value()).isEqualTo("OAuthCodeExchangeError");
  }

  @Test
  void anUnknownTypeIsKeptAsSent() {
    ApideckErrorType t = ApideckErrorType.of("BrandNewError");
    assertThat(t.isKnown()).isFalse();
    assertThat(t.toString()).isEqualTo("BrandNewError");
    assertThat(t).isEqualTo(ApideckErrorType.of("BrandNewError"));
    assertThat(ApideckErrorType.of(null)).isNull();
  }

  @Test
  void errorViewReadsEveryMemberOfTheBody() {
    ApiException e = ApiException.create(400, Collections.singletonMap("Request-Id",
        Collections.singletonList("r-1")), "{\"status_code\":400,\"error\":\"Bad Request\","
        + "\"type_name\":\"UnsupportedFiltersError\",\"message\":\"Unsupported filters\","
        + "\"detail\":{\"filter\":[\"email\"]},\"ref\":\"https://developers.apideck.com/errors#x\"}");
    assertThat(e).isInstanceOf(BadRequestException.class);
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).isEqualTo(ApideckErrorType.UNSUPPORTED_FILTERS_ERROR);
    assertThat(error.error()).isEqualTo("Bad Request");
    assertThat(error.message()).isEqualTo("Unsupported filters");
    assertThat(error.detail().get("filter").get(0).asText()).isEqualTo("email");
    assertThat(error.detailText()).isEqualTo("{\"filter\":[\"email\"]}");
    assertThat(error.ref()).isEqualTo("https://developers.apideck.com/errors#x");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.requestId()).isEqualTo("r-1");
    assertThat(ApideckError.find(new CompletionException(e)).exception()).isSameAs(e);
    assertThat(ApideckError.find(new RuntimeException("no api exception"))).isNull();
  }

  @Test
  void typeIsOnlyTheTypeNameNeverTheHttpReasonInError() {
    ApiException e = ApiException.create(502, Collections.emptyMap(),
        "{\"status_code\":502,\"error\":\"Bad Gateway\",\"message\":\"upstream down\"}");
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).as("the body has no type_name").isNull();
    assertThat(error.error()).isEqualTo("Bad Gateway");
    assertThat(error.message()).isEqualTo("upstream down");
  }

  @Test
  void aBodyThatIsNotAnApideckErrorGivesEmptyMembers() {
    ApiException e = ApiException.create(429, Collections.emptyMap(), "<html>slow down</html>");
    assertThat(e).isInstanceOf(RateLimitException.class);
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).isNull();
    assertThat(error.message()).isNull();
    assertThat(error.detail()).isNull();
    assertThat(error.statusCode()).isEqualTo(429);
  }
}
