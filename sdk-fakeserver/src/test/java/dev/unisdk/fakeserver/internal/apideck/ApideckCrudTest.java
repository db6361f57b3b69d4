package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApideckCrudTest {
  private final FakeCalls calls = new FakeCalls(5);

  static Stream<Arguments> minimalBodies() {
    return Stream.of(
        Arguments.of("/crm/companies", "{\"name\":\"SpaceX\"}", "name", "\"Tesla\""),
        Arguments.of("/crm/contacts", "{\"name\":\"Elon Musk\"}", "title", "\"CEO\""),
        Arguments.of("/crm/leads", "{\"name\":\"Elon\",\"company_name\":\"SpaceX\"}", "status", "\"Qualified\""),
        Arguments.of("/crm/opportunities", "{\"title\":\"New Rocket\",\"primary_contact_id\":\"c-1\"}",
            "monetary_amount", "75000"),
        Arguments.of("/crm/pipelines", "{\"name\":\"Sales\"}", "archived", "true"),
        Arguments.of("/crm/notes", "{\"title\":\"Call\",\"content\":\"Office hours\"}", "active", "false"),
        Arguments.of("/crm/users", "{\"emails\":[{\"email\":\"a@b.example\",\"type\":\"primary\"}]}", "username", "\"ada\""),
        Arguments.of("/crm/activities", "{\"type\":\"meeting\"}", "duration_seconds", "1800"),
        Arguments.of("/sms/messages", "{\"from\":\"+15017122661\",\"to\":\"+15017122662\",\"body\":\"Hi!\"}",
            "reference", "\"CUST9\""));
  }

  @ParameterizedTest
  @MethodSource("minimalBodies")
  void createGetUpdateDeleteRoundTripsEveryResource(String path, String body, String field, String value) {
    FakeCalls.Answer created = calls.post(path, body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("operation").asText()).isEqualTo("add");
    assertThat(created.body().get("status_code").asInt()).isEqualTo(201);
    assertThat(created.headers()).containsKey("Request-Id");
    String id = created.data().get("id").asText();
    assertThat(id).isNotBlank();

    FakeCalls.Answer got = calls.get(path + "/" + id);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body().get("operation").asText()).isEqualTo("one");
    assertThat(got.data().get("id").asText()).isEqualTo(id);
    assertThat(got.data().get("created_at").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    assertThat(got.data().get("updated_at").asText()).isEqualTo("2026-01-02T03:04:05.678Z");

    FakeCalls.Answer updated = calls.patch(path + "/" + id, "{\"" + field + "\":" + value + "}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body().get("operation").asText()).isEqualTo("update");
    assertThat(updated.data().get("id").asText()).isEqualTo(id);
    assertThat(calls.get(path + "/" + id).data().get(field).toString()).isEqualTo(value);

    FakeCalls.Answer deleted = calls.delete(path + "/" + id);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body().get("operation").asText()).isEqualTo("delete");
    assertThat(deleted.data().get("id").asText()).isEqualTo(id);
    assertThat(calls.get(path + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void createdContactKeepsEverySentFieldAndAddsReadOnlyOnes() {
    String body = "{\"name\":\"Ada Lovelace\",\"first_name\":\"Ada\",\"type\":\"customer\",\"gender\":\"female\","
        + "\"birthday\":\"1815-12-10\",\"current_balance\":10.5,\"active\":true,"
        + "\"emails\":[{\"email\":\"ada@example.com\",\"type\":\"primary\"}],"
        + "\"phone_numbers\":[{\"number\":\"111-111-1111\",\"type\":\"mobile\"}],"
        + "\"addresses\":[{\"city\":\"London\",\"country\":\"GB\"}],"
        + "\"custom_fields\":[{\"id\":\"cf\",\"value\":[{\"a\":1}]}],\"tags\":[\"VIP\"]}";
    String id = calls.post("/crm/contacts", body).data().get("id").asText();

    JsonNode c = calls.get("/crm/contacts/" + id).data();

    assertThat(c.get("first_name").asText()).isEqualTo("Ada");
    assertThat(c.get("current_balance").decimalValue()).isEqualByComparingTo("10.5");
    assertThat(c.get("emails").get(0).get("email").asText()).isEqualTo("ada@example.com");
    assertThat(c.get("custom_fields").get(0).get("value").get(0).get("a").asInt()).isEqualTo(1);
    assertThat(c.has("first_call_at")).isTrue();
    assertThat(c.get("custom_mappings").isObject()).isTrue();
    assertThat(c.fieldNames().next()).isEqualTo("id");
  }

  @Test
  void patchChangesOnlyTheFieldsSentAndNullClears() {
    String id = calls.post("/crm/companies", "{\"name\":\"SpaceX\",\"industry\":\"Aerospace\",\"status\":\"Open\"}")
        .data().get("id").asText();

    assertThat(calls.patch("/crm/companies/" + id, "{\"status\":null}").status()).isEqualTo(200);

    JsonNode c = calls.get("/crm/companies/" + id).data();
    assertThat(c.get("name").asText()).isEqualTo("SpaceX");
    assertThat(c.get("industry").asText()).isEqualTo("Aerospace");
    assertThat(c.get("status").isNull()).isTrue();
    calls.patch("/crm/companies/" + id, "{\"description\":\"Rockets\"}");
    java.util.List<String> names = new java.util.ArrayList<>();
    calls.get("/crm/companies/" + id).data().fieldNames().forEachRemaining(names::add);
    assertThat(names.indexOf("description")).isLessThan(names.indexOf("created_at")).isGreaterThan(names.indexOf("name"));
  }

  @Test
  void unknownIdAnswers404EntityNotFoundOnGetUpdateAndDelete() {
    for (FakeCalls.Answer a : new FakeCalls.Answer[] {
        calls.get("/crm/contacts/nope"), calls.patch("/crm/contacts/nope", "{\"title\":\"x\"}"),
        calls.delete("/crm/contacts/nope"), calls.get("/sms/messages/nope")}) {
      assertThat(a.status()).isEqualTo(404);
      assertThat(a.typeName()).isEqualTo("EntityNotFoundError");
      assertThat(a.body().get("detail").asText()).contains("nope");
    }
  }

  @Test
  void errorBodyHasExactlyTheDocumentedShape() {
    JsonNode body = calls.get("/crm/contacts/missing").body();

    assertThat(body.fieldNames()).toIterable()
        .containsExactly("status_code", "error", "type_name", "message", "detail", "ref");
    assertThat(body.get("status_code").asInt()).isEqualTo(404);
    assertThat(body.get("error").asText()).isEqualTo("Not Found");
    assertThat(body.get("ref").asText()).isEqualTo("https://developers.apideck.com/errors#entitynotfounderror");
  }

  @Test
  void envelopeNamesServiceResourceAndOperation() {
    FakeCalls.Answer a = calls.post("/crm/contacts", "{\"name\":\"X\"}");

    assertThat(a.body().get("service").asText()).isEqualTo("salesforce");
    assertThat(a.body().get("resource").asText()).isEqualTo("contacts");
    assertThat(a.body().get("status").asText()).isEqualTo("Created");
    assertThat(calls.post("/sms/messages", "{\"from\":\"a\",\"to\":\"b\",\"body\":\"c\"}").body().get("service").asText())
        .isEqualTo("twilio");
    calls.service = "hubspot";
    assertThat(calls.get("/crm/contacts").body().get("service").asText()).isEqualTo("hubspot");
  }

  @Test
  void registersAll45OperationsWithStableNames() {
    assertThat(calls.operation("GET", "/crm/contacts")).isEqualTo("crm.contacts.list");
    assertThat(calls.operation("POST", "/crm/activities")).isEqualTo("crm.activities.add");
    assertThat(calls.operation("GET", "/crm/users/x")).isEqualTo("crm.users.get");
    assertThat(calls.operation("PATCH", "/sms/messages/x")).isEqualTo("sms.messages.update");
    assertThat(calls.operation("DELETE", "/crm/pipelines/x")).isEqualTo("crm.pipelines.delete");
    int count = 0;
    for (String r : new String[] {"crm/companies", "crm/contacts", "crm/leads", "crm/opportunities", "crm/pipelines",
        "crm/notes", "crm/users", "crm/activities", "sms/messages"}) {
      for (String m : new String[] {"GET", "POST"}) {
        count += calls.router.match(m, java.util.Arrays.asList(r.split("/"))) != null ? 1 : 0;
      }
      for (String m : new String[] {"GET", "PATCH", "DELETE"}) {
        count += calls.router.match(m, java.util.Arrays.asList((r + "/id1").split("/"))) != null ? 1 : 0;
      }
    }
    assertThat(count).isEqualTo(45);
  }

  @Test
  void derivedReadOnlyFieldsFollowTheWrittenOnes() {
    String opp = calls.post("/crm/opportunities",
        "{\"title\":\"Deal\",\"primary_contact_id\":null,\"monetary_amount\":75000,\"win_probability\":40}")
        .data().get("id").asText();
    assertThat(calls.get("/crm/opportunities/" + opp).data().get("expected_revenue").decimalValue())
        .isEqualByComparingTo("30000");

    String sms = calls.post("/sms/messages", "{\"from\":\"+1\",\"to\":\"+2\",\"body\":\"" + "x".repeat(161) + "\"}")
        .data().get("id").asText();
    JsonNode m = calls.get("/sms/messages/" + sms).data();
    assertThat(m.get("number_of_units").asInt()).isEqualTo(2);
    assertThat(m.get("status").asText()).isEqualTo("sent");
    assertThat(m.get("direction").asText()).isEqualTo("outbound-api");
  }

  @Test
  void pipelineCreateMayChooseItsIdButNotTwice() {
    assertThat(calls.post("/crm/pipelines", "{\"id\":\"default\",\"name\":\"Sales\"}").data().get("id").asText())
        .isEqualTo("default");
    FakeCalls.Answer again = calls.post("/crm/pipelines", "{\"id\":\"default\",\"name\":\"Other\"}");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body().get("detail").asText()).contains("id");
  }

  @Test
  void userPasswordIsAcceptedButNeverReturned() {
    String id = calls.post("/crm/users", "{\"password\":\"secret\",\"emails\":[{\"email\":\"a@b.c\"}]}")
        .data().get("id").asText();
    assertThat(calls.get("/crm/users/" + id).data().has("password")).isFalse();
  }
}
