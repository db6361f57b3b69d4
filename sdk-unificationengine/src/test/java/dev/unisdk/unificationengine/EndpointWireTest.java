package dev.unisdk.unificationengine;

import static dev.unisdk.unificationengine.UeServer.APP_KEY;
import static dev.unisdk.unificationengine.UeServer.APP_SECRET;
import static dev.unisdk.unificationengine.UeServer.FB_TOKEN;
import static dev.unisdk.unificationengine.UeServer.USER_KEY;
import static dev.unisdk.unificationengine.UeServer.USER_SECRET;
import static dev.unisdk.unificationengine.UeServer.fixture;
import static dev.unisdk.unificationengine.UeServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.RequestOptions;
import dev.unisdk.unificationengine.model.UeAddress;
import dev.unisdk.unificationengine.model.ConnectorInfo;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.Credentials;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact request of each of the 11 endpoints, sync and async, with the documented examples. */
class EndpointWireTest {
  private static final String APP_AUTH = Credentials.basic(APP_KEY, APP_SECRET);
  private static final String USER_AUTH = Credentials.basic(USER_KEY, USER_SECRET);
  private static final String OK = "{\"status\":200,\"info\":\"OK\"}";

  private final UeServer ue = new UeServer();

  @AfterEach
  void close() {
    ue.close();
  }

  /** One endpoint: its call (sync and async), path, credential level, request body and answer. */
  static final class Case {
    final String name;
    final Function<UeServer, Object> sync;
    final Function<UeServer, CompletableFuture<?>> async;
    final String path;
    final String auth;
    final String requestBody;
    final String responseBody;

