package dev.unisdk.unificationengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Client-side checks fail before any request: the server never sees one. */
class ValidationTest {
  private final UeServer ue = new UeServer();

  @AfterEach
  void close() {
    ue.close();
  }

  /** A call that must be refused, and the parameter it must name. */
  interface Call {
    void run(UeServer ue) throws Exception;
  }

  private static Participant receiver(String address) {
    return Participant.builder().name("page").address(address).connector("facebook").build();
  }

  private static UeMessage message(Participant... receivers) {
    return UeMessage.builder().receivers(Arrays.asList(receivers)).subject("s").build();
  }

  static Stream<Arguments> refusedCalls() {
    ConnectorUri fb = ConnectorUri.of("facebook", "TOKEN");
    return Stream.of(
        Arguments.of("no receivers", (Call) s -> s.me().messages().send(UeMessage.builder().subject("s").build()),
            "message.receivers"),
        Arguments.of("empty receivers", (Call) s -> s.me().messages().send(message()), "message.receivers"),
        Arguments.of("no receivers async", (Call) s -> s.me().messages().sendAsync(message()), "message.receivers"),
        Arguments.of("null message", (Call) s -> s.me().messages().send(null), "message"),
        Arguments.of("blank receiver address", (Call) s -> s.me().messages().send(message(receiver(" "))),
            "message.receivers[0].address"),
        Arguments.of("null receiver", (Call) s -> s.me().messages().send(
            UeMessage.builder().receivers(Arrays.asList(receiver("1"), null)).build()), "message.receivers[1]"),
        Arguments.of("message uri without scheme", (Call) s -> s.me().messages().send(
            message(receiver("1")).toBuilder().uri("facebook").build()), "message.uri"),
        Arguments.of("negative part size", (Call) s -> s.me().messages().send(message(receiver("1")).toBuilder()
            .parts(Collections.singletonList(MessagePart.builder().size(-1L).build())).build()),
            "message.parts[0].size"),
        Arguments.of("add blank name", (Call) s -> s.me().connections().add(" ", fb), "name"),
        Arguments.of("add null uri", (Call) s -> s.me().connections().add("fb", null), "uri"),
        Arguments.of("add unified uri", (Call) s -> s.me().connections().add("fb", ConnectorUri.unified("x")),
            "uri"),
        Arguments.of("add async blank name", (Call) s -> s.me().connections().addAsync("", fb), "name"),
        Arguments.of("test null uri", (Call) s -> s.me().connections().test(null), "uri"),
        Arguments.of("info blank", (Call) s -> s.me().connections().info(""), "name"),
        Arguments.of("refresh null", (Call) s -> s.me().connections().refresh(null), "name"),
        Arguments.of("remove blank", (Call) s -> s.me().connections().remove("  "), "name"),
        Arguments.of("remove async blank", (Call) s -> s.me().connections().removeAsync("  "), "name"),
        Arguments.of("addresses blank", (Call) s -> s.me().addresses().list(" "), "connectionName"),
        Arguments.of("delete null user", (Call) s -> s.client.users().delete(null), "user"),
        Arguments.of("listed user as session", (Call) s -> s.client.asUser(UeUser.withoutSecret("k")), "user"),
        Arguments.of("null user as session", (Call) s -> s.client.asUser(null), "user"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCalls")
  void refusesBeforeSendingAnyRequest(String name, Call call, String parameter) {
    Throwable t = catchThrowable(() -> call.run(ue));
    assertThat(t).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) t).parameter()).isEqualTo(parameter);
    assertThat(ue.server.getRequestCount()).isZero();
  }

  @Test
  void clientWithoutAppCredentialsRefusesUserManagementButActsAsUsers() {
    try (UnificationEngineClient c = UnificationEngineClient.builder().options(ue.options()).build()) {
      Throwable t = catchThrowable(c::users);
      assertThat(t).isExactlyInstanceOf(IllegalStateException.class);
      assertThat(c.asUser(UeUser.of("k", "s")).user().key()).isEqualTo("k");
    }
    assertThat(ue.server.getRequestCount()).isZero();
  }

  @Test
  void builderNeedsBothAppKeyAndSecretOrNeither() {
    assertThat(catchThrowable(() -> UnificationEngineClient.builder().appKey("k").build()))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("appSecret");
    assertThat(catchThrowable(() -> UnificationEngineClient.builder().appSecret("s").build()))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("appKey");
    assertThat(catchThrowable(() -> UnificationEngineClient.builder().appKey(" ").appSecret("s").build()))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("appKey");
  }

  @Test
  void userManagementWithoutAppCredentialsSaysWhatToConfigure() {
    try (UnificationEngineClient c = UnificationEngineClient.builder().build()) {
      assertThat(catchThrowable(c::users)).isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not configured").hasMessageContaining("appKey");
    }
  }

  @Test
  void plainHttpIsRefusedForNonLoopbackHosts() {
    assertThat(catchThrowable(() -> UnificationEngineClient.builder().appKey("k").appSecret("s")
        .baseUrl("http://apiv2.unificationengine.com").build()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void defaultBaseUrlIsTheHttpsService() {
    try (UnificationEngineClient c = UnificationEngineClient.builder().appKey("k").appSecret("s").build()) {
      assertThat(c.options().baseUrl().toString()).isEqualTo("https://apiv2.unificationengine.com/");
    }
  }
}
