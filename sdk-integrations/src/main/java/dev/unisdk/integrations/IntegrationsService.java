package dev.unisdk.integrations;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.integrations.internal.Caller;
import dev.unisdk.integrations.internal.Endpoints;
import dev.unisdk.integrations.model.Integration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The integration catalogue ({@code GET /v1/integrations}): what can be connected. Thread-safe. */
public final class IntegrationsService {
  private final Caller caller;

  IntegrationsService(Caller caller) {
    this.caller = caller;
  }

  /**
   * Returns a view of this service whose calls use extra options (timeout, retries, headers...).
   *
   * @param options the options; they win over the client's
   * @return the view
   */
  public IntegrationsService withOptions(RequestOptions options) {
    return new IntegrationsService(caller.withOptions(options));
  }

  /**
   * Returns a view whose calls return the response (status, headers) with the value.
   *
   * @return the view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * Lists the available integrations ({@code GET /v1/integrations}).
   *
   * @return the integrations
   */
  public List<Integration> list() {
    return withRawResponse().list().value();
  }

  /**
   * Lists the available integrations asynchronously.
   *
   * @return the future integrations
   */
  public CompletableFuture<List<Integration>> listAsync() {
    return caller.executeValueAsync(Endpoints.listIntegrations());
  }

  /** The calls of {@link IntegrationsService}, returning the whole response. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists the available integrations.
     *
     * @return the response with the integrations
     */
    public ApiResponse<List<Integration>> list() {
      return caller.execute(Endpoints.listIntegrations());
    }
  }
}
