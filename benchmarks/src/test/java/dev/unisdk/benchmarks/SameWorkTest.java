package dev.unisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.benchmarks.baseline.BaselineContact;
import dev.unisdk.benchmarks.baseline.BaselineCrmClient;
import dev.unisdk.benchmarks.baseline.BaselineEnvelopes;
import dev.unisdk.benchmarks.floor.FloorContact;
import dev.unisdk.benchmarks.floor.FloorCrmClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.model.Contact;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The comparison is honest only if both sides do the same work: the same request bytes on the wire
 * (line, headers, body) and the same response decoded into models holding the same values.
 */
@Timeout(30)
class SameWorkTest {
  private static final ObjectMapper BASELINE_JSON = BaselineCrmClient.newMapper();

  private final CrmState state = new CrmState();
  private FixedResponseServer capturing;

  @BeforeEach
  void start() throws IOException {
    state.start();
    // the same clients, pointed at a server that keeps the last request
    capturing = new FixedResponseServer(Routes.fixed(), true);
    state.baseline = Clients.baseline(state.baselineHttp, capturing.baseUrl());
    state.floor = Clients.floor(state.floorHttp, capturing.baseUrl());
    state.sdk.close();
    state.sdk = Clients.sdk(capturing.baseUrl());
  }

  @AfterEach
  void stop() throws IOException {
    capturing.close();
    state.stop();
  }

