package dev.unisdk.apideck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepObjectTest {
  @Test
  void flattensMembersInOrderSkippingNullsAndKeepingDecimalScale() {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("title", "Tesla deal");
    filter.put("skipped", null);
    filter.put("monetary_amount", new BigDecimal("75000.50"));
    filter.put("big", new BigDecimal("1E+3"));
    filter.put("count", 12345678901234567L);
    filter.put("active", true);
    assertThat(DeepObject.flatten(filter, "filter")).containsExactly(
        Map.entry("title", "Tesla deal"), Map.entry("monetary_amount", "75000.50"), Map.entry("big", "1000"),
        Map.entry("count", "12345678901234567"), Map.entry("active", "true"));
    assertThat(DeepObject.flatten(null, "filter")).isEmpty();
  }

  @Test
  void refusesNestedValuesAndNonObjects() {
    assertThatThrownBy(() -> DeepObject.flatten(Collections.singletonMap("a", Collections.singletonList(1)), "filter"))
        .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).parameter())
        .isEqualTo("filter[a]");
    assertThatThrownBy(() -> DeepObject.flatten("text", "filter")).isInstanceOf(ValidationException.class);
  }

  @Test
  void scalarsAreWrittenAsTheirJsonText() {
    assertThat(DeepObject.scalar("created_at", "sort[by]")).isEqualTo("created_at");
    assertThat(DeepObject.scalar(null, "sort[by]")).isNull();
    assertThat(DeepObject.scalar(7, "x")).isEqualTo("7");
  }
}
