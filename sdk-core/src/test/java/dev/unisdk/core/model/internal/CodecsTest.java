package dev.unisdk.core.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.unisdk.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecsTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static <T> T read(String json, Codecs.Reader<T> reader) throws IOException {
    try (JsonParser p = MAPPER.createParser(json)) {
      DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
          .createInstance(MAPPER.getDeserializationConfig(), p, MAPPER.getInjectableValues());
      p.nextToken();
      T value = reader.read(p, ctxt);
      assertThat(p.nextToken()).as("parser left after the value").isNull();
      return value;
    }
  }

  @Test
  void readsNumbersFromStringsAndIntegralDecimals() throws IOException {
    assertThat(read("\"42\"", Codecs::readLong)).isEqualTo(42L);
    assertThat(read("7.0", Codecs::readLong)).isEqualTo(7L);
    assertThat(read("\" 5 \"", Codecs::readInteger)).isEqualTo(5);
    assertThat(read("\"1.50\"", Codecs::readBigDecimal)).isEqualTo(new BigDecimal("1.50"));
    assertThat(read("0.1", Codecs::readBigDecimal)).isEqualTo(new BigDecimal("0.1"));
    assertThat(read("\"\"", Codecs::readLong)).isNull();
    assertThat(read("null", Codecs::readInteger)).isNull();
  }

  @Test
  void rejectsNumbersThatDoNotFit() {
    assertThatThrownBy(() -> read("3000000000", Codecs::readInteger)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> read("1.5", Codecs::readLong)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> read("\"ten\"", Codecs::readBigDecimal)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> read("true", Codecs::readLong)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void readsScalarsAsStringsKeepingTheirText() throws IOException {
    assertThat(read("12.50", Codecs::readString)).isEqualTo("12.50");
    assertThat(read("true", Codecs::readString)).isEqualTo("true");
    assertThatThrownBy(() -> read("[\"a\"]", Codecs::readString)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void readsBooleansLeniently() throws IOException {
    assertThat(read("\"TRUE\"", Codecs::readBoolean)).isTrue();
    assertThat(read("0", Codecs::readBoolean)).isFalse();
    assertThatThrownBy(() -> read("\"yes\"", Codecs::readBoolean)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> read("2", Codecs::readBoolean)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void readsDateTimesWithAndWithoutOffset() throws IOException {
    assertThat(read("\"2024-01-31T10:15:30.5+02:00\"", Codecs::readOffsetDateTime))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 500_000_000, ZoneOffset.ofHours(2)));
    assertThat(read("\"2024-01-31T10:15:30\"", Codecs::readOffsetDateTime))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(read("\"2024-01-31 10:15:30Z\"", Codecs::readOffsetDateTime))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(read("\"2024-01-31\"", Codecs::readOffsetDateTime))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(read("\"2024-01-31T23:00:00Z\"", Codecs::readLocalDate)).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThatThrownBy(() -> read("\"31/01/2024\"", Codecs::readLocalDate)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> read("1706700000", Codecs::readOffsetDateTime)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void containerFailuresNameTheIndexOrKey() {
    assertThatThrownBy(() -> read("[1,2,\"x\"]", (p, c) -> Codecs.readList(p, c, Codecs::readLong)))
        .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(e.getPath().get(0).getIndex()).isEqualTo(2));
    assertThatThrownBy(() -> read("{\"a\":1,\"b\":\"x\"}", (p, c) -> Codecs.readMap(p, c, Codecs::readLong)))
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(e.getPath().get(0).getFieldName()).isEqualTo("b"));
  }

  @Test
  void readsContainersIntoImmutableCollections() throws IOException {
    List<List<Long>> nested = read("[[1],[2,3],[]]",
        (p, c) -> Codecs.readList(p, c, (p1, c1) -> Codecs.readList(p1, c1, Codecs::readLong)));
    Map<String, String> map = read("{\"b\":\"1\",\"a\":null}", (p, c) -> Codecs.readMap(p, c, Codecs::readString));

    assertThat(nested).isEqualTo(Arrays.asList(Arrays.asList(1L), Arrays.asList(2L, 3L), Arrays.asList()));
    assertThat(map.keySet()).containsExactly("b", "a");
    assertThat(map.get("a")).isNull();
    assertThatThrownBy(() -> nested.add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void immutableListCopiesForeignListsOnly() {
    List<String> source = new ArrayList<>(Arrays.asList("a"));
    List<String> copy = ImmutableList.copyOf(source);
    source.add("b");

    assertThat(copy).containsExactly("a");
    assertThat(ImmutableList.copyOf(copy)).isSameAs(copy);
    assertThat(ImmutableList.<String>copyOf(null)).isNull();
    assertThat(copy).isEqualTo(Arrays.asList("a")).hasSameHashCodeAs(Arrays.asList("a"));
  }

  @Test
  void writesScalarsInTheirWireForm() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartArray();
      Codecs.writeOffsetDateTime(g, null, OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
      Codecs.writeLocalDate(g, null, LocalDate.of(2024, 1, 31));
      Codecs.writeBigDecimal(g, null, new BigDecimal("1.50"));
      Codecs.writeLong(g, null, null);
      Codecs.writeList(g, null, Arrays.asList("x", null), Codecs::writeString);
      g.writeEndArray();
    }
    assertThat(out.toString()).isEqualTo("[\"2024-01-31T10:15:30Z\",\"2024-01-31\",1.50,null,[\"x\",null]]");
  }
}