    Case(String name, Function<UeServer, Object> sync, Function<UeServer, CompletableFuture<?>> async,
        String path, String auth, String requestBody, String responseBody) {
      this.name = name;
      this.sync = sync;
      this.async = async;
      this.path = path;
      this.auth = auth;
      this.requestBody = requestBody;
      this.responseBody = responseBody;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static UeMessage docMessage() {
    return UeMessage.builder()
        .receivers(Collections.singletonList(
            Participant.builder().name("page").address("117668485005346").connector("facebook").build()))
        .sender(Participant.builder().address("manu@amt.in").connector("facebook").build())
        .uri("unified://facebook")
        .subject("test sub 145")
        .parts(Collections.singletonList(MessagePart.builder()
            .part("0").contentType("text/plain").size(31L).type("body")
            .data("{\"image_url\":\"http://amt.in/img/amt_logo_big.png\",\"preview_title\":\"title 1\","
                + "\"preview_description\":\"description 1\",\"content\":\"content 11\"}")
            .build()))
        .build();
  }

  private static final UeUser CREATED = UeUser.of(USER_KEY, USER_SECRET);
  private static final ConnectorUri FB = ConnectorUri.of("facebook", FB_TOKEN, "facebook.uib");

  static Stream<Case> cases() {
    return Stream.of(
        new Case("user/create", s -> s.client.users().create(), s -> s.client.users().createAsync(),
            "/v2/user/create", APP_AUTH, fixture("userCreate.request.json"), fixture("userCreate.response.json")),
        new Case("user/delete", s -> { s.client.users().delete(CREATED); return null; },
            s -> s.client.users().deleteAsync(CREATED),
            "/v2/user/delete", APP_AUTH, fixture("userDelete.request.json"), fixture("userDelete.response.json")),
        new Case("user/list", s -> s.client.users().list(), s -> s.client.users().listAsync(),
            "/v2/user/list", APP_AUTH, fixture("userList.request.json"), fixture("userList.response.json")),
        new Case("connection/test", s -> { s.me().connections().test(FB); return null; },
            s -> s.me().connections().testAsync(FB), "/v2/connection/test", USER_AUTH,
            fixture("connectionTest.request.json"), fixture("connectionTest.response.json")),
        new Case("connection/add", s -> { s.me().connections().add("facebook", FB); return null; },
            s -> s.me().connections().addAsync("facebook", FB), "/v2/connection/add", USER_AUTH,
            fixture("connectionAdd.request.json"), fixture("connectionAdd.response.json")),
        new Case("connection/info", s -> s.me().connections().info("facebook"),
            s -> s.me().connections().infoAsync("facebook"), "/v2/connection/info", USER_AUTH,
            fixture("connectionInfo.request.json"), fixture("connectionInfo.response.json")),
        new Case("connection/refresh", s -> { s.me().connections().refresh("facebook"); return null; },
            s -> s.me().connections().refreshAsync("facebook"), "/v2/connection/refresh", USER_AUTH,
            fixture("connectionRefresh.request.json"), fixture("connectionRefresh.response.json")),
        new Case("connection/remove", s -> { s.me().connections().remove("facebook"); return null; },
            s -> s.me().connections().removeAsync("facebook"), "/v2/connection/remove", USER_AUTH,
            fixture("connectionRemove.request.json"), fixture("connectionRemove.response.json")),
        new Case("connection/list", s -> s.me().connections().list(),
            s -> s.me().connections().listAsync(), "/v2/connection/list", USER_AUTH,
            fixture("connectionList.request.json"), fixture("connectionList.response.json")),
        new Case("address/list", s -> s.me().addresses().list("facebook"),
            s -> s.me().addresses().listAsync("facebook"), "/v2/address/list", USER_AUTH,
            "{\"name\":\"facebook\",\"uri\":\"unified://facebook\"}", fixture("addressList.response.json")),
        new Case("message/send", s -> s.me().messages().send(docMessage()),
            s -> s.me().messages().sendAsync(docMessage()), "/v2/message/send", USER_AUTH,
            fixture("messageSend.request.json"), fixture("messageSend.response.perConnection.json")));
  }

  static Stream<Arguments> casesSyncAndAsync() {
    return cases().flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("casesSyncAndAsync")
  void sendsExactlyThePostPathBasicAuthAndJsonBodyOfTheEndpoint(Case c, boolean async) throws Exception {
    ue.enqueueOk(c.responseBody);
    if (async) {
      c.async.apply(ue).get(5, TimeUnit.SECONDS);
    } else {
      c.sync.apply(ue);
    }
    RecordedRequest r = ue.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo(c.path);
    assertThat(r.getRequestUrl().username()).isEmpty();
    assertThat(r.getRequestUrl().password()).isEmpty();
    assertThat(r.getRequestUrl().query()).isNull();
    assertThat(r.getHeader("Authorization")).isEqualTo(c.auth);
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    String body = r.getBody().readUtf8();
    assertThat(json(body)).isEqualTo(json(c.requestBody));
    assertThat(json(body).isObject()).isTrue();
    assertThat(ue.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void emptyBodiesAreSentAsAnEmptyJsonObject() {
    ue.enqueueOk(fixture("userList.response.json"));
    ue.client.users().list();
    assertThat(ue.take().getBody().readUtf8()).isEqualTo("{}");
  }

  @Test
  void createReturnsTheUserWithKeyAndSecret() {
    ue.enqueueOk(fixture("userCreate.response.json"));
    UeUser user = ue.client.users().create();
    assertThat(user).isEqualTo(UeUser.of(USER_KEY, USER_SECRET));
  }

  @Test
  void listReturnsUsersWithoutSecret() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"users\":[{\"uri\":\"user://a@\"},{\"uri\":\"user://b@\"}]}");
    List<UeUser> users = ue.client.users().list();
    assertThat(users).containsExactly(UeUser.withoutSecret("a"), UeUser.withoutSecret("b"));
  }

  @Test
  void deletingAListedUserSendsItsKeyOnlyUri() {
    ue.enqueueOk(OK);
    ue.client.users().delete(UeUser.withoutSecret("a"));
    assertThat(json(ue.take().getBody().readUtf8())).isEqualTo(json("{\"uri\":\"user://a@\"}"));
  }

  @Test
  void connectionInfoReturnsTheConnectors() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"connectors\":[{\"connector\":\"facebook\","
        + "\"displayName\":\"Ada\",\"loginName\":\"ada@x\",\"userImage\":\"https://img/ada\"}]}");
    List<ConnectorInfo> info = ue.me().connections().info("facebook");
    assertThat(info).hasSize(1);
    assertThat(info.get(0).connector()).isEqualTo("facebook");
    assertThat(info.get(0).displayName()).isEqualTo("Ada");
    assertThat(info.get(0).loginName()).isEqualTo("ada@x");
    assertThat(info.get(0).userImage()).isEqualTo("https://img/ada");
  }

