package dev.unisdk.unificationengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UeUserTest {

  @Test
  void parsesKeyAndSecretOfACreatedUser() {
    UeUser u = UeUser.parse("user://e9759590-54ef:1aee1a25-e0c4@");
    assertThat(u.key()).isEqualTo("e9759590-54ef");
    assertThat(u.secret()).isEqualTo("1aee1a25-e0c4");
    assertThat(u.hasSecret()).isTrue();
  }

  @Test
  void parsesAListedUserWithoutSecret() {
    UeUser u = UeUser.parse("user://e9759590-54ef@");
    assertThat(u.key()).isEqualTo("e9759590-54ef");
    assertThat(u.secret()).isNull();
    assertThat(u.hasSecret()).isFalse();
    assertThat(u.uri()).isEqualTo("user://e9759590-54ef@");
  }

  @Test
  void treatsAnEmptySecretAsNoSecret() {
    assertThat(UeUser.parse("user://key:@").hasSecret()).isFalse();
  }

  @Test
  void keyEndsAtTheFirstColonSoTheSecretMayContainColons() {
    UeUser u = UeUser.parse("user://key:se:cr:et@");
    assertThat(u.key()).isEqualTo("key");
    assertThat(u.secret()).isEqualTo("se:cr:et");
  }

  @Test
  void secretEndsAtTheLastAtSignSoItMayContainAtSigns() {
    UeUser u = UeUser.parse("user://key:p@ss@word@");
    assertThat(u.key()).isEqualTo("key");
    assertThat(u.secret()).isEqualTo("p@ss@word");
  }

  @Test
  void secretWithColonsAndAtSignsRoundTripsThroughUri() {
    UeUser u = UeUser.of("key", ":a@b:@");
    assertThat(u.uri()).isEqualTo("user://key::a@b:@@");
    assertThat(UeUser.parse(u.uri())).isEqualTo(u);
  }

  @Test
  void schemeIsCaseInsensitiveAndNoPercentDecodingIsApplied() {
    UeUser u = UeUser.parse("USER://key:a%40b@");
    assertThat(u.secret()).isEqualTo("a%40b");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "user://key:secret",        // no final '@'
      "user://key:secret@host",   // text after the last '@'
      "user://:secret@",          // no key
      "user://@",                 // nothing
      "user:// :secret@",         // blank key
      "facebook://key:secret@",   // other scheme
      "key:secret@",              // no scheme
  })
  void rejectsMalformedUris(String uri) {
    assertThatThrownBy(() -> UeUser.parse(uri))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).parameter()).isEqualTo("uri"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret@").doesNotContain(":secret"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void rejectsBlankUris(String uri) {
    assertThatThrownBy(() -> UeUser.parse(uri)).isInstanceOf(ValidationException.class);
  }

  @Test
  void ofRejectsAKeyWithAColonAndABlankSecret() {
    assertThatThrownBy(() -> UeUser.of("a:b", "s"))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("key");
    assertThatThrownBy(() -> UeUser.of("a", " "))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("secret");
  }

  @Test
  void toStringShowsTheKeyButNeverTheSecret() {
    UeUser u = UeUser.of("the-key", "the-secret-value");
    assertThat(u.toString()).contains("the-key").doesNotContain("the-secret-value").contains("***");
    assertThat(u.withoutSecret().toString()).contains("secret=none");
  }

  @Test
  void equalityCoversKeyAndSecret() {
    assertThat(UeUser.of("k", "s")).isEqualTo(UeUser.parse("user://k:s@"))
        .hasSameHashCodeAs(UeUser.parse("user://k:s@"));
    assertThat(UeUser.of("k", "s")).isNotEqualTo(UeUser.withoutSecret("k"));
    assertThat(UeUser.of("k", "s").withoutSecret()).isEqualTo(UeUser.withoutSecret("k"));
  }
}
