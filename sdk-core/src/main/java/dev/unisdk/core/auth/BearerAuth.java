package dev.unisdk.core.auth;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends {@code Authorization: Bearer <token>}. The token may come from a supplier, read on every
 * request, so it can be rotated. {@link #toString()} never shows the token.
 */
public final class BearerAuth implements Interceptor {
  private final Supplier<String> token;

  private BearerAuth(Supplier<String> token) {
    this.token = token;
  }

  /**
   * Uses a fixed token.
   *
   * @param token the bearer token
   * @return the interceptor
   * @throws ValidationException when the token is blank
   */
  public static BearerAuth of(String token) {
    Checks.notBlank(token, "token");
    return new BearerAuth(() -> token);
  }

  /**
   * Reads the token from a supplier on every request (rotation). The supplier must be thread-safe.
   *
   * @param token supplies the current bearer token
   * @return the interceptor
   */
  public static BearerAuth of(Supplier<String> token) {
    return new BearerAuth(Checks.notNull(token, "token"));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String value = token.get();
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException("token", "the token supplier returned no token");
    }
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", "Bearer " + value.trim()).build());
  }

  @Override
  public String toString() {
    return "BearerAuth{token=REDACTED}";
  }
}
