package dev.unisdk.unificationengine;

import dev.unisdk.unificationengine.internal.Outcome;
import dev.unisdk.unificationengine.model.DeliveryStatus;
import dev.unisdk.unificationengine.model.SendMessageResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link MessagesService#send}: the result per connection and the URIs of what was sent.
 * A message can go out through one connection and fail on another; such a partial success is returned
 * ({@link #isPartialSuccess()}), not thrown. When every reported connection failed, {@code send} throws
 * {@link MessageNotSentException} instead (which carries this result). Immutable.
 */
public final class SendResult {
  private final SendMessageResponse response;
  private final Map<String, DeliveryStatus> statuses;
  private final Set<String> succeeded;
  private final Set<String> failed;
  private final List<String> uris;

  SendResult(SendMessageResponse response) {
    this.response = response;
    Map<String, DeliveryStatus> byName = new LinkedHashMap<>();
    Set<String> ok = new LinkedHashSet<>();
    Set<String> ko = new LinkedHashSet<>();
    for (Map.Entry<String, DeliveryStatus> e : response.connectionStatuses().entrySet()) {
      DeliveryStatus s = e.getValue();
      if (e.getKey() == null || s == null) {
        continue;
      }
      byName.put(e.getKey(), s);
      (Outcome.of(s.status(), s.info()).ok() ? ok : ko).add(e.getKey());
    }
    this.statuses = Collections.unmodifiableMap(byName);
    this.succeeded = Collections.unmodifiableSet(ok);
    this.failed = Collections.unmodifiableSet(ko);
    this.uris = Collections.unmodifiableList(new ArrayList<>(response.uris()));
  }

  /**
   * Returns the overall status of the call, as the service reported it.
   *
   * @return 200 (or absent), or for a partial success the code the service gave the whole call (e.g. its
   *     first failure's); a call through which no connection succeeded is thrown instead
   */
  public int status() {
    Integer s = response.status();
    return s == null ? Outcome.OK : s;
  }

  /**
   * Returns the overall info text.
   *
   * @return e.g. {@code OK} or {@code 200 OK}, or null
   */
  public @Nullable String info() {
    return response.info();
  }

  /**
   * Returns the result of every connection the service reported, by connection name.
   *
   * @return an unmodifiable map in the service's order
   */
  public Map<String, DeliveryStatus> statuses() {
    return statuses;
  }

  /**
   * Returns the result for one connection.
   *
   * @param connectionName the connection name
   * @return its status and info, or null when the service reported nothing for it
   */
  public @Nullable DeliveryStatus statusFor(String connectionName) {
    return statuses.get(connectionName);
  }

  /**
   * Tells whether the message went out through a connection.
   *
   * @param connectionName the connection name
   * @return true when the service reported status 200 for it
   */
  public boolean succeeded(String connectionName) {
    return succeeded.contains(connectionName);
  }

  /**
   * Returns the connections the message went out through.
   *
   * @return the names, in the service's order
   */
  public Set<String> succeededConnections() {
    return succeeded;
  }

  /**
   * Returns the connections that failed.
   *
   * @return the names, in the service's order
   */
  public Set<String> failedConnections() {
    return failed;
  }

  /**
   * Returns the URIs of what was sent, e.g. {@code facebook://facebook.com/ID}.
   *
   * @return an unmodifiable list, empty when none were reported
   */
  public List<String> uris() {
    return uris;
  }

  /**
   * Tells whether no reported connection failed.
   *
   * @return true when every reported connection succeeded (also when none was reported)
   */
  public boolean isSuccess() {
    return failed.isEmpty();
  }

  /**
   * Tells whether the message went out through some connections but failed on others.
   *
   * @return true when at least one connection succeeded and at least one failed
   */
  public boolean isPartialSuccess() {
    return !succeeded.isEmpty() && !failed.isEmpty();
  }

  /**
   * Returns the decoded response body.
   *
   * @return the wire model
   */
  public SendMessageResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "SendResult{status=" + status() + ", succeeded=" + succeeded + ", failed=" + failed
        + ", uris=" + uris.size() + "}";
  }
}
