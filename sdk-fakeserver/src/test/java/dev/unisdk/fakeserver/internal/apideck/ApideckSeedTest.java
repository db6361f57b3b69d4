package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApideckSeedTest {
  private static ApideckFake fake(long seed, Clock clock) {
    return new ApideckFake(new ApideckSettings("k", "a", seed, 10, clock, null));
  }

  @Test
  void sameSeedGivesIdenticalRecordsWhateverTheClock() {
    for (ResourceDef r : Resources.ALL) {
      List<ObjectNode> one = fake(99, FakeCalls.CLOCK).records("c", "svc", r.name());
      List<ObjectNode> two = fake(99, Clock.systemUTC()).records("c", "svc", r.name());
      assertThat(one).hasSize(10).isEqualTo(two);
    }
  }

  @Test
  void otherSeedGivesOtherRecords() {
    assertThat(fake(1, FakeCalls.CLOCK).records("c", "s", "contacts"))
        .isNotEqualTo(fake(2, FakeCalls.CLOCK).records("c", "s", "contacts"));
  }

  @Test
  void seededRecordsPassTheirOwnSchemaAndHaveTheDocumentedShape() {
    ApideckFake fake = fake(5, FakeCalls.CLOCK);
    for (ResourceDef r : Resources.ALL) {
      for (ObjectNode record : fake.records("c", "s", r.name())) {
        ObjectNode writable = record.deepCopy();
        r.schema().fields().values().stream().filter(Schema.Field::readOnly).forEach(f -> writable.remove(f.name()));
        removeReadOnlyNested(writable.get("attendees"));
        try {
          BodyValidator.validate(writable, r.schema(), true);
        } catch (ApideckError e) {
          throw new AssertionError(r.name() + ": " + e.detail().asText(), e);
        }
        assertThat(record.fieldNames()).toIterable().allMatch(n -> r.schema().field(n) != null);
        assertThat(record.get("id").asText()).isNotBlank();
        assertThat(BodyValidator.isDateTime(record.get("created_at").asText())).isTrue();
        assertThat(record.get("updated_at").asText()).isGreaterThanOrEqualTo(record.get("created_at").asText());
      }
    }
  }

  private static void removeReadOnlyNested(JsonNode attendees) {
    if (attendees != null) {
      for (JsonNode a : attendees) {
        ((ObjectNode) a).remove(List.of("id", "user_id", "contact_id", "updated_at", "created_at"));
      }
    }
  }

  @Test
  void seededContactsAreRealisticAndReferenceSeededCompanies() {
    ApideckFake fake = fake(5, FakeCalls.CLOCK);
    java.util.Map<String, String> companies = new java.util.HashMap<>();
    fake.records("c", "s", "companies").forEach(r -> companies.put(r.get("id").asText(), r.get("name").asText()));

    for (ObjectNode c : fake.records("c", "s", "contacts")) {
      assertThat(c.get("name").asText()).isEqualTo(c.get("first_name").asText() + " " + c.get("last_name").asText());
      assertThat(c.get("emails").get(0).get("email").asText()).matches("[a-z-]+\\.[a-z-]+@[a-z0-9-]+\\.example");
      assertThat(c.get("addresses").get(0).get("city").asText()).isNotBlank();
      assertThat(c.get("phone_numbers").get(0).get("number").asText()).matches("\\d{3}-\\d{4}");
      assertThat(companies).containsEntry(c.get("company_id").asText(), c.get("company_name").asText());
      assertThat(c.get("custom_fields")).hasSize(4);
    }
  }

  @Test
  void customFieldValuesMixTypes() {
    Set<String> kinds = new HashSet<>();
    for (ObjectNode c : fake(5, FakeCalls.CLOCK).records("c", "s", "companies")) {
      c.get("custom_fields").forEach(f -> kinds.add(f.get("value").getNodeType().name()));
    }
    assertThat(kinds).contains("STRING", "NUMBER", "BOOLEAN");
    assertThat(kinds.size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void seedAddsDeterministicRecords() {
    ApideckFake one = fake(5, FakeCalls.CLOCK);
    ApideckFake two = fake(5, FakeCalls.CLOCK);

    List<String> ids = one.seed("c", "s", "opportunities", 7);

    assertThat(ids).hasSize(7).doesNotHaveDuplicates();
    assertThat(one.records("c", "s", "opportunities")).hasSize(17);
    assertThat(two.seed("c", "s", "opportunities", 7)).isEqualTo(ids);
  }

  @Test
  void createdIdsAreDeterministicPerTableAndDistinctFromSeededOnes() {
    FakeCalls one = new FakeCalls(3);
    FakeCalls two = new FakeCalls(3);
    List<String> a = new java.util.ArrayList<>();
    List<String> b = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      a.add(one.post("/crm/contacts", "{\"name\":\"x\"}").data().get("id").asText());
      b.add(two.post("/crm/contacts", "{\"name\":\"y\"}").data().get("id").asText());
    }
    assertThat(a).isEqualTo(b).doesNotHaveDuplicates();
    Set<String> seeded = new HashSet<>();
    one.fake.records("consumer-a", "salesforce", "contacts").forEach(r -> seeded.add(r.get("id").asText()));
    assertThat(seeded).hasSize(6).containsAll(a);
    assertThat(one.post("/crm/companies", "{\"name\":\"x\"}").data().get("id").asText()).isNotIn(a);
  }
}
