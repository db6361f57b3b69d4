package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.ContactType;
import dev.unisdk.crm.model.CustomField;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.it.support.StubServer;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Responses the fake server never sends, from a loopback stub: unknown fields, unknown enum values,
 * nulls where values were documented, a wrong type in one record. They decode as the models promise
 * (unknown fields kept, open enums keep the raw value, absent lists empty, lenient scalars), and what
 * cannot be decoded fails the call with an {@link InvalidResponseException} naming the field — nothing
 * is dropped silently.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResponseDecodingTest {
  private StubServer stub;
  private CrmClient crm;

  @BeforeEach
  void setUp() throws Exception {
    stub = new StubServer();
    crm = CrmClient.builder().apiKey("k").appId("a").consumerId("c").options(options(stub.baseUrl())).build();
  }

  @AfterEach
  void tearDown() {
    crm.close();
    stub.close();
  }

  private static ClientOptions options(String url) {
    return ClientOptions.builder().baseUrl(url).retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofSeconds(5)).build();
  }

  private static String envelope(String data) {
    return "{\"status_code\":200,\"status\":\"OK\",\"service\":\"salesforce\",\"resource\":\"contacts\","
        + "\"operation\":\"all\",\"x_new_envelope_field\":{\"a\":1},\"data\":" + data + ","
        + "\"meta\":{\"items_on_page\":3,\"cursors\":{\"previous\":null,\"current\":null,\"next\":null}},"
        + "\"links\":{\"previous\":null,\"current\":\"https://unify.apideck.com/crm/contacts\",\"next\":null}}";
  }

  @Test
  void unknownFieldsUnknownEnumValuesAndNullsDecodeWithoutLoss() {
    stub.enqueue(200, envelope("["
        + "{\"id\":\"c1\",\"name\":\"Ada\",\"x_vendor_score\":7,\"x_tags\":[\"a\",\"b\"],"
        + "\"emails\":[{\"email\":\"ada@example.com\",\"type\":\"primary\",\"x_verified\":true}]},"
        + "{\"id\":\"c2\",\"name\":\"Bob\",\"type\":\"martian\",\"emails\":[{\"email\":\"b@example.com\","
        + "\"type\":\"carrier-pigeon\"}]},"
        + "{\"id\":\"c3\",\"name\":null,\"type\":null,\"emails\":null,\"phone_numbers\":null,\"addresses\":null,"
        + "\"custom_fields\":null,\"tags\":null,\"first_name\":null}]"));

    ApideckListResponse<Contact> page = crm.contacts().withRawResponse().list(null).value();

    assertThat(page.data()).extracting(Contact::id).containsExactly("c1", "c2", "c3");
    Contact ada = page.data().get(0);
    assertThat(ada.additionalProperties()).containsKeys("x_vendor_score", "x_tags");
    assertThat(ada.additionalProperties().get("x_vendor_score").asInt()).isEqualTo(7);
    assertThat(ada.emails().get(0).additionalProperties().get("x_verified").asBoolean()).isTrue();
    // an unknown field survives a round trip back to the server
    assertThat(ada.toBuilder().build().additionalProperties()).isEqualTo(ada.additionalProperties());

    Contact bob = page.data().get(1);
    assertThat(bob.type().value()).isEqualTo("martian");
    assertThat(bob.type().isKnown()).isFalse();
    assertThat(bob.type()).isEqualTo(ContactType.of("martian"));
    assertThat(bob.emails().get(0).type().value()).isEqualTo("carrier-pigeon");

    Contact nulls = page.data().get(2);
    assertThat(nulls.nameField().isNull()).isTrue();
    assertThat(nulls.name()).isNull();
    assertThat(nulls.emails()).isNotNull().isEmpty();
    assertThat(nulls.phoneNumbers()).isNotNull().isEmpty();
    assertThat(nulls.customFields()).isNotNull().isEmpty();
    assertThat(nulls.firstNameField().isNull()).isTrue();
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void polymorphicCustomFieldValuesAreKept() {
    stub.enqueue(200, envelope("[{\"id\":\"c1\",\"custom_fields\":["
        + "{\"id\":\"1\",\"value\":\"text\"},{\"id\":\"2\",\"value\":42.5},{\"id\":\"3\",\"value\":true},"
        + "{\"id\":\"4\",\"value\":[\"x\",1]},{\"id\":\"5\",\"value\":{\"nested\":{\"deep\":[1,2]}}},"
        + "{\"id\":\"6\",\"value\":null}]}]"));

    List<CustomField> fields = crm.contacts().withRawResponse().list(null).value().data().get(0).customFields();

    assertThat(fields).hasSize(6);
    assertThat(fields.get(4).value().toString()).contains("deep");
    assertThat(fields.get(1).value().toString()).contains("42.5");
    assertThat(fields.get(3).value().toString()).contains("x");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "\"first_name\":42|42",
      "\"first_name\":true|true",
      "\"first_name\":-0.5|-0.5"})
  void scalarOfAnotherTypeDecodesLeniently(String member, String expected) {
    stub.enqueue(200, envelope("[{\"id\":\"c1\"},{\"id\":\"c2\"," + member + "},{\"id\":\"c3\"}]"));

    List<Contact> contacts = crm.contacts().withRawResponse().list(null).value().data();

    assertThat(contacts).extracting(Contact::id).containsExactly("c1", "c2", "c3");
    assertThat(contacts.get(1).firstName()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"first_name\":{\"given\":\"Ada\"}|first_name",
      "\"emails\":\"ada@example.com\"|emails",
      "\"emails\":[{\"email\":[1,2]}]|emails",
      "\"created_at\":\"yesterday\"|created_at",
      "\"phone_numbers\":[{\"number\":{\"n\":1}}]|phone_numbers"})
  void valueThatCannotBeDecodedFailsTheCallNamingTheField(String member, String field) {
    String body = envelope("[{\"id\":\"c1\"},{\"id\":\"c2\"," + member + "},{\"id\":\"c3\"}]");
    stub.enqueue(200, body);

    Throwable t = catchThrowable(() -> crm.contacts().withRawResponse().list(null).value());

    assertThat(t).isInstanceOf(InvalidResponseException.class);
    InvalidResponseException e = (InvalidResponseException) t;
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.field()).as("field path").contains(field).contains("[1]");
    assertThat(e.getMessage()).contains(field).contains(StubServer.requestId(1));
  }

  @Test
  void singleObjectWhereAListIsDocumentedBecomesAOneElementList() {
    stub.enqueue(200, envelope("[{\"id\":\"c1\",\"phone_numbers\":{\"number\":\"+3212345\",\"type\":\"mobile\"}}]"));

    Contact c = crm.contacts().withRawResponse().list(null).value().data().get(0);

    assertThat(c.phoneNumbers()).hasSize(1);
    assertThat(c.phoneNumbers().get(0).number()).isEqualTo("+3212345");
  }

  @Test
  void singleRecordWithUnknownsAndWrongTypesAsOnePage() {
    stub.enqueue(200, "{\"status_code\":200,\"status\":\"OK\",\"data\":{\"id\":\"c9\",\"name\":\"Zed\","
        + "\"type\":\"alien\",\"x_extra\":{\"k\":[1]},\"emails\":[]}}");

    Contact c = crm.contacts().get("c9");

    assertThat(c.id()).isEqualTo("c9");
    assertThat(c.type().value()).isEqualTo("alien");
    assertThat(c.additionalProperties()).containsKey("x_extra");
  }

  @Test
  void smsMessageWithUnknownStatusAndFieldsDecodes() {
    stub.enqueue(200, "{\"status_code\":200,\"status\":\"OK\",\"data\":{\"id\":\"m1\",\"from\":\"+1\",\"to\":\"+2\","
        + "\"body\":\"hi\",\"status\":\"teleported\",\"type\":\"rcs\",\"x_carrier\":\"acme\"}}");
    try (SmsClient sms = SmsClient.builder().apiKey("k").appId("a").consumerId("c")
        .options(options(stub.baseUrl())).build()) {

      Message m = sms.messages().get("m1");

      assertThat(m.status().value()).isEqualTo("teleported");
      assertThat(m.type().value()).isEqualTo("rcs");
      assertThat(m.additionalProperties()).containsKey("x_carrier");
    }
  }

  @Test
  void integrationsRecordsKeepEveryFieldAndToleratesOddTimestamps() {
    stub.enqueue(200, "[{\"id\":\"r1\",\"created_at\":\"2026-01-15T10:00:00Z\",\"name\":\"ok\"},"
        + "{\"id\":\"r2\",\"created_at\":\"last tuesday\",\"updated_at\":1700000000,\"odd\":{\"deep\":[null]}},"
        + "{\"id\":3,\"name\":null}]");
    try (IntegrationsClient api = IntegrationsClient.builder().token("t").baseUrl(stub.baseUrl())
        .options(options(stub.baseUrl())).build()) {

      List<DataRecord> records = api.data("conn1", Category.CRM, "contact")
          .listPage(DataQuery.builder().limit(3).build()).items();

      assertThat(records).hasSize(3);
      assertThat(records.get(0).createdAt()).isNotNull();
      assertThat(records.get(1).getString("created_at")).isEqualTo("last tuesday");
      assertThat(records.get(1).get("odd").toString()).contains("deep");
      assertThat(records.get(2).id()).isEqualTo("3");
      assertThat(records.get(2).has("name")).isTrue();
    }
  }

  @Test
  void integrationsPageThatIsNotAnArrayFailsNamingTheProblem() {
    String body = "{\"data\":[]}";
    stub.enqueue(200, body);
    try (IntegrationsClient api = IntegrationsClient.builder().token("t").baseUrl(stub.baseUrl())
        .options(options(stub.baseUrl())).build()) {

      Throwable t = catchThrowable(() -> api.data("conn1", Category.CRM, "contact").listPage(DataQuery.defaults()));

      assertThat(t).isInstanceOf(InvalidResponseException.class);
      assertThat(((InvalidResponseException) t).body()).isEqualTo(body);
    }
  }
}
