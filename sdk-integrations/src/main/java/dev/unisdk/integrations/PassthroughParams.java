package dev.unisdk.integrations;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.integrations.model.PassthroughMethod;
import dev.unisdk.integrations.model.internal.PassthroughRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A raw call to the third-party system behind a connection, for {@link
 * IntegrationsClient#passthrough(String, PassthroughParams)} ({@code POST
 * /v1/integrations/{connectionId}/passthrough}): the HTTP method (GET, POST, PUT, PATCH or DELETE),
 * the path on the third-party system (starting with {@code /}) and {@code data}, a JSON object
 * that is the body (POST, PUT, PATCH) or the query (GET, DELETE), or null. Immutable.
 *
 * <pre>{@code
 * PassthroughParams.get("/crm/contacts");
 * PassthroughParams.post("/crm/contacts", Collections.singletonMap("name", "Ada"));
 * }</pre>
 *
 * <p>When no data is given, {@code "data":{}} is sent, as in the API's documented example.
 */
public final class PassthroughParams {
  private static final TypeReference<LinkedHashMap<String, JsonValue>> MEMBERS =
      new TypeReference<LinkedHashMap<String, JsonValue>>() {};

  private final PassthroughMethod method;
  private final String path;
  private final JsonNode data;

  private PassthroughParams(PassthroughMethod method, String path, JsonNode data) {
    this.method = method;
    this.path = path;
    this.data = data;
  }

  /**
   * A GET without query data.
   *
   * @param path the path on the third-party system, starting with {@code /}
   * @return the parameters
   */
  public static PassthroughParams get(String path) {
    return builder(PassthroughMethod.GET, path).build();
  }

  /**
   * A GET with query data.
   *
   * @param path the path on the third-party system, starting with {@code /}
   * @param query a JSON object (a {@code Map}, a {@link JsonNode} or a bean), or null
   * @return the parameters
   */
  public static PassthroughParams get(String path, Object query) {
    return builder(PassthroughMethod.GET, path).data(query).build();
  }

  /**
   * A POST with a body.
   *
   * @param path the path on the third-party system, starting with {@code /}
   * @param body a JSON object (a {@code Map}, a {@link JsonNode} or a bean), or null
   * @return the parameters
   */
  public static PassthroughParams post(String path, Object body) {
    return builder(PassthroughMethod.POST, path).data(body).build();
  }

  /**
   * A PUT with a body.
   *
   * @param path the path on the third-party system, starting with {@code /}
   * @param body a JSON object, or null
   * @return the parameters
   */
  public static PassthroughParams put(String path, Object body) {
    return builder(PassthroughMethod.PUT, path).data(body).build();
  }

  /**
   * A PATCH with a body.
   *
   * @param path the path on the third-party system, starting with {@code /}
   * @param body a JSON object, or null
   * @return the parameters
   */
  public static PassthroughParams patch(String path, Object body) {
    return builder(PassthroughMethod.PATCH, path).data(body).build();
  }

  /**
   * A DELETE without data.
   *
   * @param path the path on the third-party system, starting with {@code /}
   * @return the parameters
   */
  public static PassthroughParams delete(String path) {
    return builder(PassthroughMethod.DELETE, path).build();
  }

  /**
   * Starts a builder.
   *
   * @param method one of the five documented methods
   * @param path the path on the third-party system, starting with {@code /}
   * @return a builder
   * @throws ValidationException when the method is unknown or the path does not start with {@code /}
   */
  public static Builder builder(PassthroughMethod method, String path) {
    return new Builder(method, path);
  }

  /**
   * Returns the HTTP method of the third-party call.
   *
   * @return the method
   */
  public PassthroughMethod method() {
    return method;
  }

  /**
   * Returns the path on the third-party system.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Returns a copy of the data.
   *
   * @return a JSON object, a JSON null node (explicit null), or null when none was given
   */
  public @Nullable JsonNode data() {
    return data == null ? null : data.deepCopy();
  }

  /** The request body (the generated wire model). */
  PassthroughRequest toRequestBody() {
    PassthroughRequest.Builder b = PassthroughRequest.builder().method(method).path(path);
    if (data == null) {
      b.data(new LinkedHashMap<String, JsonValue>());
    } else if (data.isNull()) {
      b.data(null);
    } else {
      Map<String, JsonValue> members = Json.mapper().convertValue(data, MEMBERS);
      b.data(members);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PassthroughParams)) {
      return false;
    }
    PassthroughParams that = (PassthroughParams) o;
    return method.equals(that.method) && path.equals(that.path) && Objects.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, data);
  }

  /** Shows method and path only: the data may hold personal data. */
  @Override
  public String toString() {
    return "PassthroughParams{" + method + " " + Redaction.text(path)
        + (data == null ? "" : data.isNull() ? ", data=null" : ", data=" + data.size() + " fields")
        + "}";
  }

  /** Builds {@link PassthroughParams}. */
  public static final class Builder {
    private final PassthroughMethod method;
    private final String path;
    private JsonNode data;

    private Builder(PassthroughMethod method, String path) {
      Checks.notNull(method, "method");
      if (!method.isKnown()) {
        throw new ValidationException("method", "unsupported method \"" + method.value()
            + "\"; use one of " + PassthroughMethod.knownValues());
      }
      Checks.notBlank(path, "path");
      if (!path.startsWith("/")) {
        throw new ValidationException("path", "must start with '/' (was \"" + path + "\")");
      }
      for (int i = 0; i < path.length(); i++) {
        if (Character.isISOControl(path.charAt(i))) {
          throw new ValidationException("path", "must not contain control characters");
        }
      }
      this.method = method;
      this.path = path;
    }

    /**
     * Sets the data: the body (POST, PUT, PATCH) or the query (GET, DELETE).
     *
     * @param data a JSON object given as a {@code Map}, a {@link JsonNode}, or a bean; null sends
     *     an explicit JSON {@code null}
     * @return this builder
     * @throws ValidationException when the value is not a JSON object
     */
    public Builder data(Object data) {
      if (data == null) {
        this.data = NullNode.getInstance();
        return this;
      }
      JsonNode node;
      try {
        node = data instanceof JsonNode ? ((JsonNode) data).deepCopy() : Json.mapper().valueToTree(data);
      } catch (IllegalArgumentException e) {
        throw new ValidationException("data", "cannot be converted to JSON: " + e.getMessage());
      }
      if (node == null || node.isNull()) {
        this.data = NullNode.getInstance();
      } else if (node instanceof ObjectNode) {
        this.data = node;
      } else {
        throw new ValidationException(
            "data", "must be a JSON object or null (was a JSON " + node.getNodeType() + ")");
      }
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public PassthroughParams build() {
      return new PassthroughParams(method, path, data);
    }
  }
}
