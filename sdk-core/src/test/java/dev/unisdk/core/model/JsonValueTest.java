package dev.unisdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unisdk.core.json.Json;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static JsonValue read(String json) throws Exception {
    return MAPPER.readValue(json, JsonValue.class);
  }

  @Test
  void decidesTheKindByTheFirstToken() throws Exception {
    assertThat(read("\"text\"").kind()).isEqualTo(JsonValue.Kind.STRING);
    assertThat(read("12").kind()).isEqualTo(JsonValue.Kind.NUMBER);
    assertThat(read("1.5e3").kind()).isEqualTo(JsonValue.Kind.NUMBER);
    assertThat(read("false").kind()).isEqualTo(JsonValue.Kind.BOOLEAN);
    assertThat(read("{\"a\":1}").kind()).isEqualTo(JsonValue.Kind.OBJECT);
    assertThat(read("[1]").kind()).isEqualTo(JsonValue.Kind.ARRAY);
    assertThat(read("null").kind()).isEqualTo(JsonValue.Kind.NULL);
  }

  @Test
  void keepsTheStructureLosslesslyOnARoundTrip() throws Exception {
    String json = "{\"z\":1,\"a\":[true,null,\"s\",{\"n\":12345678901234567890.123456789}],\"m\":{}}";
    JsonValue v = read(json);

    assertThat(MAPPER.writeValueAsString(v)).isEqualTo(json);
    assertThat(v.asObject().keySet()).containsExactly("z", "a", "m");
    assertThat(v.asObject().get("a").asArray().get(3).asObject().get("n").asNumber())
        .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(v.toString()).isEqualTo(json);
  }

  @Test
  void accessorsOfTheWrongKindReturnNull() throws Exception {
    JsonValue s = read("\"1\"");

    assertThat(s.asString()).isEqualTo("1");
    assertThat(s.asNumber()).isNull();
    assertThat(s.asBoolean()).isNull();
    assertThat(s.asObject()).isNull();
    assertThat(s.asArray()).isNull();
  }

  @Test
  void numbersAreEqualByValue() {
    assertThat(JsonValue.of(new BigDecimal("1.0"))).isEqualTo(JsonValue.of(1)).hasSameHashCodeAs(JsonValue.of(1));
    assertThat(JsonValue.of("1")).isNotEqualTo(JsonValue.of(1));
  }

  @Test
  void factoriesCopyAndMapNullsToJsonNull() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("a", null);
    JsonValue object = JsonValue.ofObject(members);
    members.put("b", JsonValue.of(true));

    assertThat(object.asObject()).containsOnlyKeys("a");
    assertThat(object.asObject().get("a").isNull()).isTrue();
    assertThat(JsonValue.ofArray(Arrays.asList(JsonValue.of("x"), null)).toString()).isEqualTo("[\"x\",null]");
    assertThat(JsonValue.of((String) null)).isSameAs(JsonValue.nullValue());
    assertThat(JsonValue.of("q\"\n").toString()).isEqualTo("\"q\\\"\\u000a\"");
  }
}
