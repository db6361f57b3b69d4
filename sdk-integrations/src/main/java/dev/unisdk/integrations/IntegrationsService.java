package dev.unisdk.integrations;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.integrations.internal.Caller;
import dev.unisdk.integrations.internal.Endpoints;
import dev.unisdk.integrations.model.Integration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The integration catalogue ({@code GET /v1/integrations}): what can be connected. Per-call
 * {@link RequestOptions} are the optional last argument; {@link #withRawResponse()} answers the whole
 * response. Thread-safe.
 */
public final class IntegrationsService {
  private final Caller caller;
  private final WithRawResponse raw = new WithRawResponse();

  IntegrationsService(Caller caller) {
    this.caller = caller;
  }

  /**
   * Returns the same operations answering the whole response (status, headers, request id) with the value.
   *
   * @return the view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Lists the available integrations ({@code GET /v1/integrations}).
   *
   * @return the integrations
   */
  public List<Integration> list() {
    return list(null);
  }

  /**
   * Lists the available integrations with per-call options.
   *
   * @param options per-call options; null for none
   * @return the integrations
   */
  public List<Integration> list(@Nullable RequestOptions options) {
    return raw.list(options).value();
  }

  /**
   * Lists the available integrations asynchronously.
   *
   * @return the future integrations
   */
  public CompletableFuture<List<Integration>> listAsync() {
    return listAsync(null);
  }

  /**
   * Lists the available integrations asynchronously, with per-call options.
   *
   * @param options per-call options; null for none
   * @return the future integrations
   */
  public CompletableFuture<List<Integration>> listAsync(@Nullable RequestOptions options) {
    return Caller.map(raw.listAsync(options), ApiResponse::value);
  }

  private Caller caller(@Nullable RequestOptions options) {
    return options == null ? caller : caller.withOptions(options);
  }

  /** The calls of {@link IntegrationsService}, returning the whole response. Thread-safe. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists the available integrations.
     *
     * @return the response with the integrations
     */
    public ApiResponse<List<Integration>> list() {
      return list(null);
    }

    /**
     * Lists the available integrations with per-call options.
     *
     * @param options per-call options; null for none
     * @return the response with the integrations
     */
    public ApiResponse<List<Integration>> list(@Nullable RequestOptions options) {
      return caller(options).execute(Endpoints.listIntegrations());
    }

    /**
     * Lists the available integrations asynchronously.
     *
     * @param options per-call options; null for none
     * @return the future response
     */
    public CompletableFuture<ApiResponse<List<Integration>>> listAsync(@Nullable RequestOptions options) {
      return caller(options).executeAsync(Endpoints.listIntegrations());
    }
  }
}
