package dev.unisdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  /** Writes whether it is being serialized as a request body. */
  @JsonSerialize(using = Probe.Serializer.class)
  static final class Probe {
    static final class Serializer extends JsonSerializer<Probe> {
      @Override
      public void serialize(Probe value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeBoolean(Json.isRequestBody(provider));
      }
    }
  }

  /** A model with java.time and a decimal. */
  public static final class Model {
    public OffsetDateTime at;
    public LocalDate day;
    public BigDecimal amount;
  }

  @Test
  void requestWriterCarriesTheRequestBodyAttribute() throws Exception {
    assertThat(Json.requestWriter().writeValueAsString(new Probe())).isEqualTo("true");
    assertThat(Json.mapper().writeValueAsString(new Probe())).isEqualTo("false");
  }

  @Test
  void writesAndReadsJavaTimeAsIso8601KeepingOffsets() throws Exception {
    Model m = Json.mapper().readValue(
        "{\"at\":\"2024-05-06T07:08:09.123+02:00\",\"day\":\"2024-05-06\",\"amount\":12.50,\"unknown\":1}",
        Model.class);
    assertThat(m.at).isEqualTo(OffsetDateTime.parse("2024-05-06T07:08:09.123+02:00"));
    assertThat(m.at.getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(m.amount).isEqualTo(new BigDecimal("12.50"));
    String out = Json.mapper().writeValueAsString(m);
    assertThat(out).contains("\"at\":\"2024-05-06T07:08:09.123+02:00\"").contains("\"day\":\"2024-05-06\"");
  }

  @Test
  void readsUntypedFloatsAsBigDecimalWithoutLosingPrecision() throws Exception {
    Map<?, ?> m = Json.mapper().readValue("{\"x\":0.1000000000000000055511151231257827}", Map.class);
    assertThat(m.get("x")).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
  }
}
