package dev.unisdk.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.RedirectException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.it.support.RecordingSleeper;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Redirects never change what a call means, never leak credentials, never loop. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileRedirectTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer other = new MockWebServer();
  private CrmClient crm;

  @BeforeEach
  void start() throws Exception {
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    other.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 2)
        .defaultHeader("X-Tenant-Secret", "tenant-SECRET").sensitiveHeader("X-Tenant-Secret").build());
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
    server.shutdown();
    other.shutdown();
  }

  private static MockResponse redirect(int status, String location) {
    return new MockResponse().setResponseCode(status).setHeader("Location", location);
  }

  @Test
  void aPatchAnswered302IsARedirectExceptionNotTheReadOfTheTarget() {
    server.enqueue(redirect(302, "/crm/contacts/c1"));
    server.enqueue(new MockResponse().setBody(Hostile.CREATED));

    assertThatThrownBy(() -> crm.contacts().update("c1", Contact.builder().name("Ada Lovelace").build()))
        .isInstanceOfSatisfying(RedirectException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(302);
          assertThat(e.reason()).contains("PATCH");
        });
    assertThat(server.getRequestCount()).as("not followed, not retried").isEqualTo(1);
  }

  @Test
  void aDeleteAnswered301IsARedirectException() throws Exception {
    server.enqueue(redirect(301, "/crm/contacts/c1"));
    server.enqueue(redirect(301, "/crm/contacts/c1"));
    server.enqueue(new MockResponse().setBody(Hostile.CREATED));

    assertThatThrownBy(() -> crm.contacts().delete("c1")).isInstanceOf(RedirectException.class);
    assertThatThrownBy(() -> crm.contacts().deleteAsync("c1").get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(RedirectException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPostAnswered307IsARedirectException() {
    server.enqueue(redirect(307, "/elsewhere"));
    assertThatThrownBy(() -> crm.contacts().create(Contact.builder().name("Ada Lovelace").build()))
        .isInstanceOf(RedirectException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetFollowsASameOriginRedirectWithItsCredentials() throws Exception {
    server.enqueue(redirect(302, "/moved/c1"));
    server.enqueue(new MockResponse().setBody(Hostile.ONE_CONTACT));

    assertThat(crm.contacts().get("c1").id()).isEqualTo("c1");
    server.takeRequest();
    RecordedRequest hop = server.takeRequest();
    assertThat(hop.getPath()).isEqualTo("/moved/c1");
    assertThat(hop.getHeader("Authorization")).isEqualTo("Bearer " + Hostile.API_KEY);
  }

  @Test
  void aCrossOriginHopCarriesNoCredentialNorSensitiveHeader() throws Exception {
    server.enqueue(redirect(302, other.url("/stolen").toString()));
    other.enqueue(new MockResponse().setBody(Hostile.ONE_CONTACT));

    assertThat(crm.contacts().get("c1").id()).isEqualTo("c1");
    RecordedRequest hop = other.takeRequest(5, TimeUnit.SECONDS);
    assertThat(hop).isNotNull();
    assertThat(hop.getHeader("Authorization")).isNull();
    assertThat(hop.getHeader("X-Tenant-Secret")).isNull();
    assertThat(hop.getHeaders().toString()).doesNotContain("SECRET");
  }

  @Test
  void aRedirectToCleartextOffLoopbackIsNeverFollowed() {
    server.enqueue(redirect(302, "http://10.255.255.1/crm/contacts/c1"));
    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOfSatisfying(RedirectException.class, e -> assertThat(e.reason()).contains("cleartext"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectLoopEndsInOneExceptionAndIsNotRetried() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(redirect(302, "/a"));
      server.enqueue(redirect(302, "/b"));
    }
    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOfSatisfying(RedirectException.class, e -> assertThat(e.reason()).contains("loop"));
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(4);
  }

  @Test
  void moreThanFiveHopsEndInOneException() {
    for (int i = 0; i < 20; i++) {
      server.enqueue(redirect(302, "/hop" + i));
    }
    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOfSatisfying(RedirectException.class, e -> assertThat(e.reason()).contains("5 redirects"));
    assertThat(server.getRequestCount()).isEqualTo(6);
  }
}
