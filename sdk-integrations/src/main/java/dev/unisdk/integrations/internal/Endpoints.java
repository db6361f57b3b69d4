package dev.unisdk.integrations.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.json.Json;
import dev.unisdk.integrations.model.CallbackRequest;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectRequest;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Connection;
import dev.unisdk.integrations.model.Integration;
import dev.unisdk.integrations.model.PassthroughRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The eight operations of the Integrations API as {@link Endpoint}s: method, path segments (each
 * encoded as one segment), query, JSON body, decoder. Arguments are already validated. Internal.
 */
public final class Endpoints {
  private static final String V1 = "v1";
  private static final String INTEGRATIONS = "integrations";

  private static final ResponseDecoder<List<Integration>> INTEGRATION_LIST =
      ResponseDecoder.json(new TypeReference<List<Integration>>() {});
  private static final ResponseDecoder<List<Connection>> CONNECTION_LIST =
      ResponseDecoder.json(new TypeReference<List<Connection>>() {});
  /** A connection without an id is no connection: {@code {}} is refused. */
  private static final ResponseDecoder<Connection> CONNECTION = require(
      ResponseDecoder.json(Connection.class), c -> c.id() != null, "id");
  private static final ResponseDecoder<ConnectResponse> CONNECT_RESPONSE = require(require(
      ResponseDecoder.json(ConnectResponse.class), c -> c.url() != null, "url"),
      c -> c.connectionId() != null, "connection_id");
  private static final ResponseDecoder<JsonNode> ANY_JSON = response -> {
    byte[] body = response.bodyBytes();
    if (body.length == 0) {
      return NullNode.getInstance();
    }
    JsonNode node = Json.mapper().reader()
        .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
    return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
  };

  private Endpoints() {}

  /** A decoder that refuses a value without a documented member. */
  private static <T> ResponseDecoder<T> require(
      ResponseDecoder<T> decoder, java.util.function.Predicate<T> present, String member) {
    return response -> {
      T value = decoder.decode(response);
      if (!present.test(value)) {
        throw new InvalidResponseException("The response (status " + response.statusCode()
            + ") has no '" + member + "'" + requestIdSuffix(response),
            response.statusCode(), response.bodyString(), member, null);
      }
      return value;
    };
  }

  private static String requestIdSuffix(RawResponse response) {
    String id = response.requestId();
    return id == null ? "" : " (request id " + id + ")";
  }

  /**
   * {@code GET /v1/integrations}.
   *
   * @return the endpoint
   */
  public static Endpoint<List<Integration>> listIntegrations() {
    ApiRequest r = ApiRequest.builder("GET").pathSegments(V1, INTEGRATIONS)
        .operation("integrations.integrations.list").urlTemplate("/v1/integrations").build();
    return new Endpoint<>(r, INTEGRATION_LIST, "listing integrations");
  }

  /**
   * {@code GET /v1/integrations/connections}.
   *
   * @return the endpoint
   */
  public static Endpoint<List<Connection>> listConnections() {
    ApiRequest r = ApiRequest.builder("GET")
        .pathSegments(V1, INTEGRATIONS, "connections")
        .operation("integrations.connections.list").urlTemplate("/v1/integrations/connections").build();
    return new Endpoint<>(r, CONNECTION_LIST, "listing connections");
  }

  /**
   * {@code GET /v1/integrations/connections/{connectionId}}.
   *
   * @param connectionId a checked id
   * @return the endpoint
   */
  public static Endpoint<Connection> getConnection(String connectionId) {
    ApiRequest r = ApiRequest.builder("GET")
        .pathSegments(V1, INTEGRATIONS, "connections", connectionId)
        .operation("integrations.connections.get")
        .urlTemplate("/v1/integrations/connections/{connectionId}").build();
    return new Endpoint<>(r, CONNECTION, "retrieving a connection");
  }

