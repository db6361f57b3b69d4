package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/**
 * One Apideck resource: where it lives, its body schema, the filters and sort fields its list accepts,
 * whether it emits webhooks, and how derived read-only fields are computed after a write.
 *
 * @param api unified API ({@code crm} or {@code sms})
 * @param name path segment and key, e.g. {@code contacts}
 * @param envelopeResource value of the envelope's {@code resource}
 * @param entityType webhook entity type, e.g. {@code contact}; null when the resource emits no webhooks
 * @param defaultService service id used when the request has no {@code x-apideck-service-id}
 * @param schema body and record shape
 * @param filters {@code filter[...]} names to their implementation (empty: filters rejected)
 * @param sorts {@code sort[by]} values to the record value they order by (empty: sorting rejected)
 * @param derive recomputes derived read-only fields of a stored record after create/update
 * @param clientIds true when a create body may choose the record id (pipelines)
 */
record ResourceDef(
    String api,
    String name,
    String envelopeResource,
    String entityType,
    String defaultService,
    Schema schema,
    Map<String, ListFilters.Filter> filters,
    Map<String, Function<JsonNode, JsonNode>> sorts,
    Deriver derive,
    boolean clientIds) {

  /** Computes derived fields of a record in place. */
  @FunctionalInterface
  interface Deriver {
    void apply(ObjectNode record);
  }

  /** Operation name prefix, e.g. {@code crm.contacts}. */
  String operationPrefix() {
    return api + "." + name;
  }

  boolean emitsWebhooks() {
    return entityType != null;
  }
}
