package dev.unisdk.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.apideck.ApideckError;
import dev.unisdk.apideck.ApideckErrorType;
import dev.unisdk.apideck.ApideckGetParams;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.apideck.ApideckResponse;
import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.PaymentRequiredException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.json.Json;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/** The exact request of the five SMS operations, paging, errors, validation and async. */
@Timeout(30)
class SmsClientTest {
  private MockWebServer server;
  private SmsClient sms;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    sms = SmsClient.builder().apiKey("sk_sms_key").appId("app-sms").consumerId("consumer-a").serviceId("twilio")
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none()).build())
        .build();
  }

  @AfterEach
  void tearDown() throws Exception {
    sms.close();
    server.shutdown();
  }

  private static String fixture(String name) throws IOException {
    return new String(Files.readAllBytes(Paths.get("..", "specs", "examples", "sms", name)), StandardCharsets.UTF_8);
  }

  private static JsonNode tree(String json) throws IOException {
    return Json.mapper().readTree(json);
  }

  private static MockResponse response(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("Request-Id", "sms-req").setBody(body);
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("request sent").isNotNull();
    return r;
  }

  private static void assertHeaders(RecordedRequest r) {
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_sms_key");
    assertThat(r.getHeader("x-apideck-app-id")).isEqualTo("app-sms");
    assertThat(r.getHeader("x-apideck-consumer-id")).isEqualTo("consumer-a");
    assertThat(r.getHeader("x-apideck-service-id")).isEqualTo("twilio");
  }

  private static Message validMessage() {
    return Message.builder().from("+15017122661").to("+15017122662").body("Hi!").type(MessageType.SMS).build();
  }

  @Test
  void listSendsRawCursorLimitFieldsAndDecodesTheDocumentedPage() throws Exception {
    server.enqueue(response(200, fixture("messagesAll.response.json")));
    ApideckListResponse<Message> page = sms.messages().withRawResponse().list(MessageListParams.builder().raw(true)
        .cursor("em9oby1jcm06OnBhZ2U6OjI=").limit(200).fields("id,to,status").build()).value();
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/sms/messages?raw=true&cursor=em9oby1jcm06OnBhZ2U6OjI%3D&limit=200"
        + "&fields=id%2Cto%2Cstatus");
    assertHeaders(r);
    Message m = page.data().get(0);
    assertThat(m.id()).isEqualTo("12345");
    assertThat(m.body()).isEqualTo("Hi! How are you doing?");
    assertThat(m.type()).isEqualTo(MessageType.SMS);
    assertThat(page.service()).isEqualTo("twilio");
    assertThat(page.operation()).isEqualTo("all");
    assertThat(page.nextCursor()).isEqualTo("em9oby1jcm06OnBhZ2U6OjM=");
    assertThat(page.requestId()).isEqualTo("sms-req");
  }

  @Test
  void createPostsTheDocumentedBodyWithoutReadOnlyFields() throws Exception {
    String request = fixture("messagesAdd.request.json");
    server.enqueue(response(201, fixture("messagesAdd.response.json")));
    UnifiedId id = sms.messages().create(Json.mapper().readValue(request, Message.class));
    assertThat(id.id()).isEqualTo("12345");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/sms/messages");
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertHeaders(r);
    JsonNode sent = tree(r.getBody().readUtf8());
    JsonNode expected = tree(request);
    assertThat(sent.size()).isEqualTo(expected.size());
    expected.fieldNames().forEachRemaining(name -> {
      if (name.equals("scheduled_at")) {
        assertThat(java.time.OffsetDateTime.parse(sent.get(name).asText()).toInstant())
            .isEqualTo(java.time.OffsetDateTime.parse(expected.get(name).asText()).toInstant());
      } else {
        assertThat(sent.get(name)).as(name).isEqualTo(expected.get(name));
      }
    });
  }

  @Test
  void getUpdateAndDeleteSendTheirExactRequests() throws Exception {
    server.enqueue(response(200, fixture("messagesOne.response.json")));
    server.enqueue(response(200, fixture("messagesUpdate.response.json")));
    server.enqueue(response(200, fixture("messagesDelete.response.json")));

    Message m = sms.messages().get("12345", ApideckGetParams.fields("id,body").withRaw(true));
    assertThat(m.to()).isEqualTo("+15017122662");
    assertThat(m.price().totalAmount()).isEqualTo("0.01");
    ApideckResponse<UnifiedId> updated = sms.messages().withRawResponse().update("12345",
        Message.builder().body("Changed").build(), null).value();
    assertThat(updated.operation()).isEqualTo("update");
    assertThat(sms.messages().delete("12345").id()).isEqualTo("12345");

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getPath()).isEqualTo("/sms/messages/12345?raw=true&fields=id%2Cbody");
    assertHeaders(get);
    RecordedRequest patch = take();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getPath()).isEqualTo("/sms/messages/12345");
    assertThat(tree(patch.getBody().readUtf8())).isEqualTo(tree("{\"body\":\"Changed\"}"));
    assertHeaders(patch);
    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getPath()).isEqualTo("/sms/messages/12345");
    assertThat(delete.getBodySize()).isZero();
    assertHeaders(delete);
  }

  @Test
  void updateWithTheDocumentedBodyIsSentAsGiven() throws Exception {
    String request = fixture("messagesUpdate.request.json");
    server.enqueue(response(200, fixture("messagesUpdate.response.json")));
    sms.messages().update("12345", Json.mapper().readValue(request, Message.class));
    JsonNode sent = tree(take().getBody().readUtf8());
    assertThat(sent.get("pass_through")).isEqualTo(tree(request).get("pass_through"));
    assertThat(sent.get("body").asText()).isEqualTo(tree(request).get("body").asText());
  }

  @Test
  void listPagesFollowTheNextCursorLazily() throws Exception {
    server.enqueue(response(200, "{\"status_code\":200,\"data\":[{\"id\":\"a\"}],\"meta\":{\"cursors\":{\"next\":\"n\"}}}"));
    server.enqueue(response(200, "{\"status_code\":200,\"data\":[{\"id\":\"b\"}],\"meta\":{\"cursors\":{\"next\":null}}}"));
    Iterator<Message> it = sms.withServiceId("plivo").messages().list().iterator();
    assertThat(it.next().id()).isEqualTo("a");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("b");
    assertThat(it.hasNext()).isFalse();
    RecordedRequest first = take();
    assertThat(first.getPath()).isEqualTo("/sms/messages");
    assertThat(first.getHeader("x-apideck-service-id")).isEqualTo("plivo");
    assertThat(take().getPath()).isEqualTo("/sms/messages?cursor=n");
  }

  @Test
  void bodyLengthRequiredFieldsAndTypeAreCheckedBeforeAnyRequest() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1600; i++) {
      text.append('x');
    }
    String max = text.toString();
    assertParameter("from", () -> sms.messages().create(validMessage().toBuilder().from(null).build()));
    assertParameter("to", () -> sms.messages().create(validMessage().toBuilder().to(" ").build()));
    assertParameter("body", () -> sms.messages().create(Message.builder().from("1").to("2").build()));
    assertParameter("body", () -> sms.messages().create(validMessage().toBuilder().body(max + "y").build()));
    assertParameter("body", () -> sms.messages().update("1", Message.builder().body(max + "y").build()));
    assertParameter("body", () -> sms.messages().update("1", Message.builder().body(null).build()));
    assertParameter("type", () -> sms.messages().create(validMessage().toBuilder().type(MessageType.of("fax")).build()));
    assertParameter("id", () -> sms.messages().delete(" "));
    assertParameter("limit", () -> MessageListParams.builder().limit(0));
    assertThat(sms.messages().createAsync(Message.builder().build())).isCompletedExceptionally();
    assertThat(server.getRequestCount()).isZero();

    server.enqueue(response(201, "{\"status_code\":201,\"data\":{\"id\":\"m\"}}"));
    assertThat(sms.messages().create(validMessage().toBuilder().body(max).type(MessageType.MMS).build()).id())
        .as("exactly 1600 characters is allowed").isEqualTo("m");
  }

  @Test
  void bodyLimitCountsCharactersNotUtf16UnitsSoEmojiBodiesUpTo1600CharactersAreSent() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1600; i++) {
      text.appendCodePoint(0x1F600); // one character, two UTF-16 units
    }
    String max = text.toString();
    server.enqueue(response(201, "{\"status_code\":201,\"data\":{\"id\":\"e\"}}"));
    assertThat(sms.messages().create(validMessage().toBuilder().body(max).build()).id())
        .as("1600 emoji are 1600 characters").isEqualTo("e");
    assertThat(tree(take().getBody().readUtf8()).path("body").asText().equals(max))
        .as("the body is sent unchanged").isTrue();
    assertParameter("body", () -> sms.messages().create(validMessage().toBuilder().body(max + "\uD83D\uDE00").build()));
    assertParameter("body", () -> sms.messages().update("1", Message.builder().body(max + "x").build()));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void errorsCarryTheApideckErrorAndAsyncCallsComplete() throws Exception {
    server.enqueue(response(402, "{\"status_code\":402,\"error\":\"Payment Required\",\"type_name\":\"RequestLimitError\","
        + "\"message\":\"Request limit reached\",\"detail\":\"upgrade\",\"ref\":\"https://developers.apideck.com/errors\"}"));
    ApiException e = org.junit.jupiter.api.Assertions.assertThrows(PaymentRequiredException.class,
        () -> sms.messages().list().iterator().hasNext());
    assertThat(ApideckError.of(e).type()).isEqualTo(ApideckErrorType.REQUEST_LIMIT_ERROR);
    assertThat(ApideckError.of(e).detailText()).isEqualTo("upgrade");

    server.enqueue(response(201, fixture("messagesAdd.response.json")));
    server.enqueue(response(200, fixture("messagesOne.response.json")));
    server.enqueue(response(422, "{\"status_code\":422,\"type_name\":\"RequestValidationError\",\"message\":\"bad\"}"));
    assertThat(sms.messages().createAsync(validMessage(), ApideckRequestOptions.builder().consumerId("b").build())
        .get(5, TimeUnit.SECONDS).id()).isEqualTo("12345");
    assertThat(sms.messages().getAsync("12345").get(5, TimeUnit.SECONDS).subject()).isEqualTo("Picture");
    ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> sms.messages().updateAsync("12345", Message.builder().subject("s").build()).get(5, TimeUnit.SECONDS));
    assertThat(failed.getCause()).isInstanceOf(UnprocessableEntityException.class);
    take();
    assertThat(take().getHeader("x-apideck-consumer-id")).isEqualTo("b");
  }

  private static void assertParameter(String parameter, Executable call) {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, call);
    assertThat(e.parameter()).isEqualTo(parameter);
  }
}
