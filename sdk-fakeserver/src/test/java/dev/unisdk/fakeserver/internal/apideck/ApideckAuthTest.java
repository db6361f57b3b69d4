package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApideckAuthTest {
  private final FakeCalls calls = new FakeCalls(1);

  private FakeCalls.Answer listWith(String header, String value) {
    Map<String, String> h = calls.defaultHeaders();
    if (value == null) {
      h.remove(header);
    } else {
      h.put(header, value);
    }
    return calls.call("GET", "/crm/contacts", null, h);
  }

  private static void assertUnauthorized(FakeCalls.Answer a, String detailPart) {
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.typeName()).isEqualTo("UnauthorizedError");
    assertThat(a.body().get("detail").asText()).contains(detailPart);
    assertThat(a.body().toString()).doesNotContain(FakeCalls.KEY);
    assertThat(a.headers()).containsKey("Request-Id");
  }

  @Test
  void missingAuthorizationIs401() {
    assertUnauthorized(listWith("Authorization", null), "Authorization");
  }

  @Test
  void wrongKeyIs401WithoutEchoingAnyKey() {
    assertUnauthorized(listWith("Authorization", "Bearer sk_test_other"), "Invalid API key");
  }

  @Test
  void nonBearerSchemeIs401() {
    assertUnauthorized(listWith("Authorization", "Basic " + FakeCalls.KEY), "Bearer");
  }

  @Test
  void missingAppIdIs401() {
    assertUnauthorized(listWith("x-apideck-app-id", null), "x-apideck-app-id");
  }

  @Test
  void wrongAppIdIs401() {
    assertUnauthorized(listWith("x-apideck-app-id", "other-app"), "Application ID");
  }

  @Test
  void missingConsumerIdIs401() {
    assertUnauthorized(listWith("x-apideck-consumer-id", null), "x-apideck-consumer-id");
  }

  @Test
  void authIsCheckedBeforeTheBodyOnWrites() {
    Map<String, String> h = calls.defaultHeaders();
    h.remove("Authorization");
    assertThat(calls.call("POST", "/crm/contacts", "not json", h).status()).isEqualTo(401);
  }

  @Test
  void bearerSchemeIsCaseInsensitive() {
    assertThat(listWith("Authorization", "bearer " + FakeCalls.KEY).status()).isEqualTo(200);
  }
}
