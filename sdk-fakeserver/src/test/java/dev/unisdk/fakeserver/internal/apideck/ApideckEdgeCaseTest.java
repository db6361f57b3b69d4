package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class ApideckEdgeCaseTest {
  private final FakeCalls calls = new FakeCalls(2);

  @Test
  void unknownSortParameterIs400() {
    FakeCalls.Answer a = calls.get("/crm/contacts?sort[order]=asc");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().get("detail").asText()).contains("sort[order]");
  }

  @Test
  void fieldsWithAnEmptyPathElementIs400() {
    FakeCalls.Answer a = calls.get("/crm/contacts?fields=addresses..city");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.typeName()).isEqualTo("RequestValidationError");
  }

  @Test
  void patchCannotChangeAPipelineId() {
    calls.post("/crm/pipelines", "{\"id\":\"p1\",\"name\":\"Sales\"}");

    assertThat(calls.patch("/crm/pipelines/p1", "{\"id\":\"p1\",\"name\":\"Renamed\"}").status()).isEqualTo(200);
    FakeCalls.Answer a = calls.patch("/crm/pipelines/p1", "{\"id\":\"p2\"}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().get("detail").asText()).contains("'id'");
  }

  @Test
  void rawHeaderWorksLikeTheQueryFlag() {
    var headers = calls.defaultHeaders();
    headers.put("x-apideck-raw", "true");
    assertThat(calls.call("GET", "/crm/users?limit=1", null, headers).body().has("_raw")).isTrue();
  }

  @Test
  void passThroughWithoutRawIsAcceptedAndIgnored() {
    assertThat(calls.get("/crm/companies?pass_through[search]=x").status()).isEqualTo(200);
  }

  @Test
  void updateStampsUpdatedAtAndUpdatedByButKeepsCreatedAt() {
    String id = calls.post("/crm/notes", "{\"title\":\"a\"}").data().get("id").asText();
    var before = calls.get("/crm/notes/" + id).data();

    calls.patch("/crm/notes/" + id, "{\"content\":\"b\"}");

    var after = calls.get("/crm/notes/" + id).data();
    assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
    assertThat(after.get("updated_by").asText()).isNotBlank();
    assertThat(after.get("content").asText()).isEqualTo("b");
  }

  @Test
  void settingsRejectBadValuesAndHideTheKey() {
    assertThatThrownBy(() -> new ApideckSettings(" ", "a", 1, 1, Clock.systemUTC(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApideckSettings("k", "a", 1, -1, Clock.systemUTC(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApideckSettings("k", "a", 1, 1, Clock.systemUTC(), "http://192.0.2.1/hook"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ApideckSettings.defaults().toString()).doesNotContain(ApideckSettings.defaults().apiKey());
  }

  @Test
  void adminSeedRejectsNegativeCounts() {
    assertThatThrownBy(() -> calls.fake.seed("c", "s", "contacts", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyListWhenNothingIsSeeded() {
    FakeCalls empty = new FakeCalls(0);
    FakeCalls.Answer a = empty.get("/crm/opportunities");
    assertThat(a.data()).isEmpty();
    assertThat(a.body().get("meta").get("items_on_page").asInt()).isZero();
    assertThat(a.body().get("meta").get("cursors").get("next").isNull()).isTrue();
  }
}
