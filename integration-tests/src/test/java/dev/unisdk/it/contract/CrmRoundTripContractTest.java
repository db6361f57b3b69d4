package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.CrmListParams;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.CustomField;
import dev.unisdk.fakeserver.ApideckAdmin;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips a user naturally makes: saving back a fetched record (read-only fields must never be
 * sent: INDEX.md), the async variants, explicit cursors and default page size, custom field values of
 * every documented JSON type.
 */
@ExtendWith(FakeServerExtension.class)
class CrmRoundTripContractTest {
  FakeServer server;
  private CrmClient crm;

  static Stream<CrmResource<?, ?>> resources() {
    return CrmResource.all().stream();
  }

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void aFetchedRecordCanBeSavedBackAndCopiedWithoutSendingReadOnlyFields(CrmResource<?, ?> resource) {
    saveBack(resource);
  }

  private <T, P extends CrmListParams> void saveBack(CrmResource<T, P> r) {
    ApideckResourceService<T, P> service = r.service.apply(crm);
    String seededId = server.apideck().records(Contract.CONSUMER, ApideckAdmin.DEFAULT_CRM_SERVICE_ID, r.name)
        .get(3).path("id").asText();
    T fetched = service.get(seededId);
    JsonNode fetchedJson = Contract.modelJson(fetched);

    service.update(seededId, fetched);

    JsonNode patch = Contract.tree(server.requests().last().body());
    assertThat(patch.has("created_at")).as("read-only created_at sent in %s", patch).isFalse();
    assertThat(patch.has("updated_at")).as("read-only updated_at sent").isFalse();
    assertThat(Contract.modelJson(service.get(seededId)).path("name"))
        .isEqualTo(fetchedJson.path("name"));

    if (!r.name.equals("pipelines")) { // pipelines take a client-chosen id: a copy would collide
      String copyId = service.create(fetched).id();

      JsonNode post = Contract.tree(server.requests().last().body());
      assertThat(post.has("id")).as("read-only id sent in %s", post).isFalse();
      assertThat(copyId).isNotEqualTo(seededId);
      ObjectNode expected = Contract.requestJson(fetched).deepCopy();
      Contract.assertJsonContains(expected, Contract.modelJson(service.get(copyId)), r.name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void asyncVariantsBehaveLikeTheBlockingOnes(CrmResource<?, ?> resource) {
    async(resource);
  }

  private <T, P extends CrmListParams> void async(CrmResource<T, P> r) {
    ApideckResourceService<T, P> service = r.service.apply(crm);

    String id = service.createAsync(r.createBody()).join().id();
    T got = service.getAsync(id).join();
    assertThat(Contract.modelJson(got).path("id").asText()).isEqualTo(id);
    assertThat(service.updateAsync(id, r.update).join().id()).isEqualTo(id);
    assertThat(Contract.modelJson(service.get(id)).path(r.changedField).asText()).isEqualTo(r.newValue);
    ApideckListResponse<T> page = service.withRawResponse().listAsync(r.params(b -> b.limit(5)), null).thenApply(resp -> resp.value()).join();
    assertThat(page.data()).hasSize(5);
    assertThat(service.deleteAsync(id).join().id()).isEqualTo(id);
    assertThat(server.requests().count("crm." + r.name + ".delete")).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void defaultPageIs20AndExplicitCursorsWalkThePagesAsTheLinksSay(CrmResource<?, ?> resource) {
    cursors(resource);
  }

  private <T, P extends CrmListParams> void cursors(CrmResource<T, P> r) {
    ApideckResourceService<T, P> service = r.service.apply(crm);

    ApideckListResponse<T> first = service.withRawResponse().list(null).value();

    assertThat(server.requests().last().queryParam("limit")).isNull();
    assertThat(first.data()).hasSize(20);
    assertThat(first.meta().itemsOnPage()).isEqualTo(20);
    assertThat(first.meta().cursors().previous()).isNull();
    String next = first.meta().cursors().next();
    assertThat(next).isNotBlank();
    assertThat(first.links().next()).contains("cursor=");

    ApideckListResponse<T> second = service.withRawResponse().list(r.params(b -> b.cursor(next))).value();

    assertThat(server.requests().last().queryParam("cursor")).isEqualTo(next);
    assertThat(second.data()).hasSize(20);
    Set<String> ids = new HashSet<>(ids(first.data()));
    assertThat(ids(second.data())).doesNotContainAnyElementsOf(ids);
    assertThat(second.meta().cursors().previous()).isNotBlank();
    ApideckListResponse<T> back = service.withRawResponse().list(r.params(b -> b.cursor(second.meta().cursors().previous()))).value();
    assertThat(ids(back.data())).containsExactlyElementsOf(ids(first.data()));

    ApideckListResponse<T> max = service.withRawResponse().list(r.params(b -> b.limit(200))).value();
    assertThat(max.data()).hasSize(server.apideck()
        .records(Contract.CONSUMER, ApideckAdmin.DEFAULT_CRM_SERVICE_ID, r.name).size());
    assertThat(max.nextCursor()).isNull();
    assertThat(max.hasNextPage()).isFalse();
  }

  @Test
  void customFieldValuesOfEveryDocumentedTypeRoundTrip() throws IOException {
    List<CustomField> fields = new ArrayList<>();
    String[] values = {"\"Uses Salesforce\"", "42.5", "true", "{\"tier\":\"gold\"}", "[\"a\",\"b\"]",
        "[{\"k\":1},{\"k\":2}]", "null"};
    for (int i = 0; i < values.length; i++) {
      fields.add(Json.mapper().readValue("{\"id\":\"cf" + i + "\",\"name\":\"f" + i + "\",\"value\":" + values[i] + "}",
          CustomField.class));
    }

    String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").customFields(fields).build()).id();

    RecordedRequest wire = server.requests().last();
    JsonNode sent = Contract.tree(wire.body()).path("custom_fields");
    for (int i = 0; i < values.length; i++) {
      Contract.assertJsonContains(Contract.tree(values[i]), sent.get(i).get("value"), "sent custom_fields[" + i + "]");
    }
    Contact got = crm.contacts().get(id);
    JsonNode back = Contract.modelJson(got).path("custom_fields");
    for (int i = 0; i < values.length; i++) {
      JsonNode value = back.get(i).get("value");
      Contract.assertJsonContains(Contract.tree(values[i]), value == null ? Contract.tree("null") : value,
          "custom_fields[" + i + "].value");
    }
    assertThat(got.customFields()).hasSize(values.length);
    assertThat(crm.contacts().list(ContactListParams.builder().filter(f -> f.name("Ada Lovelace")).build()).stream()
        .map(Contact::id)).containsExactly(id);
  }

  /** The required create fields per resource (INDEX.md "Apideck required body fields"), nothing else. */
  static final Map<String, String> MINIMAL = Map.of(
      "companies", "{\"name\":\"Minimal Inc\"}",
      "contacts", "{\"name\":\"Min Imal\"}",
      "leads", "{\"name\":\"Min Imal\",\"company_name\":\"Minimal Inc\"}",
      "opportunities", "{\"title\":\"Minimal deal\",\"primary_contact_id\":\"12345\"}",
      "pipelines", "{\"name\":\"Minimal pipeline\"}",
      "notes", "{}",
      "users", "{\"emails\":[{\"email\":\"min@example.com\",\"type\":\"primary\"}]}",
      "activities", "{\"type\":\"call\"}");

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void aBodyWithOnlyTheRequiredFieldsIsAcceptedAndEachMissingOneIsCaughtBeforeSending(CrmResource<?, ?> resource)
      throws IOException {
    minimal(resource);
  }

  private <T, P extends CrmListParams> void minimal(CrmResource<T, P> r) throws IOException {
    ApideckResourceService<T, P> service = r.service.apply(crm);
    ObjectNode minimal = (ObjectNode) Contract.tree(MINIMAL.get(r.name));

    String id = service.create(Json.mapper().treeToValue(minimal, r.type)).id();

    assertThat(Contract.tree(server.requests().last().body())).isEqualTo(minimal);
    Contract.assertJsonContains(minimal, Contract.modelJson(service.get(id)), r.name);
    List<String> requiredFields = new ArrayList<>();
    minimal.fieldNames().forEachRemaining(requiredFields::add);
    for (String required : requiredFields) {
      ObjectNode without = minimal.deepCopy();
      without.remove(required);
      long before = server.requests().total();

      ValidationException e = catchThrowableOfType(
          () -> service.create(Json.mapper().treeToValue(without, r.type)), ValidationException.class);

      assertThat(e).as("%s without %s", r.name, required).isNotNull();
      assertThat(e.parameter()).isEqualTo(required);
      assertThat(server.requests().total()).isEqualTo(before);
    }
  }

  @Test
  void nestedFieldsAreProjectedWithDotNotation() {
    ApideckListResponse<Contact> page = crm.contacts().withRawResponse().list(
        ContactListParams.builder().limit(10).fields("id,name,addresses.city").build()).value();

    assertThat(server.requests().last().queryParam("fields")).isEqualTo("id,name,addresses.city");
    assertThat(page.data()).hasSize(10).allSatisfy(c -> {
      JsonNode json = Contract.modelJson(c);
      assertThat(json.fieldNames()).toIterable().isSubsetOf("id", "name", "addresses");
      for (JsonNode a : json.path("addresses")) {
        assertThat(a.fieldNames()).toIterable().isSubsetOf("city");
      }
    });
    assertThat(page.data()).anySatisfy(c -> assertThat(c.addresses()).isNotEmpty()
        .allSatisfy(a -> assertThat(a.city()).isNotBlank()));
  }

  @Test
  void sortWithoutDirectionIsAscending() {
    List<String> names = crm.contacts().list(ContactListParams.builder().limit(200)
        .sort(ContactsSortBy.NAME).build()).stream().map(Contact::name)
        .filter(n -> n != null).toList();

    assertThat(server.requests().last().queryParam("sort[by]")).isEqualTo("name");
    assertThat(server.requests().last().queryParam("sort[direction]")).isNull();
    assertThat(names).hasSizeGreaterThan(50);
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  private static List<String> ids(List<?> models) {
    List<String> out = new ArrayList<>();
    for (Object m : models) {
      out.add(Contract.modelJson(m).path("id").asText());
    }
    return out;
  }
}
