package dev.unisdk.fakeserver.internal.http;

/** Answers one routed request. Implementations are thread-safe. */
@FunctionalInterface
public interface Handler {
  /** Produces the response for a request whose route matched. */
  FakeResponse handle(FakeRequest request);
}
