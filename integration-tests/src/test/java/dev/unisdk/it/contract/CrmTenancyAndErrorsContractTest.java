package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.apideck.ApideckError;
import dev.unisdk.apideck.ApideckErrorType;
import dev.unisdk.apideck.ApideckGetParams;
import dev.unisdk.apideck.ApideckResponse;
import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.BadRequestException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.ContactType;
import dev.unisdk.fakeserver.ApideckAdmin;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Consumer and service isolation and error mapping of the CRM client against the fake. */
@ExtendWith(FakeServerExtension.class)
class CrmTenancyAndErrorsContractTest {
  FakeServer server;
  private CrmClient crm;

  @BeforeEach
  void client() {
    crm = Contract.crm(server);
  }

  @AfterEach
  void close() {
    if (crm != null) {
      crm.close();
    }
  }

  private static Contact ada() {
    return Contact.builder().name("Ada Lovelace").firstName("Ada").lastName("Lovelace").build();
  }

  @Test
  void forConsumerSeesOnlyItsOwnRecords() {
    CrmClient other = crm.forConsumer("other-consumer");

    String id = other.contacts().create(ada()).id();

    assertThat(server.requests().last().header("x-apideck-consumer-id")).isEqualTo("other-consumer");
    assertThat(other.contacts().get(id).name()).isEqualTo("Ada Lovelace");
    assertThat(CrmOperationsContractTest.idSet(other.contacts().list())).contains(id);
    assertThat(CrmOperationsContractTest.idSet(crm.contacts().list(ContactListParams.builder().limit(200).build())))
        .doesNotContain(id);
    assertEntityNotFound(() -> crm.contacts().get(id));
    assertThat(server.requests().last().header("x-apideck-consumer-id")).isEqualTo(Contract.CONSUMER);
    assertEntityNotFound(() -> crm.contacts().delete(id));
    assertThat(other.contacts().get(id).id()).as("still there for its owner").isEqualTo(id);
    assertThat(CrmOperationsContractTest.ids(
        server.apideck().records("other-consumer", ApideckAdmin.DEFAULT_CRM_SERVICE_ID, "contacts"))).contains(id);
    assertThat(CrmOperationsContractTest.ids(
        server.apideck().records(Contract.CONSUMER, ApideckAdmin.DEFAULT_CRM_SERVICE_ID, "contacts"))).doesNotContain(id);
  }

  @Test
  void perCallConsumerIdOverridesTheClients() {
    RequestOptions asOther = ApideckRequestOptions.builder().consumerId("other-consumer").build();

    String id = crm.contacts().create(ada(), asOther).id();

    assertThat(server.requests().last().header("x-apideck-consumer-id")).isEqualTo("other-consumer");
    assertThat(crm.contacts().get(id, ApideckGetParams.none(), asOther).id()).isEqualTo(id);
    assertEntityNotFound(() -> crm.contacts().get(id));
  }

  @Test
  void serviceIdPerClientAndPerCallSelectsTheConnector() {
    CrmClient hubspot = crm.withServiceId("hubspot");

    ApideckResponse<UnifiedId> created = hubspot.contacts().withRawResponse().create(ada(), null).value();

    String id = created.data().id();
    assertThat(created.service()).isEqualTo("hubspot");
    assertThat(server.requests().last().header("x-apideck-service-id")).isEqualTo("hubspot");
    assertThat(CrmOperationsContractTest.ids(server.apideck().records(Contract.CONSUMER, "hubspot", "contacts")))
        .contains(id);
    assertEntityNotFound(() -> crm.contacts().get(id));
    assertThat(server.requests().last().header("x-apideck-service-id")).isNull();

    ApideckResponse<Contact> viaCall = crm.contacts().withRawResponse().get(id, null,
        ApideckRequestOptions.builder().serviceId("hubspot").build()).value();

    assertThat(viaCall.data().name()).isEqualTo("Ada Lovelace");
    assertThat(viaCall.service()).isEqualTo("hubspot");
    assertThat(server.requests().last().header("x-apideck-service-id")).isEqualTo("hubspot");
    assertEntityNotFound(() -> hubspot.contacts().get(id, null, ApideckRequestOptions.builder().serviceId("pipedrive").build()));
    assertThat(server.requests().last().header("x-apideck-service-id")).isEqualTo("pipedrive");
  }

  @Test
  void invalidBodyTheClientLetsThroughIsA422RequestValidationErrorWithRequestId() {
    Contact martian = ada().toBuilder().type(ContactType.of("martian")).build();

    UnprocessableEntityException e = catchThrowableOfType(() -> crm.contacts().create(martian),
        UnprocessableEntityException.class);

    assertThat(e).isNotNull();
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
    RecordedRequest wire = server.requests().last();
    assertThat(wire.body()).contains("\"martian\"");
    assertTyped(e, 422, ApideckErrorType.REQUEST_VALIDATION_ERROR, wire);
    ApideckError error = ApideckError.of(e);
    assertThat(error.message() + " " + error.detailText()).contains("type");
  }

