package dev.unisdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFieldTest {

  @Test
  void distinguishesMissingNullAndPresent() {
    JsonField<String> missing = JsonField.missing();
    JsonField<String> explicitNull = JsonField.ofNull();
    JsonField<String> present = JsonField.of("x");

    assertThat(missing.isMissing()).isTrue();
    assertThat(missing.isNull()).isFalse();
    assertThat(missing.isPresent()).isFalse();
    assertThat(explicitNull.isMissing()).isFalse();
    assertThat(explicitNull.isNull()).isTrue();
    assertThat(explicitNull.value()).isNull();
    assertThat(present.isPresent()).isTrue();
    assertThat(present.value()).isEqualTo("x");
    assertThat(missing).isNotEqualTo(explicitNull).isNotEqualTo(present);
  }

  @Test
  void ofNullValueIsTheExplicitNullState() {
    assertThat(JsonField.<String>of(null)).isSameAs(JsonField.ofNull());
    assertThat(JsonField.<String>of(null).orElse("fallback")).isEqualTo("fallback");
  }

  @Test
  void equalByStateAndValue() {
    assertThat(JsonField.of("a")).isEqualTo(JsonField.of("a")).hasSameHashCodeAs(JsonField.of("a"));
    assertThat(JsonField.of("a")).isNotEqualTo(JsonField.of("b"));
    assertThat(JsonField.missing().toString()).isEqualTo("<missing>");
    assertThat(JsonField.ofNull().toString()).isEqualTo("null");
  }
}
