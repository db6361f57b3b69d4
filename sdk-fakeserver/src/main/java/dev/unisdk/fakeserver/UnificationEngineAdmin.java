package dev.unisdk.fakeserver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.ue.UnificationEngineFake;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test-side control of the UnificationEngine fake ({@code /v2}): app credentials, ready-made users,
 * sent messages and injected connector failures. Thread-safe; state is cleared by {@link FakeServer#reset()}.
 */
public final class UnificationEngineAdmin {
  private final UnificationEngineFake fake;

  UnificationEngineAdmin(UnificationEngineFake fake) {
    this.fake = fake;
  }

  /**
   * A user's Basic credentials, as in {@code user://KEY:SECRET@}. {@link #toString()} hides the secret.
   *
   * @param key the user key (Basic user name)
   * @param secret the user secret (Basic password)
   */
  public record User(String key, String secret) {
    /** The user URI with the secret, as user/create returns it. */
    public String uri() {
      return "user://" + key + ":" + secret + "@";
    }

    @Override
    public String toString() {
      return "User[key=" + key + ", secret=****]";
    }
  }

  /** The app key (Basic user name for user/create|delete|list). */
  public String appKey() {
    return fake.appKey();
  }

  /** The app secret (Basic password for user/create|delete|list). */
  public String appSecret() {
    return fake.appSecret();
  }

  /** Creates a user, as {@code user/create} would. */
  public User createUser() {
    String[] credentials = fake.createUser();
    return new User(credentials[0], credentials[1]);
  }

  /** Keys of all users, oldest first. */
  public List<String> userKeys() {
    return fake.userKeys();
  }

  /** Names of a user's connections in the order added (empty for an unknown user). */
  public List<String> connectionNames(String userKey) {
    return fake.connectionNames(userKey);
  }

  /**
   * What a user sent successfully, one entry per connection and send: {@code connection},
   * {@code connector}, {@code message}, {@code receivers}, {@code URIs}, {@code delivered_to} (each receiver's address, or {@code "me"} for a
   * receiver without one: the connection's own account), {@code sent_at}. Oldest first.
   */
  public List<JsonNode> sentMessages(String userKey) {
    return Collections.unmodifiableList(new ArrayList<>(fake.sentMessages(userKey)));
  }

  /**
   * Makes {@code message/send} through connections of this connector (e.g. {@code twitter}) fail with
   * {@code 1000 Internal Error} in their {@code Status} entry, while other connections still succeed.
   */
  public void failConnector(String connector) {
    fake.failConnector(connector);
  }

  /**
   * Makes the next {@code times} calls of an endpoint (e.g. {@code user/create}, {@code connection/add})
   * answer {@code {"status":1000,"info":"Internal Error"}} with HTTP 200.
   */
  public void failNextWithInternalError(String endpoint, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be >= 1");
    }
    fake.failNextWithInternalError(endpoint, times);
  }
}
