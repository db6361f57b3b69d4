package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.json.Json;
import dev.unisdk.integrations.model.UnifiedRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataRecordTest {

  static final class MyContact {
    @JsonProperty("id") String id;
    @JsonProperty("name") String name;
    @JsonProperty("emails") List<Map<String, String>> emails;
    @JsonProperty("updated_at") OffsetDateTime updatedAt;
  }

  static final class Strict {
    @JsonProperty("count") int count;
  }

  private static DataRecord record(String json) throws Exception {
    return DataRecord.of((ObjectNode) Json.mapper().readTree(json));
  }

  @Test
  void keepsAllJsonAndReadsTheCommonFields() throws Exception {
    DataRecord r = record("{\"id\":\"c1\",\"created_at\":\"2024-01-02T03:04:05.123Z\","
        + "\"updated_at\":\"2024-02-03T04:05:06+01:00\",\"name\":\"Ada\",\"emails\":[{\"email\":\"a@x.io\"}],"
        + "\"company\":null}");

    assertThat(r.id()).isEqualTo("c1");
    assertThat(r.createdAt()).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05.123Z"));
    assertThat(r.updatedAt()).isEqualTo(OffsetDateTime.parse("2024-02-03T04:05:06+01:00"));
    assertThat(r.getString("name")).isEqualTo("Ada");
    assertThat(r.get("emails").get(0).get("email").asText()).isEqualTo("a@x.io");
    assertThat(r.get("company").isNull()).isTrue();
    assertThat(r.has("company")).isTrue();
    assertThat(r.get("missing")).isNull();
    assertThat(r.fieldNames()).containsExactly("id", "created_at", "updated_at", "name", "emails", "company");
    assertThat(r.toString()).contains("c1").doesNotContain("Ada").doesNotContain("a@x.io");
  }

  @Test
  void isImmutableEvenThroughReturnedNodes() throws Exception {
    DataRecord r = record("{\"id\":\"c1\",\"tags\":[\"a\"]}");

    ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("tags")).add("b");
    r.json().put("id", "other");

    assertThat(r.get("tags")).hasSize(1);
    assertThat(r.id()).isEqualTo("c1");
  }

  @Test
  void readsTimesLeniently() throws Exception {
    assertThat(record("{\"created_at\":\"2024-01-02T03:04:05\"}").createdAt())
        .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    assertThat(record("{\"created_at\":\"2024-01-02\"}").createdAt())
        .isEqualTo(OffsetDateTime.parse("2024-01-02T00:00:00Z"));
    DataRecord odd = record("{\"id\":7,\"created_at\":\"yesterday\",\"updated_at\":12}");
    assertThat(odd.createdAt()).isNull();
    assertThat(odd.updatedAt()).isNull();
    assertThat(odd.getString("created_at")).isEqualTo("yesterday");
    assertThat(odd.id()).isEqualTo("7");
  }

  @Test
  void bindsIntoTheCallersOwnTypeAndTheGeneratedModel() throws Exception {
    DataRecord r = record("{\"id\":\"c1\",\"name\":\"Ada\",\"emails\":[{\"email\":\"a@x.io\"}],"
        + "\"updated_at\":\"2024-02-03T04:05:06Z\",\"extra\":1}");

    MyContact c = r.as(MyContact.class);
    UnifiedRecord u = r.as(UnifiedRecord.class);
    Map<String, Object> map = r.as(new TypeReference<Map<String, Object>>() {});

    assertThat(c.id).isEqualTo("c1");
    assertThat(c.name).isEqualTo("Ada");
    assertThat(c.emails.get(0)).containsEntry("email", "a@x.io");
    assertThat(c.updatedAt).isEqualTo(OffsetDateTime.parse("2024-02-03T04:05:06Z"));
    assertThat(u.id()).isEqualTo("c1");
    assertThat(u.additionalProperties()).containsKeys("name", "emails", "extra");
    assertThat(map).containsEntry("name", "Ada");
  }

  @Test
  void aRecordThatDoesNotFitTheTypeNamesTheField() throws Exception {
    DataRecord r = record("{\"count\":\"many\"}");

    assertThatThrownBy(() -> r.as(Strict.class))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("'count'")
        .satisfies(e -> assertThat(((InvalidResponseException) e).field()).isEqualTo("count"));
  }

  @Test
  void equalityFollowsTheJson() throws Exception {
    assertThat(record("{\"id\":\"1\",\"a\":2}")).isEqualTo(record("{\"id\":\"1\",\"a\":2}"))
        .hasSameHashCodeAs(record("{\"id\":\"1\",\"a\":2}"))
        .isNotEqualTo(record("{\"id\":\"1\",\"a\":3}"));
  }
}
