package dev.unisdk.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

  @Test
  void prefersTypeNameThenTypeThenError() {
    assertThat(ErrorBody.parse("{\"type_name\":\"A\",\"type\":\"B\",\"error\":\"C\"}").type()).isEqualTo("A");
    assertThat(ErrorBody.parse("{\"type\":\"B\",\"error\":\"C\"}").type()).isEqualTo("B");
    assertThat(ErrorBody.parse("{\"error\":\"C\"}").type()).isEqualTo("C");
  }

  @Test
  void readsInfoAsTheMessageAndAStringDetail() {
    ErrorBody b = ErrorBody.parse("{\"status\":401,\"info\":\"bad key\",\"detail\":\"try again\"}");
    assertThat(b.message()).isEqualTo("bad key");
    assertThat(b.detail().asText()).isEqualTo("try again");
    assertThat(b.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void understandsANestedErrorObject() {
    ErrorBody b = ErrorBody.parse("{\"error\":{\"type\":\"invalid_request\",\"message\":\"nope\"},\"ref\":\"r\"}");
    assertThat(b.type()).isEqualTo("invalid_request");
    assertThat(b.message()).isEqualTo("nope");
    assertThat(b.ref()).isEqualTo("r");
  }

  @Test
  void returnsNullForBodiesThatAreNotJsonObjects() {
    assertThat(ErrorBody.parse(null)).isNull();
    assertThat(ErrorBody.parse("  ")).isNull();
    assertThat(ErrorBody.parse("<html/>")).isNull();
    assertThat(ErrorBody.parse("[1,2]")).isNull();
    assertThat(ErrorBody.parse("\"text\"")).isNull();
  }

  @Test
  void createPicksApiExceptionItselfForUndocumented4xxAndServerExceptionForAny5xx() {
    Map<String, List<String>> none = Collections.emptyMap();
    assertThat(ApiException.create(418, none, "")).isExactlyInstanceOf(ApiException.class);
    assertThat(ApiException.create(599, none, "")).isExactlyInstanceOf(ServerException.class);
    assertThat(ApiException.create(507, none, null).body()).isEmpty();
  }

  @Test
  void theMessageNeverContainsTheRawBody() {
    ApiException e = ApiException.create(400, Collections.emptyMap(), "{\"password\":\"pw_SECRET\"}");
    assertThat(e).hasMessage("400: request failed").hasMessageNotContaining("SECRET");
  }
}
