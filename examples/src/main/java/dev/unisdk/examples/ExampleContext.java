package dev.unisdk.examples;

import dev.unisdk.Unisdk;
import dev.unisdk.fakeserver.FakeServer;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an example runs against: one {@link Unisdk} whose providers point at the real services
 * (when their credentials are in environment variables, see {@link Provider}) or at the embedded
 * {@link FakeServer}, plus a place to print what each step did.
 */
public final class ExampleContext implements AutoCloseable {
  /** The Apideck consumer the examples act for on the fake server. */
  public static final String FAKE_CONSUMER_ID = "unisdk-examples";

  private final String name;
  private final Unisdk unisdk;
  private final FakeServer fake;
  private final boolean ownsFake;
  private final Set<Provider> real;
  private final PrintStream out;

  private ExampleContext(String name, Unisdk unisdk, FakeServer fake, boolean ownsFake, Set<Provider> real,
      PrintStream out) {
    this.name = name;
    this.unisdk = unisdk;
    this.fake = fake;
    this.ownsFake = ownsFake;
    this.real = real;
    this.out = out;
  }

  /**
   * Runs one example as a program: real services for the providers configured in the environment,
   * an embedded fake server for the others. Exits with status 1 when the example fails.
   */
  public static void runMain(String name, Consumer<ExampleContext> example) {
    try (ExampleContext ctx = fromEnvironment(name, System.getenv(), System.out)) {
      example.accept(ctx);
      ctx.say("done");
    } catch (RuntimeException e) {
      System.err.println(name + " FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** A context reading credentials from {@code env}; starts a fake server when a provider lacks them. */
  public static ExampleContext fromEnvironment(String name, Map<String, String> env, PrintStream out) {
    Set<Provider> real = EnumSet.noneOf(Provider.class);
    for (Provider p : Provider.values()) {
      if (p.configuredIn(env)) {
        real.add(p);
      }
    }
    FakeServer fake = real.size() == Provider.values().length ? null : FakeServer.start();
    try {
      Unisdk.Builder b = Unisdk.builder();
      if (real.contains(Provider.APIDECK)) {
        b.apideck(env.get("APIDECK_API_KEY"), env.get("APIDECK_APP_ID"), env.get("APIDECK_CONSUMER_ID"));
      } else {
        fakeApideck(b, fake);
      }
      if (real.contains(Provider.INTEGRATIONS)) {
        b.integrationsToken(env.get("LIZA_TOKEN"));
      } else {
        fakeIntegrations(b, fake);
      }
      if (real.contains(Provider.UNIFICATION_ENGINE)) {
        b.unificationEngine(env.get("UE_APP_KEY"), env.get("UE_APP_SECRET"));
      } else {
        fakeUnificationEngine(b, fake);
      }
      ExampleContext ctx = new ExampleContext(name, b.build(), fake, true, real, out);
      for (Provider p : Provider.values()) {
        ctx.say("%s: %s", p, real.contains(p) ? "real service (credentials from " + p.variables() + ")"
            : "embedded fake server at " + fake.baseUrl());
      }
      return ctx;
    } catch (RuntimeException e) {
      if (fake != null) {
        fake.close();
      }
      throw e;
    }
  }

  /** A context with every provider on an already running fake server (which the caller closes). */
  public static ExampleContext onFakeServer(String name, FakeServer fake, PrintStream out) {
    Unisdk.Builder b = Unisdk.builder();
    fakeApideck(b, fake);
    fakeIntegrations(b, fake);
    fakeUnificationEngine(b, fake);
    return new ExampleContext(name, b.build(), fake, false, EnumSet.noneOf(Provider.class), out);
  }

  private static void fakeApideck(Unisdk.Builder b, FakeServer fake) {
    b.apideck(fake.apideck().apiKey(), fake.apideck().appId(), FAKE_CONSUMER_ID).apideckBaseUrl(fake.baseUrl());
  }

  private static void fakeIntegrations(Unisdk.Builder b, FakeServer fake) {
    b.integrationsToken(fake.integrations().token()).integrationsBaseUrl(fake.integrationsBaseUrl());
  }

  private static void fakeUnificationEngine(Unisdk.Builder b, FakeServer fake) {
    b.unificationEngine(fake.unificationEngine().appKey(), fake.unificationEngine().appSecret())
        .unificationEngineBaseUrl(fake.baseUrl());
  }

  /** The root client: {@code crm()}, {@code sms()}, {@code integrations()}, {@code unificationEngine()}. */
  public Unisdk unisdk() {
    return unisdk;
  }

  /**
   * The fake server behind a provider, for the few steps only a fake can do (e.g. pointing its
   * webhooks at a local receiver).
   *
   * @return the fake server, or null when the provider is the real service
   */
  public FakeServer fakeFor(Provider provider) {
    return real.contains(provider) ? null : fake;
  }

  /** Prints one line of what the example did, prefixed with its name. */
  public void say(String format, Object... args) {
    out.println("[" + name + "] " + String.format(format, args));
  }

  /** Fails the example (and so the run) when something the step relies on did not happen. */
  public void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(name + ": expected " + what);
    }
  }

  @Override
  public void close() {
    unisdk.close();
    if (ownsFake && fake != null) {
      fake.close();
    }
  }
}
