package dev.unisdk.unificationengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorUriTest {

  @Test
  void ofBuildsConnectorTokenAndDefaultHost() {
    ConnectorUri uri = ConnectorUri.of("facebook", "TOKEN123");
    assertThat(uri.value()).isEqualTo("facebook://TOKEN123@facebook.com");
    assertThat(uri.connector()).isEqualTo("facebook");
    assertThat(uri.isUnified()).isFalse();
  }

  @Test
  void ofWithHostUsesIt() {
    assertThat(ConnectorUri.of("facebook", "T", "facebook.uib").value()).isEqualTo("facebook://T@facebook.uib");
  }

  @Test
  void unifiedAddressesAConnectionByName() {
    ConnectorUri uri = ConnectorUri.unified("facebook");
    assertThat(uri.value()).isEqualTo("unified://facebook");
    assertThat(uri.isUnified()).isTrue();
  }

  @Test
  void parseKeepsTheTextAndReadsTheScheme() {
    ConnectorUri uri = ConnectorUri.parse("gmail+oauth://tok@en@gmail.com");
    assertThat(uri.connector()).isEqualTo("gmail+oauth");
    assertThat(uri.value()).isEqualTo("gmail+oauth://tok@en@gmail.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"facebook", "://token@host", "1fb://token@host", "face book://t@h", "facebook://",
      "facebook://   ", "facebook:/token@host", "facebook://tok en@host"})
  void parseRejectsTextWithoutAValidSchemeAndContent(String text) {
    assertThatThrownBy(() -> ConnectorUri.parse(text))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).parameter()).isEqualTo("uri"));
  }

  @Test
  void ofValidatesEachPart() {
    assertThatThrownBy(() -> ConnectorUri.of("face book", "t")).hasMessageStartingWith("connector");
    assertThatThrownBy(() -> ConnectorUri.of("", "t")).hasMessageStartingWith("connector");
    assertThatThrownBy(() -> ConnectorUri.of("facebook", " ")).hasMessageStartingWith("accessToken");
    assertThatThrownBy(() -> ConnectorUri.of("facebook", "t", "a/b")).hasMessageStartingWith("host");
    assertThatThrownBy(() -> ConnectorUri.unified(" ")).hasMessageStartingWith("name");
  }

  @Test
  void toStringMasksTheAccessTokenEvenWhenItContainsAnAtSign() {
    assertThat(ConnectorUri.of("facebook", "SECRETTOKEN").toString())
        .isEqualTo("facebook://***@facebook.com");
    assertThat(ConnectorUri.parse("x://SEC@RET@host").toString()).isEqualTo("x://***@host");
    assertThat(ConnectorUri.unified("facebook").toString()).isEqualTo("unified://facebook");
  }

  @Test
  void toStringMasksAConnectorUriThatHasNoHostPart() {
    ConnectorUri bare = ConnectorUri.parse("slack://xoxb-SECRETTOKEN");
    assertThat(bare.toString()).doesNotContain("SECRETTOKEN").isEqualTo("slack://***");
    assertThat(bare.value()).isEqualTo("slack://xoxb-SECRETTOKEN");
    assertThat(ConnectorUri.parse("unified://facebook").toString()).isEqualTo("unified://facebook");
  }

  @Test
  void parseErrorsNeverRepeatTheToken() {
    assertThatThrownBy(() -> ConnectorUri.parse("bad scheme://SECRETTOKEN@host"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRETTOKEN"));
  }
}
