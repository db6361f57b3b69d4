package dev.unisdk.unificationengine;

import static dev.unisdk.unificationengine.UeServer.APP_SECRET;
import static dev.unisdk.unificationengine.UeServer.USER_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials travel only in the Authorization header; never in URLs, messages or toString(). */
class SecretsTest {
  private final UeServer ue = new UeServer();

  @AfterEach
  void close() {
    ue.close();
  }

  @Test
  void credentialsAreOnlyInTheAuthorizationHeader() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"users\":[]}");
    ue.client.users().list();
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"connections\":{}}");
    ue.me().connections().list();
    for (int i = 0; i < 2; i++) {
      RecordedRequest r = ue.take();
      assertThat(r.getRequestUrl().toString()).doesNotContain(APP_SECRET).doesNotContain(USER_SECRET);
      assertThat(r.getBody().readUtf8()).doesNotContain(APP_SECRET).doesNotContain(USER_SECRET);
      assertThat(r.getHeader("Authorization")).startsWith("Basic ");
      assertThat(r.getHeaders().toString().replace(r.getHeader("Authorization"), ""))
          .doesNotContain(APP_SECRET).doesNotContain(USER_SECRET);
    }
  }

  @Test
  void toStringsNeverShowSecrets() {
    UeUser user = UeUser.of("key", USER_SECRET);
    assertThat(user.toString()).doesNotContain(USER_SECRET);
    assertThat(ue.client.toString()).doesNotContain(APP_SECRET);
    assertThat(ue.client.asUser(user).toString()).doesNotContain(USER_SECRET);
    assertThat(ConnectorUri.of("facebook", "FBTOKEN").toString()).doesNotContain("FBTOKEN");
  }

  @Test
  void exceptionMessagesMaskUriCredentialsTheServerEchoes() {
    ue.enqueueOk("{\"status\":413,\"info\":\"no connector for facebook://FBTOKEN@facebook.com\"}");
    Throwable t = catchThrowable(() -> ue.me().connections().test(ConnectorUri.of("facebook", "FBTOKEN")));
    assertThat(t).isInstanceOf(ConnectorNotFoundException.class);
    assertThat(t.getMessage()).doesNotContain("FBTOKEN").contains("facebook://***@facebook.com");
    assertThat(t.toString()).doesNotContain("FBTOKEN");
  }

  @Test
  void validationMessagesNeverShowTheSecret() {
    Throwable t = catchThrowable(() -> UeUser.parse("user://key:" + USER_SECRET));
    assertThat(t.getMessage()).doesNotContain(USER_SECRET);
  }
}