  @Test
  void connectionListReturnsNamedConnectionsInOrder() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"connections\":{"
        + "\"fb\":{\"uri\":\"facebook://TOK@facebook.com\"},\"tw\":{\"uri\":\"twitter://T2@twitter.com\"}}}");
    List<UeConnection> list = ue.me().connections().list();
    assertThat(list).extracting(UeConnection::name).containsExactly("fb", "tw");
    assertThat(list.get(0).uri()).isEqualTo(ConnectorUri.parse("facebook://TOK@facebook.com"));
    assertThat(list.get(1).uri().connector()).isEqualTo("twitter");
    assertThat(list.toString()).doesNotContain("TOK");
  }

  @Test
  void addressListReturnsEveryDocumentedField() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"addresses\":[{\"connector\":\"facebook\",\"name\":\"page\","
        + "\"address\":\"117668485005346\",\"userImage\":\"https://img\",\"type\":\"page\"},"
        + "{\"connector\":\"facebook\",\"address\":\"42\"}]}");
    List<UeAddress> addresses = ue.me().addresses().list("facebook");
    assertThat(addresses).hasSize(2);
    UeAddress a = addresses.get(0);
    assertThat(Arrays.asList(a.connector(), a.name(), a.address(), a.userImage(), a.type()))
        .containsExactly("facebook", "page", "117668485005346", "https://img", "page");
    assertThat(addresses.get(1).name()).isNull();
  }

  @Test
  void sendReturnsPerConnectionStatusAndUris() {
    ue.enqueueOk(fixture("messageSend.response.perConnection.json"));
    SendResult result = ue.me().messages().send(docMessage());
    assertThat(result.statusFor("NAME").status()).isEqualTo(200);
    assertThat(result.succeeded("NAME")).isTrue();
    assertThat(result.uris()).containsExactly("facebook://facebook.com/ID");
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.isPartialSuccess()).isFalse();
  }

  @Test
  void sendWithoutMessageUriOmitsTheTopLevelUri() {
    ue.enqueueOk(OK);
    ue.me().messages().send(UeMessage.builder().receivers(docMessage().receivers()).build());
    assertThat(json(ue.take().getBody().readUtf8()).has("uri")).isFalse();
  }

  @Test
  void rawResponseViewsExposeStatusHeadersAndBody() {
    ue.enqueueOk(fixture("userCreate.response.json"));
    assertThat(ue.client.users().withRawResponse().create().requestId()).isEqualTo("req-200");
    ue.enqueueOk("{\"status\":200,\"info\":\"200 OK\"}");
    assertThat(ue.me().connections().withRawResponse().refresh("fb").value().info()).isEqualTo("200 OK");
    ue.enqueueOk(fixture("addressList.response.json"));
    assertThat(ue.me().addresses().withRawResponse().list("fb").statusCode()).isEqualTo(200);
    ue.enqueueOk(fixture("messageSend.response.perConnection.json"));
    assertThat(ue.me().messages().withRawResponse().send(docMessage()).value().uris()).hasSize(1);
  }

  @Test
  void baseUrlPathPrefixIsKept() {
    try (UnificationEngineClient c = UnificationEngineClient.builder().appKey(APP_KEY).appSecret(APP_SECRET)
        .options(ue.options()).baseUrl(ue.server.url("/ue/").toString()).build()) {
      ue.enqueueOk(fixture("userList.response.json"));
      c.users().list();
      assertThat(ue.take().getPath()).isEqualTo("/ue/v2/user/list");
    }
  }

  @Test
  void userSecretWithColonsAndAtSignsIsSentIntactAsBasicPassword() {
    UeUser user = UeUser.parse("user://k:p:a@ss@");
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"connections\":{}}");
    ue.client.asUser(user).connections().list();
    assertThat(ue.take().getHeader("Authorization")).isEqualTo(Credentials.basic("k", "p:a@ss"));
  }

  @Test
  void sessionsOfDifferentUsersUseTheirOwnCredentialsAndTheClientKeepsTheAppOnes() {
    UserSession a = ue.client.asUser(UeUser.of("ka", "sa"));
    UserSession b = ue.client.asUser(UeUser.of("kb", "sb"));
    for (int i = 0; i < 3; i++) {
      ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"connections\":{},\"users\":[]}");
    }
    a.connections().list();
    b.connections().list();
    ue.client.users().list();
    assertThat(ue.take().getHeader("Authorization")).isEqualTo(Credentials.basic("ka", "sa"));
    assertThat(ue.take().getHeader("Authorization")).isEqualTo(Credentials.basic("kb", "sb"));
    assertThat(ue.take().getHeader("Authorization")).isEqualTo(APP_AUTH);
  }

  @Test
  void perCallOptionsAddHeadersAndTheRawViewTakesThemToo() {
    ue.enqueueOk(OK);
    ue.enqueueOk(OK);
    ue.me().connections().refresh("fb", RequestOptions.builder().header("X-Trace", "t1").build());
    assertThat(ue.take().getHeader("X-Trace")).isEqualTo("t1");
    assertThat(ue.me().connections().withRawResponse()
        .remove("fb", RequestOptions.builder().header("X-Trace", "t2").build()).statusCode()).isEqualTo(200);
    assertThat(ue.take().getHeader("X-Trace")).isEqualTo("t2");
  }
}
