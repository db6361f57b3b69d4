package dev.unisdk.fakeserver.internal.http;

/** Writes an error response in one API's own error shape (Apideck, Integrations, UnificationEngine). */
@FunctionalInterface
public interface ErrorFormat {
  /**
   * An error response.
   *
   * @param status the HTTP status
   * @param message a human-readable message (never a credential)
   */
  FakeResponse error(int status, String message);
}
