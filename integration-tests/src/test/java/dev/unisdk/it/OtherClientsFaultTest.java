package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Integrations and UnificationEngine clients under the same faults, against their documented retry
 * rules: Integrations retries a 429 for every operation (a refused request did nothing) but never resends
 * a POST that may have been processed; UnificationEngine retries its read-only POSTs only.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OtherClientsFaultTest {
  private static final int RECORDS = 120;

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(17).recordsPerResource(RECORDS)
      .integrationsRateLimitPerMinute(100_000));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private IntegrationsClient integrations;
  private UnificationEngineClient ue;

  @BeforeEach
  void setUp() {
    ClientOptions integrationsOptions = IntegrationsClient.optionsBuilder().baseUrl(server.integrationsBaseUrl())
        .readTimeout(Clients.READ_TIMEOUT).sleeper(sleeper).clock(Clients.options(server, sleeper).clock()).build();
    integrations = IntegrationsClient.builder().token(FakeServer.DEFAULT_INTEGRATIONS_TOKEN)
        .options(integrationsOptions).build();
    ue = UnificationEngineClient.builder().appKey(FakeServer.DEFAULT_UE_APP_KEY)
        .appSecret(FakeServer.DEFAULT_UE_APP_SECRET).baseUrl(server.baseUrl())
        .options(Clients.options(server, sleeper)).build();
  }

  @AfterEach
  void tearDown() {
    integrations.close();
    ue.close();
  }

  // ------------------------------------------------------------------ Integrations

  @Test
  void integrationsConnectRefusedWith429IsRetriedHonouringRetryAfter() {
    server.faults().add(Fault.status(429).withRetryAfterSeconds(4).forMethod("POST"));

    ConnectResponse started = integrations.connections().connect(connectHubspot());

    assertThat(started.connectionId()).isNotBlank();
    assertThat(server.requests().count("integrations.connect")).isEqualTo(2);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(4));
    assertThat(server.integrations().connectionIds()).containsExactly(started.connectionId());
  }

  @Test
  void integrationsConnectAnsweredWith503IsNotResent() {
    server.faults().add(Fault.status(503).forMethod("POST"));

    Throwable t = catchThrowable(() -> integrations.connections().connect(connectHubspot()));

    assertThat(t).isInstanceOf(ServerException.class);
    assertThat(((ServerException) t).requestId()).isEqualTo(server.requests().last().requestId());
    assertThat(server.requests().count("integrations.connect")).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void integrationsConnectDroppedAfterProcessingIsNotResent() {
    server.faults().add(Fault.dropBeforeResponse().forMethod("POST"));

    Throwable t = catchThrowable(() -> integrations.connections().connect(connectHubspot()));

    assertThat(t).isInstanceOf(ConnectionException.class);
    assertThat(server.requests().count("integrations.connect")).isEqualTo(1);
    assertThat(server.integrations().connectionIds()).hasSize(1); // created once, by the only attempt
  }

  @Test
  void integrationsOffsetPagingYieldsEveryRecordOnceWhilePagesFail() {
    String connectionId = server.integrations().createConnection("hubspot", "crm");
    List<String> expected = integrations.data(connectionId, Category.CRM, "contact")
        .list(DataQuery.builder().limit(100).build()).stream().map(DataRecord::id).collect(Collectors.toList());
    assertThat(expected).hasSize(RECORDS).doesNotHaveDuplicates();
    server.requests().clear();
    sleeper.clear();

    List<Fault> faults = List.of(Fault.status(503).times(2), Fault.dropBeforeResponse(),
        Fault.status(429).withRetryAfterSeconds(1), Fault.stall(Duration.ofSeconds(2)), Fault.status(502));
    List<String> ids = new ArrayList<>();
    int limit = 20;
    Iterator<DataRecord> it = integrations.data(connectionId, Category.CRM, "contact")
        .list(DataQuery.builder().limit(limit).build()).iterator();
    int page = 0;
    while (true) {
      if (ids.size() == page * limit) {
        if (page >= 1 && page <= faults.size()) {
          server.faults().add(faults.get(page - 1).forMethod("GET").forPathPrefix("/api/v1/integrations/"));
        }
        page++;
      }
      if (!it.hasNext()) {
        break;
      }
      ids.add(it.next().id());
    }

    assertThat(ids).isEqualTo(expected);
    assertThat(server.faults().pending()).isZero();
    // 6 full pages, one empty page to learn the end, and one retry per injected failure
    assertThat(server.requests().count("integrations.data.list")).isEqualTo(RECORDS / limit + 1 + 6);
  }

  private static ConnectParams connectHubspot() {
    return ConnectParams.builder().integrationType("hubspot").categories(Category.CRM)
        .redirectUrl("https://app.example.com/done").build();
  }

  // ------------------------------------------------------------------ UnificationEngine

  @Test
  void ueReadOnlyPostIsRetriedOn503() {
    ue.users().create();
    server.requests().clear();
    server.faults().add(Fault.status(503).times(2).forPathPrefix("/v2/user/list"));

    List<UeUser> users = ue.users().list();

    assertThat(users).hasSize(1);
    assertThat(server.requests().count("ue.user.list")).isEqualTo(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void ueUserCreateDroppedAfterProcessingIsNotResent() {
    server.faults().add(Fault.dropBeforeResponse().forPathPrefix("/v2/user/create"));

    Throwable t = catchThrowable(() -> ue.users().create());

    assertThat(t).isInstanceOf(UnisdkException.class);
    assertThat(server.requests().count("ue.user.create")).isEqualTo(1);
    assertThat(server.unificationEngine().userKeys()).hasSize(1);
  }

  @Test
  void ueMessageSendDroppedOrRefusedIsNotResent() {
    UeUser user = ue.users().create();
    UserSession me = ue.asUser(user);
    me.connections().add("fb", ConnectorUri.of("facebook", "token"));
    var message = dev.unisdk.unificationengine.model.UeMessage.builder()
        .receivers(List.of(Participant.builder().address("friend").connector("fb").build()))
        .parts(List.of(MessagePart.builder().type("body").contentType("text/plain").data("hi").build())).build();

    server.faults().add(Fault.stall(Duration.ofSeconds(3)).forPathPrefix("/v2/message/send"));
    Throwable stalled = catchThrowable(() -> me.messages().send(message));
    server.faults().add(Fault.status(503).forPathPrefix("/v2/message/send"));
    Throwable refused = catchThrowable(() -> me.messages().send(message));

    assertThat(stalled).isInstanceOf(UnisdkException.class);
    assertThat(refused).isInstanceOf(ServerException.class);
    assertThat(server.requests().count("ue.message.send")).isEqualTo(2);
    assertThat(server.unificationEngine().sentMessages(user.key())).hasSize(1); // the stalled one went out
    assertThat(sleeper.delays()).isEmpty();
  }
}
