package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApideckValidationTest {
  private final FakeCalls calls = new FakeCalls(2);

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "/crm/companies     | {}                                              | name",
      "/crm/companies     | {\"name\":\"\"}                                 | name",
      "/crm/companies     | {\"name\":null}                                 | name",
      "/crm/contacts      | {\"first_name\":\"Ada\"}                        | name",
      "/crm/contacts      | {\"name\":\"A\",\"first_name\":5}               | first_name",
      "/crm/contacts      | {\"name\":\"A\",\"type\":\"friend\"}            | type",
      "/crm/contacts      | {\"name\":\"A\",\"gender\":\"x\"}               | gender",
      "/crm/contacts      | {\"name\":\"A\",\"id\":\"x\"}                   | id",
      "/crm/contacts      | {\"name\":\"A\",\"created_at\":\"2020-01-01T00:00:00Z\"} | created_at",
      "/crm/contacts      | {\"name\":\"A\",\"nickname\":\"x\"}             | nickname",
      "/crm/contacts      | {\"name\":\"A\",\"emails\":{}}                  | emails",
      "/crm/contacts      | {\"name\":\"A\",\"emails\":[{\"mail\":\"x\"}]}  | emails[0].mail",
      "/crm/contacts      | {\"name\":\"A\",\"birthday\":\"12/08/2000\"}    | birthday",
      "/crm/contacts      | {\"name\":\"A\",\"active\":\"yes\"}             | active",
      "/crm/contacts      | {\"name\":\"A\",\"tags\":[1]}                   | tags[0]",
      "/crm/leads         | {\"name\":\"A\"}                                | company_name",
      "/crm/leads         | {\"name\":\"A\",\"company_name\":\"B\",\"currency\":\"XYZ\"} | currency",
      "/crm/opportunities | {\"title\":\"A\"}                               | primary_contact_id",
      "/crm/opportunities | {\"title\":\"A\",\"primary_contact_id\":\"1\",\"monetary_amount\":\"5\"} | monetary_amount",
      "/crm/opportunities | {\"title\":\"A\",\"primary_contact_id\":\"1\",\"expected_revenue\":5} | expected_revenue",
      "/crm/pipelines     | {\"display_order\":1}                           | name",
      "/crm/users         | {\"username\":\"ada\"}                          | emails",
      "/crm/activities    | {\"title\":\"x\"}                               | type",
      "/crm/activities    | {\"type\":\"lunch\"}                            | type",
      "/crm/activities    | {\"type\":\"call\",\"duration_seconds\":-1}     | duration_seconds",
      "/crm/activities    | {\"type\":\"call\",\"duration_seconds\":1.5}    | duration_seconds",
      "/crm/activities    | {\"type\":\"call\",\"attendees\":[{\"id\":\"1\"}]} | attendees[0].id",
      "/crm/activities    | {\"type\":\"call\",\"start_datetime\":\"tomorrow\"} | start_datetime",
      "/sms/messages      | {\"to\":\"+1\",\"body\":\"x\"}                  | from",
      "/sms/messages      | {\"from\":\"+1\",\"to\":\"+2\",\"body\":\"x\",\"type\":\"fax\"} | type",
      "/sms/messages      | {\"from\":\"+1\",\"to\":\"+2\",\"body\":\"x\",\"status\":\"sent\"} | status",
  })
  void invalidCreateBodyIs422RequestValidationErrorNamingTheField(String path, String body, String field) {
    FakeCalls.Answer a = calls.post(path, body);

    assertThat(a.status()).isEqualTo(422);
    assertThat(a.typeName()).isEqualTo("RequestValidationError");
    assertThat(a.body().get("detail").asText()).contains("'" + field + "'");
  }

  @Test
  void smsBodyOf1600CharactersIsAcceptedAnd1601Rejected() {
    String ok = "{\"from\":\"+1\",\"to\":\"+2\",\"body\":\"" + "a".repeat(1600) + "\"}";
    String tooLong = "{\"from\":\"+1\",\"to\":\"+2\",\"body\":\"" + "a".repeat(1601) + "\"}";

    assertThat(calls.post("/sms/messages", ok).status()).isEqualTo(201);
    FakeCalls.Answer a = calls.post("/sms/messages", tooLong);
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().get("detail").asText()).contains("'body'").contains("1600");
  }

  @Test
  void malformedJsonIs400() {
    FakeCalls.Answer a = calls.post("/crm/contacts", "{\"name\":");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.typeName()).isEqualTo("RequestValidationError");
    assertThat(calls.post("/crm/contacts", "").status()).isEqualTo(400);
    assertThat(calls.patch("/crm/contacts/x", "nope").status()).isEqualTo(400);
  }

  @Test
  void nonObjectBodyIs422() {
    assertThat(calls.post("/crm/contacts", "[{\"name\":\"A\"}]").status()).isEqualTo(422);
  }

  @Test
  void patchMayOmitRequiredFieldsButNotNullANonNullableOne() {
    String id = calls.post("/crm/companies", "{\"name\":\"A\"}").data().get("id").asText();

    assertThat(calls.patch("/crm/companies/" + id, "{\"industry\":\"Retail\"}").status()).isEqualTo(200);
    FakeCalls.Answer a = calls.patch("/crm/companies/" + id, "{\"name\":null}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().get("detail").asText()).contains("'name'");
    FakeCalls.Answer ro = calls.patch("/crm/companies/" + id, "{\"updated_at\":\"2020-01-01T00:00:00Z\"}");
    assertThat(ro.status()).isEqualTo(422);
    assertThat(ro.body().get("detail").asText()).contains("'updated_at'");
  }

  @Test
  void validationFailureStoresNothing() {
    int before = calls.fake.records("consumer-a", "salesforce", "contacts").size();
    calls.post("/crm/contacts", "{\"name\":\"A\",\"bogus\":1}");
    assertThat(calls.fake.records("consumer-a", "salesforce", "contacts")).hasSize(before);
  }

  @Test
  void customFieldValueAcceptsEveryDocumentedType() {
    String body = "{\"name\":\"A\",\"custom_fields\":[{\"id\":\"1\",\"value\":\"s\"},{\"id\":\"2\",\"value\":1.5},"
        + "{\"id\":\"3\",\"value\":true},{\"id\":\"4\",\"value\":{\"a\":1}},{\"id\":\"5\",\"value\":[\"x\"]},"
        + "{\"id\":\"6\",\"value\":[{\"a\":1}]},{\"id\":\"7\",\"value\":null}]}";
    assertThat(calls.post("/crm/companies", body).status()).isEqualTo(201);
  }
}
