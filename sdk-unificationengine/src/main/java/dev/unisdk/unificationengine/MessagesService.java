package dev.unisdk.unificationengine;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.unificationengine.internal.Endpoint;
import dev.unisdk.unificationengine.internal.Outcome;
import dev.unisdk.unificationengine.internal.Rpc;
import dev.unisdk.unificationengine.internal.Wire;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import dev.unisdk.unificationengine.model.internal.SendMessageRequest;
import dev.unisdk.unificationengine.model.SendMessageResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages through a user's connections ({@code message/send}), authenticated with the user's
 * key and secret. Immutable and thread-safe; get it from {@link UserSession#messages()}.
 */
public final class MessagesService {
  private static final Logger LOG = LoggerFactory.getLogger(MessagesService.class);

  private final Rpc rpc;

  MessagesService(Rpc rpc) {
    this.rpc = rpc;
  }

  /**
   * Returns a view of this service whose calls return the value with the HTTP status and headers.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * Sends a message ({@code POST /v2/message/send}, body {@code {"message":{...},"uri":...}}; the
   * top-level {@code uri} repeats {@link UeMessage#uri()}, the connection to send through, when set).
   *
   * <p>A receiver without {@code address} (e.g. {@code Participant.builder().name("Me").connector("fb")
   * .build()}) is the connection's own account. Checked before sending: at least one receiver, each
   * {@code address} that is set not blank;
   * {@code message.uri}, when set, a {@code scheme://...} URI; part sizes not negative.
   *
   * @param message the message, e.g. {@code UeMessage.builder().addReceiver(...).sender(...).subject(...)
   *     .addPart(...).build()} (or {@code receivers(list)} / {@code parts(list)})
   * @return the per-connection results; a partial success is returned, see {@link SendResult}
   * @throws ValidationException when the message fails a check (no request is sent)
   * @throws MessageNotSentException when every reported connection failed
   * @throws UnificationEngineException for a whole-call error, e.g. {@link NoReceiversException},
   *     {@link ConnectionNotFoundException}, {@link FeatureNotSupportedException}
   */
  public SendResult send(UeMessage message) {
    return send(message, null);
  }

  /**
   * Sends a message ({@code POST /v2/message/send}, body {@code {"message":{...},"uri":...}}; the
   * top-level {@code uri} repeats {@link UeMessage#uri()}, the connection to send through, when set).
   *
   * <p>Checked before sending: at least one receiver, each with a non-blank {@code address};
   * {@code message.uri}, when set, a {@code scheme://...} URI; part sizes not negative.
   *
   * @param message the message, e.g. {@code UeMessage.builder().addReceiver(...).sender(...).subject(...)
   *     .addPart(...).build()} (or {@code receivers(list)} / {@code parts(list)})
   * @param options per-call options; null for none
   * @return the per-connection results; a partial success is returned, see {@link SendResult}
   * @throws ValidationException when the message fails a check (no request is sent)
   * @throws MessageNotSentException when every reported connection failed
   * @throws UnificationEngineException for a whole-call error, e.g. {@link NoReceiversException},
   *     {@link ConnectionNotFoundException}, {@link FeatureNotSupportedException}
   */
  public SendResult send(UeMessage message, @Nullable RequestOptions options) {
    return withRawResponse().send(message, options).value();
  }

  /**
   * Sends a message without blocking; see {@link #send(UeMessage)}.
   *
   * @param message the message
   * @return the future per-connection results
   * @throws ValidationException when the message fails a check (thrown, not completed with)
   */
  public CompletableFuture<SendResult> sendAsync(UeMessage message) {
    return sendAsync(message, null);
  }

  /**
   * Sends a message without blocking; see {@link #send(UeMessage)}.
   *
   * @param message the message
   * @param options per-call options; null for none
   * @return the future per-connection results
   * @throws ValidationException when the message fails a check (thrown, not completed with)
   */
  public CompletableFuture<SendResult> sendAsync(UeMessage message, @Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.MESSAGE_SEND, body(message), options, Wire.SEND_MESSAGE,
        MessagesService::result), ApiResponse::value);
  }

  static SendMessageRequest body(UeMessage message) {
    Checks.notNull(message, "message");
    List<Participant> receivers = message.receivers();
    if (receivers.isEmpty()) {
      throw new ValidationException("message.receivers", "at least one receiver is required");
    }
    for (int i = 0; i < receivers.size(); i++) {
      Participant r = receivers.get(i);
      Checks.notNull(r, "message.receivers[" + i + "]");
      if (r.address() != null) { // no address: the connection's own account ("me")
        Checks.notBlank(r.address(), "message.receivers[" + i + "].address");
      }
    }
    List<MessagePart> parts = message.parts();
    for (int i = 0; i < parts.size(); i++) {
      MessagePart part = Checks.notNull(parts.get(i), "message.parts[" + i + "]");
      if (part.size() != null && part.size() < 0) {
        throw new ValidationException("message.parts[" + i + "].size", "must not be negative");
      }
    }
    SendMessageRequest.Builder b = SendMessageRequest.builder().message(message);
    if (message.uri() != null) {
      b.uri(ConnectorUri.parse(message.uri(), "message.uri").value());
    }
    return b.build();
  }

  static SendResult result(SendMessageResponse response, RawResponse raw) {
    SendResult result = new SendResult(response);
    if (result.succeededConnections().isEmpty()) {
      if (!result.failedConnections().isEmpty()) {
        // every connection failed, whether the overall status says 200 or the first failure's code
        throw new MessageNotSentException(result, raw.statusCode(), raw.headers(), raw.bodyString());
      }
      Outcome overall = Outcome.of(response.status(), response.info());
      if (!overall.ok()) {
        throw overall.toException(raw);
      }
    }
    if (!result.failedConnections().isEmpty()) {
      LOG.debug("message/send partially failed: sent through {}, failed on {}",
          result.succeededConnections(), result.failedConnections());
    }
    return result;
  }

  /** {@link MessagesService} calls that return the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Sends a message; see {@link MessagesService#send(UeMessage)}.
     *
     * @param message the message
     * @return the per-connection results, with the response
     */
    public ApiResponse<SendResult> send(UeMessage message) {
      return send(message, null);
    }

    /**
     * Sends a message; see {@link MessagesService#send(UeMessage)}.
     *
     * @param message the message
     * @param options per-call options; null for none
     * @return the per-connection results, with the response
     */
    public ApiResponse<SendResult> send(UeMessage message, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.MESSAGE_SEND, body(message), options, Wire.SEND_MESSAGE,
          MessagesService::result);
    }
  }
}
