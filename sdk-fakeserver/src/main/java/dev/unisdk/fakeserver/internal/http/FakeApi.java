package dev.unisdk.fakeserver.internal.http;

/** One fake API mounted on the shared server (Apideck, Integrations, UnificationEngine). */
public interface FakeApi {
  /** Adds this API's routes. Called once, before the server accepts connections. */
  void register(Router router);

  /** Forgets all state and re-seeds, as at start. Called between tests. */
  void reset();
}
