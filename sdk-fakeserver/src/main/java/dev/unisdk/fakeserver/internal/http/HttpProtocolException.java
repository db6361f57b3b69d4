package dev.unisdk.fakeserver.internal.http;

/** A request the server cannot parse or accept; answered with {@link #status()} and the connection closed. */
public final class HttpProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  /** Creates the exception with the HTTP status to answer (400, 413, 431, 501, 505). */
  public HttpProtocolException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }
}
