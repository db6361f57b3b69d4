package dev.unisdk.unificationengine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.json.Json;
import dev.unisdk.unificationengine.model.ConnectionInfoResponse;
import dev.unisdk.unificationengine.model.CreateUserResponse;
import dev.unisdk.unificationengine.model.ListAddressesResponse;
import dev.unisdk.unificationengine.model.ListConnectionsResponse;
import dev.unisdk.unificationengine.model.ListUsersResponse;
import dev.unisdk.unificationengine.model.SendMessageResponse;
import dev.unisdk.unificationengine.model.StatusResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A response body type of the wire (a generated model) and how to read its {@code status}/{@code info}.
 * Reading decodes the body straight into the model, then checks the outcome: a body {@code status}
 * other than 200 throws the typed {@link dev.unisdk.unificationengine.UnificationEngineException}.
 *
 * @param <M> the model type
 */
public final class Wire<M> {
  /** Body of the calls that answer only a status. */
  public static final Wire<StatusResponse> STATUS =
      new Wire<>(StatusResponse.class, StatusResponse::status, StatusResponse::info);
  /** Body of {@code user/create}. */
  public static final Wire<CreateUserResponse> CREATE_USER =
      new Wire<>(CreateUserResponse.class, CreateUserResponse::status, CreateUserResponse::info);
  /** Body of {@code user/list}. */
  public static final Wire<ListUsersResponse> LIST_USERS =
      new Wire<>(ListUsersResponse.class, ListUsersResponse::status, ListUsersResponse::info);
  /** Body of {@code connection/info}. */
  public static final Wire<ConnectionInfoResponse> CONNECTION_INFO = new Wire<>(
      ConnectionInfoResponse.class, ConnectionInfoResponse::status, ConnectionInfoResponse::info);
  /** Body of {@code connection/list}. */
  public static final Wire<ListConnectionsResponse> LIST_CONNECTIONS = new Wire<>(
      ListConnectionsResponse.class, ListConnectionsResponse::status, ListConnectionsResponse::info);
  /** Body of {@code address/list}. */
  public static final Wire<ListAddressesResponse> LIST_ADDRESSES = new Wire<>(
      ListAddressesResponse.class, ListAddressesResponse::status, ListAddressesResponse::info);
  /** Body of {@code message/send}. */
  public static final Wire<SendMessageResponse> SEND_MESSAGE = new Wire<>(SendMessageResponse.class,
      SendMessageResponse::status, SendMessageResponse::info, m -> !m.connectionStatuses().isEmpty());

  private final Class<M> type;
  private final ObjectReader reader;
  private final Function<M, Integer> status;
  private final Function<M, String> info;
  private final Predicate<M> carriesResults;

  private Wire(Class<M> type, Function<M, Integer> status, Function<M, String> info) {
    this(type, status, info, model -> false);
  }

  private Wire(Class<M> type, Function<M, Integer> status, Function<M, String> info, Predicate<M> carriesResults) {
    this.type = type;
    // a second JSON document after the body is an error, not ignored
    this.reader = Json.mapper().readerFor(type)
        .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.status = status;
    this.info = info;
    this.carriesResults = carriesResults;
  }

  /**
   * Decodes a 2xx body and checks its outcome.
   *
   * @param raw the response
   * @return the model, never null
   * @throws IOException when the body is not the expected JSON
   * @throws dev.unisdk.unificationengine.UnificationEngineException when the body's status is not 200
   *     and the body carries no per-connection results
   */
  public M read(RawResponse raw) throws IOException {
    M model;
    try {
      model = reader.readValue(raw.bodyBytes());
    } catch (JsonProcessingException e) {
      // An error body may not fit the success model; its status still decides the exception.
      Outcome outcome = outcomeOfTree(raw);
      if (outcome != null && !outcome.ok()) {
        throw outcome.toException(raw);
      }
      throw e;
    }
    if (model == null) {
      throw new InvalidResponseException(
          "Expected a JSON object (" + type.getSimpleName() + ") but the body was null (status "
              + raw.statusCode() + ")", raw.statusCode(), raw.bodyString(), null, null);
    }
    Outcome outcome = Outcome.of(status.apply(model), info.apply(model));
    if (!outcome.ok() && !carriesResults.test(model)) {
      throw outcome.toException(raw);
    }
    // a body with per-connection results is returned whatever its status: the caller decides from them
    return model;
  }

  private static Outcome outcomeOfTree(RawResponse raw) {
    try {
      JsonNode tree = Json.mapper().readTree(raw.bodyBytes());
      return Outcome.of(tree);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }
}