  @Test
  void listPageSendsTheSameRequestAndDecodesTheSame200ContactsOnBothSides() {
    BaselineEnvelopes.ListContacts baseline = new ListPageBenchmark().baseline(state);
    FixedResponseServer.Captured baselineRequest = capturing.lastRequest();
    ApideckListResponse<Contact> sdk = new ListPageBenchmark().sdk(state);
    FixedResponseServer.Captured sdkRequest = capturing.lastRequest();

    assertSameRequest(baselineRequest, sdkRequest);
    assertThat(sdkRequest.requestLine()).isEqualTo("GET /crm/contacts?limit=200 HTTP/1.1");
    assertThat(baseline.data).hasSize(200);
    assertThat(sdk.data()).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertSameContact(baseline.data.get(i), sdk.data().get(i));
      assertThat(sdk.data().get(i).id()).isEqualTo(Integer.toString(1 + i));
    }
    assertThat(sdk.nextCursor()).isNull();
    assertThat(baseline.meta.cursors.next).isNull();
  }

  @Test
  void getSendsTheSameRequestAndDecodesTheSameFullContactOnBothSides() {
    BaselineEnvelopes.GetContact baseline = new GetBenchmark().baseline(state);
    FixedResponseServer.Captured baselineRequest = capturing.lastRequest();
    Contact sdk = new GetBenchmark().sdk(state);
    FixedResponseServer.Captured sdkRequest = capturing.lastRequest();

    assertSameRequest(baselineRequest, sdkRequest);
    assertThat(sdkRequest.requestLine()).isEqualTo("GET /crm/contacts/12345 HTTP/1.1");
    assertSameContact(baseline.data, sdk);
  }

  @Test
  void createSendsTheSameJsonBodyAndHeadersAndReadsTheSameId() throws IOException {
    BaselineEnvelopes.Mutation baseline = new CreateBenchmark().baseline(state);
    FixedResponseServer.Captured baselineRequest = capturing.lastRequest();
    String sdkId = new CreateBenchmark().sdk(state).id();
    FixedResponseServer.Captured sdkRequest = capturing.lastRequest();

    assertSameRequest(baselineRequest, sdkRequest);
    assertThat(sdkRequest.requestLine()).isEqualTo("POST /crm/contacts HTTP/1.1");
    JsonNode sent = BASELINE_JSON.readTree(sdkRequest.body());
    assertThat(BASELINE_JSON.readTree(baselineRequest.body())).isEqualTo(sent);
    assertThat(sent.path("name").asText()).isEqualTo("Elon Musk");
    assertThat(sent.path("addresses").size()).isEqualTo(1);
    assertThat(sdkRequest.body().length).isGreaterThan(1000);
    assertThat(baseline.data.id).isEqualTo("12345").isEqualTo(sdkId);
  }

  @Test
  void floorListPageSendsTheSdksRequestAndKeepsEveryFieldOfThe200Contacts() throws IOException {
    ApideckListResponse<Contact> sdk = new ListPageBenchmark().sdk(state);
    FixedResponseServer.Captured sdkRequest = capturing.lastRequest();
    FloorCrmClient.Page floor = new ListPageBenchmark().floor(state);
    FixedResponseServer.Captured floorRequest = capturing.lastRequest();

    assertSameRequest(floorRequest, sdkRequest);
    assertThat(floor.data).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertFloorContact(floor.data.get(i), sdk.data().get(i), Integer.toString(1 + i));
    }
    assertThat(floor.statusCode).isEqualTo(200);
    assertThat(floor.itemsOnPage).isEqualTo(200);
    assertThat(floor.currentCursor).isEqualTo("c1");
    assertThat(floor.nextCursor).isNull();
    assertThat(floor.currentLink).isEqualTo("https://unify.apideck.com/crm/contacts?cursor=c1");
  }

  @Test
  void floorGetSendsTheSdksRequestAndKeepsEveryFieldOfTheContact() throws IOException {
    Contact sdk = new GetBenchmark().sdk(state);
    FixedResponseServer.Captured sdkRequest = capturing.lastRequest();
    FloorCrmClient.One floor = new GetBenchmark().floor(state);
    FixedResponseServer.Captured floorRequest = capturing.lastRequest();

    assertSameRequest(floorRequest, sdkRequest);
    assertThat(floorRequest.requestLine()).isEqualTo("GET /crm/contacts/12345 HTTP/1.1");
    assertFloorContact(floor.data, sdk, "12345");
    assertThat(floor.operation).isEqualTo("one");
  }

  @Test
  void floorCreateSendsTheSdksJsonBodyAndHeadersAndReadsTheId() throws IOException {
    String sdkId = new CreateBenchmark().sdk(state).id();
    FixedResponseServer.Captured sdkRequest = capturing.lastRequest();
    FloorCrmClient.Created floor = new CreateBenchmark().floor(state);
    FixedResponseServer.Captured floorRequest = capturing.lastRequest();

    assertSameRequest(floorRequest, sdkRequest);
    assertThat(floorRequest.requestLine()).isEqualTo("POST /crm/contacts HTTP/1.1");
    assertThat(BASELINE_JSON.readTree(floorRequest.body())).isEqualTo(BASELINE_JSON.readTree(sdkRequest.body()));
    assertThat(floor.id).isEqualTo("12345").isEqualTo(sdkId);
  }

  /** The floor kept every field exactly as sent, and its strings hold the values the SDK decoded. */
  private void assertFloorContact(FloorContact floor, Contact sdk, String id) throws IOException {
    ObjectNode expected = Fixtures.fullContact();
    expected.put("id", id);
    assertThat(BASELINE_JSON.readTree(state.floor.toJson(floor))).isEqualTo(expected);
    assertThat(floor.id).isEqualTo(sdk.id());
    assertThat(LocalDate.parse(floor.birthday)).isEqualTo(sdk.birthday());
    assertThat(OffsetDateTime.parse(floor.createdAt)).isEqualTo(sdk.createdAt());
    assertThat(OffsetDateTime.parse(floor.firstCallAt)).isEqualTo(sdk.firstCallAt());
    assertThat(floor.currentBalance).isEqualByComparingTo(sdk.currentBalance());
    assertThat(floor.addresses.get(0).city).isEqualTo(sdk.addresses().get(0).city());
    assertThat(floor.customFields.get(0).value).isEqualTo("Uses Salesforce and Marketo");
    assertThat(floor.tags).containsExactlyElementsOf(sdk.tags());
  }

  private static void assertSameRequest(FixedResponseServer.Captured baseline, FixedResponseServer.Captured sdk) {
    assertThat(sdk.requestLine()).isEqualTo(baseline.requestLine());
    assertThat(normalized(sdk.headerLines())).isEqualTo(normalized(baseline.headerLines()));
    assertThat(normalized(sdk.headerLines())).contains(
        "authorization: Bearer " + Clients.API_KEY, "x-apideck-app-id: " + Clients.APP_ID,
        "x-apideck-consumer-id: " + Clients.CONSUMER_ID, "accept: application/json");
  }

  /** Header lines with lower-case names, sorted (the order of headers costs nothing measurable). */
  private static List<String> normalized(List<String> headerLines) {
    return headerLines.stream().map(h -> {
      int colon = h.indexOf(':');
      return h.substring(0, colon).toLowerCase(Locale.ROOT) + ": " + h.substring(colon + 1).trim();
    }).sorted().collect(Collectors.toList());
  }

  private static void assertSameContact(BaselineContact baseline, Contact sdk) {
    // every field, through each side's own serializer: same names, same values
    JsonNode sdkTree = Json.mapper().valueToTree(sdk);
    JsonNode baselineTree = BASELINE_JSON.valueToTree(baseline);
    assertThat(sdkTree).isEqualTo(baselineTree);
    assertThat(sdkTree.size()).isEqualTo(Fixtures.fullContact().size());
    // and a sample of typed values, so a decode that keeps strings everywhere would fail
    assertThat(sdk.id()).isEqualTo(baseline.id);
    assertThat(sdk.birthday()).isEqualTo(LocalDate.of(2000, 8, 12)).isEqualTo(baseline.birthday);
    assertThat(sdk.currentBalance()).isEqualByComparingTo(new BigDecimal("10.5"));
    assertThat(sdk.createdAt()).isEqualTo(OffsetDateTime.parse("2017-08-12T20:43:21.291Z"));
    assertThat(sdk.createdAt().toInstant()).isEqualTo(baseline.createdAt.toInstant());
    assertThat(sdk.addresses().get(0).city()).isEqualTo("San Francisco").isEqualTo(baseline.addresses.get(0).city);
    assertThat(sdk.phoneNumbers().get(0).extension()).isEqualTo(baseline.phoneNumbers.get(0).extension);
    assertThat(sdk.emails().get(0).email()).isEqualTo(baseline.emails.get(0).email);
    assertThat(sdk.customFields().get(0).name()).isEqualTo(baseline.customFields.get(0).name);
    assertThat(sdk.tags()).containsExactlyElementsOf(baseline.tags);
  }
}
