package dev.unisdk.fakeserver.internal.http;

/** Turns a parsed request into a {@link Reply}. Implementations are thread-safe. */
public interface RequestProcessor {
  /** Processes one request. Must not throw; failures become 5xx replies. */
  Reply process(FakeRequest request);

  /**
   * The response for a request the server could not parse or accept (400, 413, 414, 431, 501, 505).
   *
   * @param status the HTTP status
   * @param message a short description, safe to show
   * @param rawPath the request's raw path when known, else null
   */
  FakeResponse protocolError(int status, String message, String rawPath);
}
