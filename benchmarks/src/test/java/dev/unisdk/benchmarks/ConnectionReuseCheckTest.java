package dev.unisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The connection counting of {@link ConnectionReuseCheck}, on a small bounded run (8 callers x 50 gets). */
@Timeout(60)
class ConnectionReuseCheckTest {
  @Test
  void callersOnAPoolThatFitsReuseTheirConnectionsAndEveryRequestIsCounted() throws Exception {
    ConnectionReuseCheck.Result r = ConnectionReuseCheck.run("sync", "tuned", 8, 50);

    assertThat(r.failure()).isNull();
    assertThat(r.requests()).isEqualTo(400);
    assertThat(r.served()).isEqualTo(400);
    assertThat(r.opened()).isBetween(1L, 8L);
    assertThat(r.clientClosed()).isZero();
    assertThat(r.maxOpenAtOnce()).isBetween(1L, 8L);
    assertThat(r.reused()).isTrue();
    assertThat(r.toString()).contains("verdict=REUSED").contains("connections_opened=" + r.opened());
  }

  @Test
  void churnIsReportedWhenConnectionsOpenedExceedTwicePerCaller() {
    ConnectionReuseCheck.Result churn = new ConnectionReuseCheck.Result("sync", "default", 64, 12800, 12800, 172, 168,
        64, 5000, null);

    assertThat(churn.reused()).isFalse();
    assertThat(churn.requestsPerConnection()).isCloseTo(74.4, org.assertj.core.data.Offset.offset(0.1));
    assertThat(churn.toString()).contains("verdict=CHURN").contains("client_closed=168");
  }
}
