package dev.unisdk.benchmarks;

import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.telemetry.OperationInfo;
import dev.unisdk.core.telemetry.OperationListener;
import dev.unisdk.core.telemetry.OperationObserver;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 17: the operation events cost nothing measurable when no listener is set. The same get and list
 * page as {@link GetBenchmark} / {@link ListPageBenchmark}, on a client with the default
 * {@link OperationListener#NONE} ({@code none*}) and on one with a listener that does nothing but is not
 * {@code NONE} ({@code noop*}: it returns an observer with empty methods, so the pipeline builds every
 * event). {@code none} should equal the SDK's plain numbers; the {@code noop - none} gap is the price of
 * the events themselves, paid only by users who set a listener.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ListenerOverheadBenchmark {
  /** A listener that sees every operation and ignores every event (but is not {@code NONE}). */
  static final class NoopListener implements OperationListener {
    private static final OperationObserver EMPTY = new OperationObserver() {};

    @Override
    public OperationObserver operationStarted(OperationInfo operation) {
      return EMPTY;
    }
  }

  /** The server and the two SDK clients. */
  @State(Scope.Benchmark)
  public static class ListenerState {
    FixedResponseServer server;
    CrmClient none;
    CrmClient noop;
    ContactListParams pageParams;

    /** Starts the server and builds both clients. */
    @Setup(Level.Trial)
    public void start() throws IOException {
      server = new FixedResponseServer(Routes.fixed());
      none = Clients.sdk(server.baseUrl());
      noop = CrmClient.builder().apiKey(Clients.API_KEY).appId(Clients.APP_ID).consumerId(Clients.CONSUMER_ID)
          .options(ClientOptions.builder().operationListener(new NoopListener()).build())
          .baseUrl(server.baseUrl()).build();
      pageParams = ContactListParams.builder().limit(Routes.PAGE_SIZE).build();
    }

    /** Stops the server and closes both clients. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
      none.close();
      noop.close();
      server.close();
    }
  }

  /** Get, default listener ({@code NONE}). */
  @Benchmark
  public Contact getNone(ListenerState s) {
    return s.none.contacts().get(Routes.CONTACT_ID);
  }

  /** Get, a no-op listener set. */
  @Benchmark
  public Contact getNoop(ListenerState s) {
    return s.noop.contacts().get(Routes.CONTACT_ID);
  }

  /** List page of 200, default listener ({@code NONE}). */
  @Benchmark
  public ApideckListResponse<Contact> listPageNone(ListenerState s) {
    return s.none.contacts().withRawResponse().list(s.pageParams).value();
  }

  /** List page of 200, a no-op listener set. */
  @Benchmark
  public ApideckListResponse<Contact> listPageNoop(ListenerState s) {
    return s.noop.contacts().withRawResponse().list(s.pageParams).value();
  }
}
