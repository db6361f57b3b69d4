package dev.unisdk.fakeserver;

import dev.unisdk.fakeserver.internal.integrations.IntegrationsFake;
import java.util.Arrays;
import java.util.List;

/**
 * Test-side control of the Integrations fake ({@code /api/v1/integrations}): credentials, ready-made
 * connections and unsupported object types. Thread-safe; state is cleared by {@link FakeServer#reset()}.
 */
public final class IntegrationsAdmin {
  private final IntegrationsFake fake;

  IntegrationsAdmin(IntegrationsFake fake) {
    this.fake = fake;
  }

  /** The accepted Bearer token. */
  public String token() {
    return fake.token();
  }

  /** Requests allowed per token per sliding minute before 429. */
  public int rateLimitPerMinute() {
    return fake.rateLimitPerMinute();
  }

  /** Accepts another Bearer token (same connections, its own rate-limit window) until reset. */
  public void addToken(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    fake.addToken(token);
  }

  /**
   * Creates an already active connection, as if the user had finished the authorization flow.
   *
   * @param integrationType e.g. {@code hubspot}
   * @param categories the categories to activate, e.g. {@code crm}
   * @return the connection id
   * @throws IllegalArgumentException for an unknown integration or a category it does not support
   */
  public String createConnection(String integrationType, String... categories) {
    if (categories.length == 0) {
      throw new IllegalArgumentException("at least one category");
    }
    return fake.createActiveConnection(integrationType, Arrays.asList(categories));
  }

  /** Makes data requests for this integration's object type answer 405 (until reset). */
  public void markUnsupported(String integrationType, String category, String objectType) {
    fake.markUnsupported(integrationType, category, objectType);
  }

  /** Ids of all connections, pending and active, oldest first. */
  public List<String> connectionIds() {
    return fake.connectionIds();
  }

  /** True when the connection exists and was finalized by the callback. */
  public boolean isActive(String connectionId) {
    return fake.isActive(connectionId);
  }
}