  @Test
  void unknownBodyFieldIsA422RequestValidationError() {
    Contact withUnknown = ada().toBuilder().putAdditionalProperty("favourite_colour", TextNode.valueOf("blue")).build();

    UnprocessableEntityException e = catchThrowableOfType(() -> crm.contacts().create(withUnknown),
        UnprocessableEntityException.class);

    assertThat(e).isNotNull();
    assertTyped(e, 422, ApideckErrorType.REQUEST_VALIDATION_ERROR, server.requests().last());
    ApideckError error = ApideckError.of(e);
    assertThat(error.message() + " " + error.detailText()).contains("favourite_colour");
  }

  @Test
  void badCursorIsA400InvalidCursorError() {
    ContactListParams params = ContactListParams.builder().cursor("bm90LWEtcmVhbC1jdXJzb3I=").limit(5).build();

    BadRequestException e = catchThrowableOfType(() -> crm.contacts().withRawResponse().list(params).value(), BadRequestException.class);

    assertThat(e).isNotNull();
    RecordedRequest wire = server.requests().last();
    assertThat(wire.queryParam("cursor")).isEqualTo("bm90LWEtcmVhbC1jdXJzb3I=");
    assertTyped(e, 400, ApideckErrorType.INVALID_CURSOR_ERROR, wire);
  }

  @Test
  void wrongApiKeyIsA401UnauthorizedErrorThatNeverShowsTheKey() {
    String wrongKey = "sk_test_wrong_key_0123456789";
    try (CrmClient wrong = CrmClient.builder().apiKey(wrongKey).appId(server.apideck().appId())
        .consumerId(Contract.CONSUMER).baseUrl(server.baseUrl()).options(Contract.options(server.baseUrl())).build()) {

      UnauthorizedException e = catchThrowableOfType(() -> wrong.contacts().withRawResponse().list(null).value(),
          UnauthorizedException.class);

      assertThat(e).isNotNull();
      assertTyped(e, 401, ApideckErrorType.UNAUTHORIZED_ERROR, server.requests().last());
      assertThat(e.getMessage()).doesNotContain(wrongKey);
      assertThat(e.toString()).doesNotContain(wrongKey);
    }
  }

  @Test
  void unknownIdIsA404EntityNotFoundError() {
    NotFoundException e = catchThrowableOfType(() -> crm.companies().get("no-such-company"), NotFoundException.class);

    assertThat(e).isNotNull();
    assertTyped(e, 404, ApideckErrorType.ENTITY_NOT_FOUND_ERROR, server.requests().last());
  }

  @Test
  void updatingAnUnknownIdIsA404EntityNotFoundError() {
    assertEntityNotFound(() -> crm.contacts().update("no-such-contact", Contact.builder().title("CTO").build()));
    assertThat(server.requests().last().method()).isEqualTo("PATCH");
  }

  @Test
  void limitOutsideOneTo200IsRejectedBeforeAnyRequest() {
    for (int limit : new int[] {0, 201, -1}) {
      ValidationException e = catchThrowableOfType(() -> ContactListParams.builder().limit(limit),
          ValidationException.class);
      assertThat(e).as("limit %d", limit).isNotNull();
      assertThat(e.parameter()).isEqualTo("limit");
    }
    assertThat(crm.contacts().withRawResponse().list(ContactListParams.builder().limit(1).build()).value().data()).hasSize(1);
    assertThat(server.requests().total()).isEqualTo(1);
  }

  @Test
  void rawOnCreateUpdateAndDeleteReturnsTheDownstreamResponse() {
    RequestOptions raw = ApideckRequestOptions.builder().raw().build();

    ApideckResponse<UnifiedId> created = crm.contacts().withRawResponse().create(ada(), raw).value();
    assertThat(server.requests().last().queryParam("raw")).isEqualTo("true");
    assertThat(created.raw()).as("_raw of add").isNotNull();
    String id = created.data().id();
    ApideckResponse<UnifiedId> updated = crm.contacts().withRawResponse().update(id, Contact.builder().title("CTO").build(),
        raw).value();
    assertThat(server.requests().last().queryParam("raw")).isEqualTo("true");
    assertThat(updated.raw()).as("_raw of update").isNotNull();
    ApideckResponse<UnifiedId> deleted = crm.contacts().withRawResponse().delete(id, raw).value();
    assertThat(server.requests().last().queryParam("raw")).isEqualTo("true");
    assertThat(deleted.raw()).as("_raw of delete").isNotNull();
    assertThat(deleted.data().id()).isEqualTo(id);
  }

  private void assertEntityNotFound(Executable call) {
    NotFoundException e = catchThrowableOfType(call::execute, NotFoundException.class);
    assertThat(e).as("NotFoundException").isNotNull();
    assertTyped(e, 404, ApideckErrorType.ENTITY_NOT_FOUND_ERROR, server.requests().last());
  }

  private static void assertTyped(ApiException e, int status, ApideckErrorType type, RecordedRequest wire) {
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).isNotBlank().isEqualTo(wire.requestId());
    assertThat(e.getMessage()).contains(String.valueOf(status)).contains(type.value()).contains(e.requestId());
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).isEqualTo(type);
    assertThat(error.type().isKnown()).isTrue();
    assertThat(error.statusCode()).isEqualTo(status);
    assertThat(error.message()).isNotBlank();
    assertThat(error.requestId()).isEqualTo(wire.requestId());
  }
}