  /**
   * {@code DELETE /v1/integrations/connections/{connectionId}}.
   *
   * @param connectionId a checked id
   * @return the endpoint
   */
  public static Endpoint<Void> deleteConnection(String connectionId) {
    ApiRequest r = ApiRequest.builder("DELETE")
        .pathSegments(V1, INTEGRATIONS, "connections", connectionId)
        .operation("integrations.connections.delete")
        .urlTemplate("/v1/integrations/connections/{connectionId}").build();
    return new Endpoint<>(r, ResponseDecoder.discard(), "deleting a connection");
  }

  /**
   * {@code POST /v1/integrations/connect}.
   *
   * @param body the checked body
   * @return the endpoint
   */
  public static Endpoint<ConnectResponse> connect(ConnectRequest body) {
    ApiRequest r = ApiRequest.builder("POST")
        .pathSegments(V1, INTEGRATIONS, "connect").jsonBody(body)
        .operation("integrations.connections.connect").urlTemplate("/v1/integrations/connect").build();
    return new Endpoint<>(r, CONNECT_RESPONSE, "starting a connection");
  }

  /**
   * {@code POST /v1/integrations/callback}.
   *
   * @param connectionId a checked id
   * @return the endpoint
   */
  public static Endpoint<Connection> callback(String connectionId) {
    ApiRequest r = ApiRequest.builder("POST")
        .pathSegments(V1, INTEGRATIONS, "callback")
        .jsonBody(CallbackRequest.builder().connectionId(connectionId).build())
        .operation("integrations.connections.callback").urlTemplate("/v1/integrations/callback")
        .build();
    return new Endpoint<>(r, CONNECTION, "finalizing a connection");
  }

  /**
   * {@code GET /v1/integrations/{connectionId}/{category}/{objectType}}: one page.
   *
   * @param connectionId a checked id
   * @param category a checked category
   * @param objectType a checked object type
   * @param limit 1..100
   * @param offset 0 or more; not sent when 0
   * @param query free text, or null
   * @param updatedSince the lower bound, or null
   * @param decoder decodes the page's records
   * @param <T> the record type
   * @return the endpoint
   */
  public static <T> Endpoint<List<T>> listRecords(
      String connectionId,
      Category category,
      String objectType,
      int limit,
      int offset,
      String query,
      java.time.Instant updatedSince,
      ResponseDecoder<List<T>> decoder) {
    ApiRequest r = ApiRequest.builder("GET")
        .pathSegments(V1, INTEGRATIONS, connectionId, category.value(), objectType)
        .query("limit", limit)
        .query("offset", offset == 0 ? null : Integer.valueOf(offset))
        .query("query", query)
        .query("updated_gte",
            updatedSince == null ? null : DateTimeFormatter.ISO_INSTANT.format(updatedSince))
        .operation("integrations.data.list")
        .urlTemplate("/v1/integrations/{connectionId}/{category}/{objectType}")
        .build();
    return new Endpoint<>(r, decoder,
        "retrieving " + category.value() + "/" + objectType + " records");
  }

  /**
   * {@code POST /v1/integrations/{connectionId}/passthrough}.
   *
   * @param connectionId a checked id
   * @param body the checked body
   * @return the endpoint
   */
  public static Endpoint<JsonNode> passthrough(
      String connectionId, PassthroughRequest body) {
    ApiRequest r = ApiRequest.builder("POST")
        .pathSegments(V1, INTEGRATIONS, connectionId, "passthrough")
        .jsonBody(body)
        .operation("integrations.passthrough.send")
        .urlTemplate("/v1/integrations/{connectionId}/passthrough")
        .build();
    return new Endpoint<>(r, ANY_JSON, "passthrough " + body.method() + " " + withoutQuery(body.path()));
  }

  /** The third-party path without its query, which may carry the vendor's keys (names go into messages and logs). */
  private static String withoutQuery(String path) {
    int q = path == null ? -1 : path.indexOf('?');
    return q < 0 ? path : path.substring(0, q) + "?...";
  }
}
