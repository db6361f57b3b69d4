package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.apideck.ApideckError;
import dev.unisdk.apideck.ApideckErrorType;
import dev.unisdk.apideck.ApideckGetParams;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.apideck.ApideckResponse;
import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.core.Page;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.fakeserver.ApideckAdmin;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.sms.MessageListParams;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The five SMS operations through the real {@link SmsClient} against the fake. */
@ExtendWith(FakeServerExtension.class)
class SmsContractTest {
  FakeServer server;
  private SmsClient sms;

  @BeforeEach
  void client() {
    sms = SmsClient.builder().apiKey(server.apideck().apiKey()).appId(server.apideck().appId())
        .consumerId(Contract.CONSUMER).baseUrl(server.baseUrl()).options(Contract.options(server.baseUrl())).build();
  }

  @AfterEach
  void close() {
    if (sms != null) {
      sms.close();
    }
  }

  private static Message hello() {
    return Message.builder().from("+15017122661").to("+15017122662").body("Hi! How are you doing?")
        .type(MessageType.SMS).reference("CUST001").build();
  }

  @Test
  void listPagesThroughEverySeededMessageExactlyOnceWithLimit7() {
    List<String> seeded = CrmOperationsContractTest.ids(
        server.apideck().records(Contract.CONSUMER, ApideckAdmin.DEFAULT_SMS_SERVICE_ID, "messages"));
    assertThat(seeded).hasSizeGreaterThan(21);

    List<String> listed = new ArrayList<>();
    int pages = 0;
    for (Page<Message> page : sms.messages().list(MessageListParams.builder().limit(7).build()).pages()) {
      pages++;
      page.items().forEach(m -> listed.add(m.id()));
    }

    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seeded);
    assertThat(pages).isEqualTo((seeded.size() + 6) / 7);
    assertThat(server.requests().of("sms.messages.list")).hasSize(pages)
        .allSatisfy(q -> assertThat(q.queryParam("limit")).isEqualTo("7"));
  }

  @Test
  void createSendsTheDocumentedBodyAndGetReturnsEveryFieldAsSent() {
    Message body = Contract.exampleAs("sms/messagesAdd.request.json", Message.class);
    JsonNode sent = Contract.requestJson(body);
    assertThat(sent.has("pass_through")).isTrue();

    ApideckResponse<UnifiedId> created = sms.messages().withRawResponse().create(body, null).value();

    assertThat(created.httpStatusCode()).isEqualTo(201);
    assertThat(created.operation()).isEqualTo("add");
    assertThat(created.service()).isEqualTo(ApideckAdmin.DEFAULT_SMS_SERVICE_ID);
    RecordedRequest wire = server.requests().last();
    assertThat(wire.method()).isEqualTo("POST");
    assertThat(wire.path()).isEqualTo("/sms/messages");
    assertThat(Contract.tree(wire.body())).isEqualTo(sent);
    Message got = sms.messages().get(created.data().id());
    ObjectNode expected = sent.deepCopy();
    expected.remove("pass_through"); // a request instruction for the connector, not part of the message
    Contract.assertJsonContains(expected, Contract.modelJson(got), "message");
    assertThat(got.id()).isEqualTo(created.data().id());
  }

  @Test
  void bodyOf1600CharactersIsAccepted() {
    String longBody = String.join("", Collections.nCopies(160, "0123456789"));
    assertThat(longBody).hasSize(1600);

    String id = sms.messages().create(hello().toBuilder().body(longBody).build()).id();

    assertThat(sms.messages().get(id).body()).isEqualTo(longBody);
  }

  @Test
  void bodyOf1601CharactersIsRejectedBeforeAnyRequest() {
    String tooLong = String.join("", Collections.nCopies(160, "0123456789")) + "x";

    ValidationException e = catchThrowableOfType(
        () -> sms.messages().create(hello().toBuilder().body(tooLong).build()), ValidationException.class);

    assertThat(e).isNotNull();
    assertThat(e.parameter()).isEqualTo("body");
    assertThat(server.requests().total()).isZero();
  }

  @Test
  void mmsTypeRoundTrips() {
    String id = sms.messages().create(hello().toBuilder().type(MessageType.MMS).subject("Picture").build()).id();

    Message got = sms.messages().get(id);

    assertThat(Contract.tree(server.requests().of("sms.messages.add").get(0).body()).path("type").asText())
        .isEqualTo("mms");
    assertThat(got.type()).isEqualTo(MessageType.MMS);
    assertThat(got.subject()).isEqualTo("Picture");
  }

  @Test
  void updatePatchesOnlyTheFieldSentAndLeavesTheRestUntouched() {
    String id = sms.messages().create(hello()).id();
    JsonNode before = Contract.modelJson(sms.messages().get(id));

    UnifiedId updated = sms.messages().update(id, Message.builder().body("Changed my mind").build());

    assertThat(updated.id()).isEqualTo(id);
    RecordedRequest wire = server.requests().last();
    assertThat(wire.method()).isEqualTo("PATCH");
    assertThat(wire.path()).isEqualTo("/sms/messages/" + id);
    assertThat(Contract.tree(wire.body()))
        .isEqualTo(JsonNodeFactory.instance.objectNode().put("body", "Changed my mind"));
    JsonNode after = Contract.modelJson(sms.messages().get(id));
    assertThat(after.path("body").asText()).isEqualTo("Changed my mind");
    ObjectNode restBefore = before.deepCopy();
    ObjectNode restAfter = after.deepCopy();
    for (String f : List.of("body", "updated_at", "updated_by", "number_of_units")) {
      restBefore.remove(f);
      restAfter.remove(f);
    }
    assertThat(restAfter).isEqualTo(restBefore);
  }

  /** The SMS document declares no request field nullable ("string", never "string or null"). */
  @Test
  void clearingANonNullableFieldWithExplicitNullIsA422NamingTheField() {
    String id = sms.messages().create(hello()).id();

    UnprocessableEntityException e = catchThrowableOfType(
        () -> sms.messages().update(id, Message.builder().reference(null).build()), UnprocessableEntityException.class);

    assertThat(e).isNotNull();
    assertThat(Contract.tree(server.requests().last().body()))
        .isEqualTo(JsonNodeFactory.instance.objectNode().putNull("reference"));
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).isEqualTo(ApideckErrorType.REQUEST_VALIDATION_ERROR);
    assertThat(error.message() + " " + error.detailText()).contains("reference");
    assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
    assertThat(sms.messages().get(id).reference()).isEqualTo("CUST001");
  }

  @Test
  void deleteRemovesTheMessageSoGetFailsWithEntityNotFound() {
    String id = sms.messages().create(hello()).id();

    UnifiedId deleted = sms.messages().delete(id);

    assertThat(deleted.id()).isEqualTo(id);
    assertThat(server.requests().last().method()).isEqualTo("DELETE");
    NotFoundException e = catchThrowableOfType(() -> sms.messages().get(id), NotFoundException.class);
    assertThat(e).isNotNull();
    assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
    assertThat(ApideckError.of(e).type()).isEqualTo(ApideckErrorType.ENTITY_NOT_FOUND_ERROR);
  }

  @Test
  void listAndGetHonourFieldsAndRaw() {
    ApideckListResponse<Message> page = sms.messages().withRawResponse().list(
        MessageListParams.builder().limit(3).fields("id,to").raw(true).build()).value();

    RecordedRequest wire = server.requests().last();
    assertThat(wire.queryParam("fields")).isEqualTo("id,to");
    assertThat(wire.queryParam("raw")).isEqualTo("true");
    assertThat(page.raw()).isNotNull();
    assertThat(page.data()).hasSize(3).allSatisfy(m ->
        assertThat(Contract.modelJson(m).fieldNames()).toIterable().isSubsetOf("id", "to").contains("id"));
    Message one = sms.messages().get(page.data().get(0).id(), ApideckGetParams.fields("id,body"));
    assertThat(Contract.modelJson(one).fieldNames()).toIterable().isSubsetOf("id", "body").contains("id");
  }

  @Test
  void forConsumerIsolatesMessages() {
    String id = sms.forConsumer("other-consumer").messages().create(hello()).id();

    assertThat(catchThrowableOfType(() -> sms.messages().get(id), NotFoundException.class)).isNotNull();
    assertThat(sms.forConsumer("other-consumer").messages().get(id).id()).isEqualTo(id);
    assertThat(sms.withServiceId("messagebird").forConsumer("other-consumer").messages().withRawResponse().list(null).value().data())
        .extracting(Message::id).doesNotContain(id);
    assertThat(server.requests().last().header("x-apideck-service-id")).isEqualTo("messagebird");
  }

  @Test
  void everySeededMessageDecodesIntoTheModelWithoutLoss() {
    Map<String, JsonNode> stored = new HashMap<>();
    for (JsonNode m : server.apideck().records(Contract.CONSUMER, ApideckAdmin.DEFAULT_SMS_SERVICE_ID, "messages")) {
      stored.put(m.path("id").asText(), m);
    }

    ApideckListResponse<Message> page = sms.messages().withRawResponse().list(MessageListParams.builder().limit(200).build()).value();

    assertThat(page.operation()).isEqualTo("all");
    assertThat(page.service()).isEqualTo(ApideckAdmin.DEFAULT_SMS_SERVICE_ID);
    assertThat(page.data()).hasSize(stored.size());
    for (Message m : page.data()) {
      JsonNode decoded = Contract.modelJson(m);
      Contract.assertJsonContains(stored.get(m.id()), decoded, "message " + m.id());
      Contract.assertJsonContains(decoded, stored.get(m.id()), "message " + m.id() + " (reverse)");
    }
  }
}
