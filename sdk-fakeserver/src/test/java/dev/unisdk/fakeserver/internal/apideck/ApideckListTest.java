package dev.unisdk.fakeserver.internal.apideck;

import static dev.unisdk.fakeserver.internal.apideck.FakeCalls.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApideckListTest {
  private static final int SEEDED = 23;
  private final FakeCalls calls = new FakeCalls(SEEDED);

  static Stream<Arguments> everySort() {
    List<Arguments> out = new ArrayList<>();
    for (ResourceDef r : Resources.ALL) {
      String path = "/" + r.api() + "/" + r.name();
      out.add(Arguments.of(path, ""));
      for (String by : r.sorts().keySet()) {
        for (String dir : new String[] {"asc", "desc"}) {
          out.add(Arguments.of(path, "sort[by]=" + by + "&sort[direction]=" + dir));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}?{1}")
  @MethodSource("everySort")
  void pagingVisitsEverySeededRecordExactlyOnceInSortOrder(String path, String sort) {
    String resource = path.substring(path.lastIndexOf('/') + 1);
    String service = path.startsWith("/sms") ? "twilio" : "salesforce";
    List<String> stored = new ArrayList<>();
    calls.fake.records("consumer-a", service, resource).forEach(r -> stored.add(r.get("id").asText()));

    List<String> paged = calls.allIds(path, sort.replace("[", "%5B").replace("]", "%5D"), 5);

    assertThat(paged).hasSize(SEEDED).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
    List<String> single = calls.allIds(path, sort, 200);
    assertThat(paged).containsExactlyElementsOf(single);
  }

  @Test
  void sortOrdersByTheFieldAscendingAndDescending() {
    JsonNode asc = calls.get("/crm/companies?limit=200&sort[by]=name").data();
    JsonNode desc = calls.get("/crm/companies?limit=200&sort[by]=name&sort[direction]=desc").data();
    List<String> ascNames = new ArrayList<>();
    asc.forEach(r -> ascNames.add(r.get("name").asText()));
    List<String> descNames = new ArrayList<>();
    desc.forEach(r -> descNames.add(r.get("name").asText()));

    assertThat(ascNames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    assertThat(descNames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
  }

  @Test
  void envelopeHasMetaCursorsAndLinks() {
    FakeCalls.Answer first = calls.get("/crm/contacts?limit=10");
    JsonNode meta = first.body().get("meta");

    assertThat(first.body().get("operation").asText()).isEqualTo("all");
    assertThat(meta.get("items_on_page").asInt()).isEqualTo(10);
    assertThat(meta.get("cursors").get("previous").isNull()).isTrue();
    assertThat(meta.get("cursors").get("current").asText()).isNotBlank();
    String next = meta.get("cursors").get("next").asText();
    assertThat(first.body().get("links").get("next").asText())
        .startsWith("http://127.0.0.1:8080/crm/contacts?").contains("limit=10").contains("cursor=" + enc(next));
    assertThat(first.body().get("links").get("current").asText()).isEqualTo("http://127.0.0.1:8080/crm/contacts?limit=10");

    FakeCalls.Answer second = calls.get("/crm/contacts?limit=10&cursor=" + enc(next));
    assertThat(second.body().get("meta").get("cursors").get("current").asText()).isEqualTo(next);
    String previous = second.body().get("meta").get("cursors").get("previous").asText();
    FakeCalls.Answer back = calls.get("/crm/contacts?limit=10&cursor=" + enc(previous));
    assertThat(back.data()).isEqualTo(first.data());

    FakeCalls.Answer last = calls.get("/crm/contacts?limit=10&cursor="
        + enc(second.body().get("meta").get("cursors").get("next").asText()));
    assertThat(last.body().get("meta").get("items_on_page").asInt()).isEqualTo(3);
    assertThat(last.body().get("meta").get("cursors").get("next").isNull()).isTrue();
    assertThat(last.body().get("links").get("next").isNull()).isTrue();
  }

  @Test
  void defaultLimitIs20() {
    assertThat(calls.get("/crm/leads").data()).hasSize(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "201", "-1", "abc", "1.5"})
  void limitOutside1To200Is400(String limit) {
    FakeCalls.Answer a = calls.get("/crm/contacts?limit=" + limit);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.typeName()).isEqualTo("RequestValidationError");
    assertThat(a.body().get("detail").asText()).contains("limit");
  }

  @Test
  void limitsAtTheBoundsAreAccepted() {
    assertThat(calls.get("/crm/contacts?limit=1").data()).hasSize(1);
    assertThat(calls.get("/crm/contacts?limit=200").data()).hasSize(SEEDED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "abc.def", "", "x.y.z"})
  void malformedCursorIs400InvalidCursorError(String cursor) {
    FakeCalls.Answer a = calls.get("/crm/contacts?cursor=" + (cursor.isEmpty() ? "%00" : enc(cursor)));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.typeName()).isEqualTo("InvalidCursorError");
  }

  @Test
  void tamperedCursorIs400InvalidCursorError() {
    String next = calls.get("/crm/contacts?limit=5").body().get("meta").get("cursors").get("next").asText();
    String payload = new String(Base64.getUrlDecoder().decode(next.substring(0, next.indexOf('.'))));
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("\"q\":", "\"q\":1").getBytes())
        + next.substring(next.indexOf('.'));

    FakeCalls.Answer a = calls.get("/crm/contacts?limit=5&cursor=" + enc(forged));

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.typeName()).isEqualTo("InvalidCursorError");
  }

  @Test
  void cursorOfAnotherListingIsRejected() {
    String next = calls.get("/crm/contacts?limit=5").body().get("meta").get("cursors").get("next").asText();

    assertThat(calls.get("/crm/leads?cursor=" + enc(next)).typeName()).isEqualTo("InvalidCursorError");
    assertThat(calls.get("/crm/contacts?sort[by]=name&cursor=" + enc(next)).typeName()).isEqualTo("InvalidCursorError");
    calls.consumer = "consumer-b";
    assertThat(calls.get("/crm/contacts?cursor=" + enc(next)).typeName()).isEqualTo("InvalidCursorError");
  }

  @Test
  void cursorFromAnotherServerIsRejected() {
    String next = new FakeCalls(SEEDED).get("/crm/contacts?limit=5").body().get("meta").get("cursors").get("next").asText();
    assertThat(calls.get("/crm/contacts?cursor=" + enc(next)).typeName()).isEqualTo("InvalidCursorError");
  }

  @Test
  void pagingStaysExactlyOnceWhenRecordsAreCreatedBetweenPages() {
    List<String> seen = new ArrayList<>();
    String url = "/crm/contacts?limit=7&sort[by]=created_at";
    FakeCalls.Answer page = calls.get(url);
    page.data().forEach(r -> seen.add(r.get("id").asText()));
    calls.post("/crm/contacts", "{\"name\":\"Late Arrival\"}");
    while (!page.body().get("meta").get("cursors").get("next").isNull()) {
      page = calls.get(url + "&cursor=" + enc(page.body().get("meta").get("cursors").get("next").asText()));
      page.data().forEach(r -> seen.add(r.get("id").asText()));
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(SEEDED + 1);
  }

  @Test
  void previousCursorsWalkBackThroughTheSamePages() {
    for (String query : List.of("", "&sort%5Bby%5D=name&sort%5Bdirection%5D=desc", "&filter%5Bfirst_name%5D=a")) {
      List<List<String>> forward = new ArrayList<>();
      FakeCalls.Answer page = calls.get("/crm/contacts?limit=4" + query);
      while (true) {
        forward.add(ids(page));
        JsonNode next = page.body().path("meta").path("cursors").path("next");
        if (next.isNull()) {
          break;
        }
        page = calls.get("/crm/contacts?limit=4" + query + "&cursor=" + enc(next.asText()));
      }
      assertThat(page.body().path("meta").path("cursors").path("previous").isNull()).isEqualTo(forward.size() == 1);
      for (int i = forward.size() - 2; i >= 0; i--) {
        String previous = page.body().path("meta").path("cursors").path("previous").asText();
        page = calls.get("/crm/contacts?limit=4" + query + "&cursor=" + enc(previous));
        if (i > 0 || forward.get(0).size() == 4) {
          assertThat(ids(page)).as("page %d of %s", i, query).isEqualTo(forward.get(i));
        }
      }
      assertThat(page.body().path("meta").path("cursors").path("previous").isNull()).as(query).isTrue();
    }
  }

  @Test
  void pagingUnderConcurrentWritesSeesEveryUntouchedRecordExactlyOnce() throws Exception {
    FakeCalls big = new FakeCalls(400);
    List<String> seeded = new ArrayList<>();
    big.fake.records("consumer-a", "salesforce", "contacts").forEach(r -> seeded.add(r.get("id").asText()));
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int writer = w;
        done.add(writers.submit(() -> {
          int n = 0;
          while (!stop.get() && n < 5_000) { // creates, updates and deletes only its own records
            String id = big.post("/crm/contacts", "{\"name\":\"W" + writer + " " + n + "\"}").data().path("id").asText();
            big.patch("/crm/contacts/" + id, "{\"name\":\"Aaa " + n + "\"}");
            if (n % 2 == 0) {
              big.delete("/crm/contacts/" + id);
            }
            n++;
          }
          return n;
        }));
      }
      for (String query : List.of("", "sort%5Bby%5D=name", "sort%5Bby%5D=name&sort%5Bdirection%5D=desc")) {
        List<String> paged = big.allIds("/crm/contacts", query, 7);
        assertThat(paged).as(query).doesNotHaveDuplicates();
        List<String> seededSeen = new ArrayList<>(paged);
        seededSeen.retainAll(seeded);
        assertThat(seededSeen).as(query).containsExactlyInAnyOrderElementsOf(seeded);
      }
      stop.set(true);
      for (java.util.concurrent.Future<Integer> f : done) {
        assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      stop.set(true);
      writers.shutdownNow();
    }
  }

  private static List<String> ids(FakeCalls.Answer page) {
    List<String> out = new ArrayList<>();
    page.data().forEach(r -> out.add(r.get("id").asText()));
    return out;
  }

  @Test
  void filtersSelectMatchingRecords() {
    JsonNode some = calls.fake.records("consumer-a", "salesforce", "contacts").get(3);
    String email = some.get("emails").get(0).get("email").asText();
    String companyId = some.get("company_id").asText();

    JsonNode byEmail = calls.get("/crm/contacts?filter[email]=" + enc(email.toUpperCase())).data();
    assertThat(byEmail).isNotEmpty().allSatisfy(r -> assertThat(r.get("emails").toString()).containsIgnoringCase(email));
    JsonNode byCompany = calls.get("/crm/contacts?limit=200&filter[company_id]=" + companyId).data();
    assertThat(byCompany).isNotEmpty().allSatisfy(r -> assertThat(r.get("company_id").asText()).isEqualTo(companyId));
    String first = some.get("first_name").asText();
    String last = some.get("last_name").asText();
    assertThat(calls.get("/crm/contacts?limit=200&filter[first_name]=" + enc(first) + "&filter[last_name]=" + enc(last))
        .data()).allSatisfy(r -> {
          assertThat(r.get("first_name").asText()).isEqualTo(first);
          assertThat(r.get("last_name").asText()).isEqualTo(last);
        });
    String phone = some.get("phone_numbers").get(0).get("number").asText();
    assertThat(calls.get("/crm/contacts?filter[phone_number]=" + enc(phone)).data()).isNotEmpty();
    assertThat(calls.get("/crm/contacts?filter[name]=nobody%20at%20all").data()).isEmpty();
  }

  @Test
  void numberAndDateFiltersParseTheirValues() {
    calls.post("/crm/opportunities", "{\"title\":\"Big\",\"primary_contact_id\":\"c\",\"monetary_amount\":123456.5}");
    assertThat(calls.get("/crm/opportunities?filter[monetary_amount]=123456.50").data()).hasSize(1);
    assertThat(calls.get("/crm/opportunities?filter[win_probability]=lots").typeName()).isEqualTo("RequestValidationError");

    calls.post("/crm/activities", "{\"type\":\"call\"}");
    JsonNode recent = calls.get("/crm/activities?filter[updated_since]=" + enc("2026-01-01T00:00:00Z")).data();
    assertThat(recent).hasSize(1);
    assertThat(calls.get("/crm/activities?filter[updated_since]=yesterday").status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/crm/pipelines", "/crm/notes", "/crm/users", "/sms/messages"})
  void filterOrSortOnResourcesWithoutThemIs400(String path) {
    assertThat(calls.get(path + "?filter[name]=x").typeName()).isEqualTo("UnsupportedFiltersError");
    assertThat(calls.get(path + "?sort[by]=created_at").typeName()).isEqualTo("UnsupportedSortFieldError");
    assertThat(calls.get(path + "?sort[by]=created_at").status()).isEqualTo(400);
  }

  @Test
  void undocumentedFilterOrSortFieldIs400() {
    FakeCalls.Answer filter = calls.get("/crm/companies?filter[industry]=Retail");
    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.typeName()).isEqualTo("UnsupportedFiltersError");
    assertThat(filter.body().get("detail").asText()).contains("industry");
    FakeCalls.Answer sort = calls.get("/crm/contacts?sort[by]=title");
    assertThat(sort.typeName()).isEqualTo("UnsupportedSortFieldError");
    assertThat(calls.get("/crm/contacts?sort[by]=name&sort[direction]=up").typeName()).isEqualTo("RequestValidationError");
  }

  @Test
  void fieldsProjectsListAndGetWithDotNotation() {
    JsonNode list = calls.get("/crm/companies?limit=3&fields=" + enc("name,addresses.city")).data();
    for (JsonNode r : list) {
      assertThat(r.fieldNames()).toIterable().containsExactly("name", "addresses");
      assertThat(r.get("addresses").get(0).fieldNames()).toIterable().containsExactly("city");
    }
    String id = calls.fake.records("consumer-a", "salesforce", "companies").get(0).get("id").asText();
    JsonNode one = calls.get("/crm/companies/" + id + "?fields=id,name").data();
    assertThat(one.fieldNames()).toIterable().containsExactly("id", "name");
  }

  @Test
  void rawAddsRawWithThePassThroughQuery() {
    FakeCalls.Answer plain = calls.get("/crm/contacts?limit=1");
    assertThat(plain.body().has("_raw")).isFalse();

    FakeCalls.Answer raw = calls.get("/crm/contacts?limit=1&raw=true&pass_through[search]=leads");
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.body().get("_raw").get("request").get("query").get("search").asText()).isEqualTo("leads");
    assertThat(raw.body().get("_raw").get("response").get("body")).isEqualTo(raw.data());
    assertThat(calls.post("/crm/notes?raw=true", "{\"title\":\"x\"}").body().has("_raw")).isTrue();
    assertThat(calls.get("/crm/contacts?raw=maybe").status()).isEqualTo(400);
  }

  @Test
  void deletedRecordsLeaveTheList() {
    String id = calls.fake.records("consumer-a", "salesforce", "notes").get(0).get("id").asText();
    calls.delete("/crm/notes/" + id);
    assertThat(new HashSet<>(calls.allIds("/crm/notes", "", 50))).hasSize(SEEDED - 1).doesNotContain(id);
  }
}
