package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class UnificationEngineApiTest {
  private static final String FB = "facebook://CAADJsdsdds00BAAPX5si@facebook.com";
  private FakeServer server;
  private Http app;

  @BeforeEach
  void start() {
    server = FakeServer.start();
    app = new Http(server.baseUrl()).header("Authorization",
        basic(FakeServer.DEFAULT_UE_APP_KEY, FakeServer.DEFAULT_UE_APP_SECRET));
  }

  @AfterEach
  void stop() {
    app.close();
    server.close();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Creates a user over HTTP and returns a client authenticated as that user. */
  private Http newUser() {
    JsonNode created = app.post("/v2/user/create", "{}").json();
    String uri = created.path("uri").asText();
    String credentials = uri.substring("user://".length(), uri.length() - 1);
    int colon = credentials.indexOf(':');
    return new Http(server.baseUrl()).header("Authorization",
        basic(credentials.substring(0, colon), credentials.substring(colon + 1)));
  }

  private static void assertBodyStatus(Http.Result r, int code, String info) {
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("status").asInt()).isEqualTo(code);
    assertThat(r.json().path("info").asText()).isEqualTo(info);
  }

  @Test
  void userCreateListAndDelete() {
    Http.Result created = app.post("/v2/user/create", "{}");
    assertBodyStatus(created, 200, "OK");
    String uri = created.json().path("uri").asText();
    assertThat(uri).matches("user://[0-9a-f-]{36}:[0-9a-f-]{36}@");
    String key = uri.substring(7, 43);

    JsonNode list = app.post("/v2/user/list", "{}").json();
    assertThat(list.path("users")).hasSize(1);
    assertThat(list.path("users").get(0).path("uri").asText()).isEqualTo("user://" + key + "@");

    assertBodyStatus(app.post("/v2/user/delete", "{\"uri\":\"" + uri + "\"}"), 200, "OK");
    assertThat(app.post("/v2/user/list", "{}").json().path("users")).isEmpty();
    assertBodyStatus(app.post("/v2/user/delete", "{\"uri\":\"" + uri + "\"}"), 414, "User not found");
  }

  @Test
  void userDeleteAcceptsTheListedUriWithoutSecretAndRejectsAWrongSecret() {
    String uri = app.post("/v2/user/create", "{}").json().path("uri").asText();
    String key = uri.substring(7, 43);
    assertBodyStatus(app.post("/v2/user/delete", "{\"uri\":\"user://" + key + ":wrong@\"}"), 414, "User not found");
    assertBodyStatus(app.post("/v2/user/delete", "{\"uri\":\"user://" + key + "@\"}"), 200, "OK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"uri\":7}", "{\"uri\":\"facebook://x@y\"}", "{\"uri\":\"user://\"}", "[]", "{bad"})
  void userDeleteWithABadRequestIs505(String body) {
    assertBodyStatus(app.post("/v2/user/delete", body), 505, "Request contains errors");
  }

  @Test
  void badOrMissingCredentialsAreHttp401() {
    try (Http anonymous = new Http(server.baseUrl());
        Http wrongApp = new Http(server.baseUrl()).header("Authorization", basic("app", "nope"));
        Http user = newUser()) {
      Http.Result r = anonymous.post("/v2/user/list", "{}");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().path("status").asInt()).isEqualTo(401);
      assertThat(wrongApp.post("/v2/user/create", "{}").status()).isEqualTo(401);
      assertThat(user.post("/v2/user/list", "{}").status()).isEqualTo(401);
      assertThat(app.post("/v2/connection/list", "{}").status()).isEqualTo(401);
      assertThat(anonymous.header("Authorization", "Basic !!!").post("/v2/connection/list", "{}").status())
          .isEqualTo(401);
    }
  }

  @Test
  void everyEndpointIsPostOnly() {
    Http.Result r = app.get("/v2/user/list");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("POST");
    assertThat(r.json().path("status").asInt()).isEqualTo(405);
    assertThat(app.post("/v2/user/nothing", "{}").status()).isEqualTo(404);
  }

  @Test
  void connectionLifecycle() {
    try (Http user = newUser()) {
      assertBodyStatus(user.post("/v2/connection/test", "{\"uri\":\"" + FB + "\"}"), 200, "OK");
      assertBodyStatus(user.post("/v2/connection/add", "{\"uri\":\"" + FB + "\",\"name\":\"fb\"}"), 200, "OK");

      JsonNode list = user.post("/v2/connection/list", "{}").json();
      assertThat(list.path("connections").path("fb").path("uri").asText()).isEqualTo(FB);

      JsonNode info = user.post("/v2/connection/info", "{\"uri\":\"unified://fb\"}").json();
      assertThat(info.path("status").asInt()).isEqualTo(200);
      assertThat(info.path("connectors").get(0).path("connector").asText()).isEqualTo("facebook");
      assertThat(info.path("connectors").get(0).path("loginName").asText()).isNotBlank();

      assertBodyStatus(user.post("/v2/connection/refresh", "{\"uri\":\"unified://fb\"}"), 200, "OK");
      assertBodyStatus(user.post("/v2/connection/test", "{\"uri\":\"unified://fb\"}"), 200, "OK");

      JsonNode addresses = user.post("/v2/address/list", "{\"uri\":\"unified://fb\"}").json();
      assertThat(addresses.path("addresses")).hasSize(5);
      assertThat(addresses.path("addresses").get(0).path("connector").asText()).isEqualTo("facebook");
      assertThat(user.post("/v2/address/list", "{\"name\":\"fb\"}").json()).isEqualTo(addresses);

      assertBodyStatus(user.post("/v2/connection/remove", "{\"name\":\"fb\"}"), 200, "OK");
      assertThat(user.post("/v2/connection/list", "{}").json().path("connections")).isEmpty();
      assertBodyStatus(user.post("/v2/connection/remove", "{\"name\":\"fb\"}"), 411, "Connection not found");
    }
  }

  @Test
  void connectionErrorCodesInTheBody() {
    try (Http user = newUser()) {
      assertBodyStatus(user.post("/v2/connection/test", "{\"uri\":\"myspace://tok@myspace.com\"}"), 413,
          "Connector not found");
      assertBodyStatus(user.post("/v2/connection/add", "{\"uri\":\"myspace://tok@myspace.com\",\"name\":\"m\"}"),
          413, "Connector not found");
      assertBodyStatus(user.post("/v2/connection/add", "{\"uri\":\"not-a-uri\",\"name\":\"x\"}"), 505,
          "Request contains errors");
      assertBodyStatus(user.post("/v2/connection/info", "{\"uri\":\"unified://nope\"}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/connection/refresh", "{\"uri\":\"unified://nope\"}"), 411,
          "Connection not found");
      assertBodyStatus(user.post("/v2/connection/test", "{\"uri\":\"unified://nope\"}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/address/list", "{\"uri\":\"unified://nope\"}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/connection/list", "not json"), 505, "Request contains errors");
      assertBodyStatus(user.post("/v2/connection/list", "[]"), 505, "Request contains errors");
    }
  }

  @Test
  void injectedHttpStatusUsesTheUnificationEngineBody() {
    Http.Result r = app.header("x-fake-fault", "status=503;retry-after=1").post("/v2/user/create", "{}");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("1");
    assertThat(r.json().path("status").asInt()).isEqualTo(503);
    assertThat(r.json().path("info").asText()).isEqualTo("Service Unavailable");
    assertThat(server.unificationEngine().userKeys()).isEmpty();
  }

  @Test
  void internalErrorCanBeInjectedPerEndpoint() {
    server.unificationEngine().failNextWithInternalError("user/create", 1);
    assertBodyStatus(app.post("/v2/user/create", "{}"), 1000, "Internal Error");
    assertBodyStatus(app.post("/v2/user/create", "{}"), 200, "OK");
  }

  @Test
  void usersNeverSeeOrTouchEachOthersConnections() {
    try (Http alice = newUser(); Http bob = newUser()) {
      assertBodyStatus(alice.post("/v2/connection/add", "{\"uri\":\"" + FB + "\",\"name\":\"fb\"}"), 200, "OK");
      assertThat(bob.post("/v2/connection/list", "{}").json().path("connections")).isEmpty();
      assertBodyStatus(bob.post("/v2/connection/info", "{\"uri\":\"unified://fb\"}"), 411, "Connection not found");
      assertBodyStatus(bob.post("/v2/connection/remove", "{\"name\":\"fb\"}"), 411, "Connection not found");
      assertBodyStatus(bob.post("/v2/message/send",
          "{\"message\":{\"receivers\":[{\"address\":\"1\",\"Connector\":\"fb\"}]}}"), 411, "Connection not found");
      assertThat(alice.post("/v2/connection/list", "{}").json().path("connections").has("fb")).isTrue();
    }
  }

  @Test
  void messageSendReportsPerConnectionResultsAndUris() {
    try (Http user = newUser()) {
      user.post("/v2/connection/add", "{\"uri\":\"" + FB + "\",\"name\":\"facebook\"}");
      user.post("/v2/connection/add", "{\"uri\":\"twitter://tok@twitter.com\",\"name\":\"tw\"}");
      server.unificationEngine().failConnector("twitter");
      String body = "{\"message\":{\"receivers\":["
          + "{\"name\":\"page\",\"address\":\"117668485005346\",\"Connector\":\"facebook\"},"
          + "{\"name\":\"friend\",\"address\":\"42\",\"Connector\":\"facebook\"},"
          + "{\"name\":\"x\",\"address\":\"@ada\",\"Connector\":\"tw\"}],"
          + "\"sender\":{\"address\":\"manu@amt.in\",\"Connector\":\"facebook\"},\"subject\":\"test sub\","
          + "\"parts\":[{\"part\":\"0\",\"contentType\":\"text/plain\",\"size\":5,\"type\":\"body\",\"data\":\"hello\"}]},"
          + "\"uri\":\"unified://facebook\"}";
      JsonNode r = user.post("/v2/message/send", body).json();
      assertThat(r.path("status").asInt()).isEqualTo(200);
      assertThat(r.path("info").asText()).isEqualTo("OK");
      assertThat(r.path("Status").path("facebook").path("status").asInt()).isEqualTo(200);
      assertThat(r.path("Status").path("tw").path("status").asInt()).isEqualTo(1000);
      assertThat(r.path("Status").path("tw").path("info").asText()).isEqualTo("Internal Error");
      assertThat(r.path("URIs")).hasSize(2);
      r.path("URIs").forEach(u -> assertThat(u.asText()).matches("facebook://facebook\\.com/\\d+"));
      assertThat(r.path("URIs").get(0).asText()).isNotEqualTo(r.path("URIs").get(1).asText());

      String key = server.unificationEngine().userKeys().get(0);
      List<JsonNode> sent = server.unificationEngine().sentMessages(key);
      assertThat(sent).hasSize(1);
      assertThat(sent.get(0).path("connection").asText()).isEqualTo("facebook");
      assertThat(sent.get(0).path("message").path("subject").asText()).isEqualTo("test sub");
    }
  }

  @Test
  void messageSendUsesTheMessageUriWhenReceiversNameNoConnector() {
    try (Http user = newUser()) {
      user.post("/v2/connection/add", "{\"uri\":\"" + FB + "\",\"name\":\"fb\"}");
      JsonNode r = user.post("/v2/message/send",
          "{\"message\":{\"receivers\":[{\"address\":\"1\"}],\"uri\":\"unified://fb\"}}").json();
      assertThat(r.path("status").asInt()).isEqualTo(200);
      assertThat(r.path("Status").path("fb").path("status").asInt()).isEqualTo(200);
    }
  }

  @Test
  void aReceiverWithoutAnAddressGetsTheMessageOnTheConnectionsOwnAccount() {
    try (Http user = newUser()) {
      user.post("/v2/connection/add", "{\"uri\":\"" + FB + "\",\"name\":\"fb\"}");
      // as UnificationEngine's own Java SDK sends ReceiverTypes.ME
      JsonNode r = user.post("/v2/message/send", "{\"message\":{\"receivers\":[{\"name\":\"Me\",\"Connector\":\"fb\"},"
          + "{\"address\":null,\"Connector\":\"fb\"},{\"address\":117668485005346,\"Connector\":\"fb\"}],"
          + "\"subject\":\"hi\"}}").json();
      assertThat(r.path("status").asInt()).isEqualTo(200);
      assertThat(r.path("Status").path("fb").path("status").asInt()).isEqualTo(200);
      assertThat(r.path("URIs")).hasSize(3);
      JsonNode sent = server.unificationEngine().sentMessages(server.unificationEngine().userKeys().get(0)).get(0);
      assertThat(sent.path("delivered_to").toString()).isEqualTo("[\"me\",\"me\",\"117668485005346\"]");
    }
  }

  @Test
  void fieldsTheDocumentDoesNotRequireAreNotRequired() {
    try (Http user = newUser()) {
      // connection/add without a name: named after its connector, as in the document's example
      assertBodyStatus(user.post("/v2/connection/add", "{\"uri\":\"" + FB + "\"}"), 200, "OK");
      assertThat(user.post("/v2/connection/list", "{}").json().path("connections").has("facebook")).isTrue();
      // a missing field answers the endpoint's documented error, never 505
      assertBodyStatus(user.post("/v2/connection/add", "{}"), 413, "Connector not found");
      assertBodyStatus(user.post("/v2/connection/test", "{}"), 413, "Connector not found");
      assertBodyStatus(user.post("/v2/connection/info", "{}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/connection/refresh", "{}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/connection/remove", "{}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/address/list", "{}"), 411, "Connection not found");
      assertBodyStatus(user.post("/v2/message/send", "{}"), 410, "No receivers specified");
      assertBodyStatus(app.post("/v2/user/delete", "{}"), 414, "User not found");
      // receivers need neither name nor address when the message names the connection
      JsonNode r = user.post("/v2/message/send", "{\"message\":{\"receivers\":[{}],\"uri\":\"unified://facebook\"}}").json();
      assertThat(r.path("status").asInt()).isEqualTo(200);
    }
  }

  @Test
  void messageSendErrorCodes() {
    try (Http user = newUser()) {
      user.post("/v2/connection/add", "{\"uri\":\"rss://tok@news.example\",\"name\":\"feed\"}");
      assertBodyStatus(user.post("/v2/message/send", "{\"message\":{\"receivers\":[]}}"), 410,
          "No receivers specified");
      assertBodyStatus(user.post("/v2/message/send", "{\"message\":{\"subject\":\"x\"}}"), 410,
          "No receivers specified");
      assertBodyStatus(user.post("/v2/message/send", "{}"), 410, "No receivers specified");
      assertBodyStatus(user.post("/v2/message/send", "{\"message\":\"x\"}"), 505, "Request contains errors");
      assertBodyStatus(user.post("/v2/message/send",
          "{\"message\":{\"receivers\":[{\"address\":{},\"Connector\":\"feed\"}]}}"), 505, "Request contains errors");
      assertBodyStatus(user.post("/v2/message/send",
          "{\"message\":{\"receivers\":[{\"address\":\"1\",\"Connector\":\"nope\"}]}}"), 411, "Connection not found");
      Http.Result unsupported = user.post("/v2/message/send",
          "{\"message\":{\"receivers\":[{\"address\":\"1\",\"Connector\":\"feed\"}]}}");
      assertBodyStatus(unsupported, 415, "Feature not supported by connector");
      assertThat(unsupported.json().path("Status").path("feed").path("status").asInt()).isEqualTo(415);
      assertThat(unsupported.json().path("URIs")).isEmpty();
      assertBodyStatus(user.post("/v2/message/send", "{\"message\":{\"receivers\":[{\"address\":\"1\"}]}}"), 411,
          "Connection not found");
    }
  }

  @Test
  void deletedUsersCredentialsStopWorking() {
    String uri = app.post("/v2/user/create", "{}").json().path("uri").asText();
    String credentials = uri.substring(7, uri.length() - 1);
    try (Http user = new Http(server.baseUrl()).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(user.post("/v2/connection/list", "{}").status()).isEqualTo(200);
      app.post("/v2/user/delete", "{\"uri\":\"" + uri + "\"}");
      assertThat(user.post("/v2/connection/list", "{}").status()).isEqualTo(401);
    }
  }

  @Test
  void requestLogNeverHoldsUserSecretsOrConnectionTokens() {
    String uri = app.post("/v2/user/create", "{}").json().path("uri").asText();
    String secret = uri.substring(44, uri.length() - 1);
    app.post("/v2/user/delete", "{\"uri\":\"" + uri + "\"}");
    try (Http user = newUser()) {
      user.post("/v2/connection/add", "{\"uri\":\"" + FB + "\",\"name\":\"fb\"}");
    }
    String everything = server.requests().all().toString();
    assertThat(everything).doesNotContain(secret, "CAADJsdsdds00BAAPX5si", FakeServer.DEFAULT_UE_APP_SECRET)
        .contains("user://****@", "facebook://****@facebook.com");
    assertThat(server.requests().count("ue.connection.add")).isEqualTo(1);
  }

  @Test
  void requestLogMasksConnectionTokensThatContainSlashes() {
    String token = "EAAB/x+y9Zq/ab==";
    try (Http user = newUser()) {
      Http.Result added = user.post("/v2/connection/add",
          "{\"uri\":\"facebook://" + token + "@facebook.com\",\"name\":\"fb\"}");
      assertBodyStatus(added, 200, "OK");
      user.post("/v2/connection/test", "{\"uri\":\"facebook://" + token + "@facebook.com\"}");
    }
    String everything = server.requests().all().toString();
    assertThat(everything).doesNotContain(token, "x+y9Zq").contains("facebook://****@facebook.com");
  }

  @Test
  void userCredentialsAreDeterministicFromTheSeed() {
    String first = app.post("/v2/user/create", "{}").json().path("uri").asText();
    server.reset();
    assertThat(app.post("/v2/user/create", "{}").json().path("uri").asText()).isEqualTo(first);
  }
}
