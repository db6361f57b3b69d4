package dev.unisdk.apideck;

import dev.unisdk.apideck.internal.DeepObject;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Redaction;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of Apideck list operations: {@code raw}, {@code cursor}, {@code limit}
 * (1..200), {@code fields}, and, where the API documents them, {@code pass_through[...]}; subclasses add
 * the resource's {@code filter[...]} and {@code sort[...]}. Immutable; validated when built.
 */
public abstract class ApideckListParams {
  /** The smallest allowed {@code limit}. */
  public static final int MIN_LIMIT = 1;
  /** The largest allowed {@code limit}. */
  public static final int MAX_LIMIT = 200;

  private final String cursor;
  private final Integer limit;
  private final String fields;
  private final boolean raw;
  private final Map<String, String> passThrough;
  private final Map<String, String> filterParams;
  private final Map<String, String> sortParams;

  /**
   * Creates the parameters from a builder and the resource's filter and sort.
   *
   * @param builder the builder with the common parameters
   * @param filter the filter model, serialized into {@code filter[<field>]}; null for none
   * @param sortBy the sort field (a string or open enum), null for none
   * @param sortDirection the sort direction (a string or open enum), null for the server default
   */
  protected ApideckListParams(Builder<?> builder, Object filter, Object sortBy, Object sortDirection) {
    this.cursor = builder.cursor;
    this.limit = builder.limit;
    this.fields = builder.fields;
    this.raw = builder.raw;
    this.passThrough = Collections.unmodifiableMap(new LinkedHashMap<>(builder.passThrough));
    this.filterParams = DeepObject.flatten(filter, "filter");
    Map<String, String> sort = new LinkedHashMap<>();
    String by = DeepObject.scalar(sortBy, "sort[by]");
    String direction = DeepObject.scalar(sortDirection, "sort[direction]");
    if (by != null) {
      sort.put("by", by);
    }
    if (direction != null) {
      // the API accepts a direction alone (the connector's default sort field)
      sort.put("direction", direction);
    }
    this.sortParams = Collections.unmodifiableMap(sort);
  }

  /**
   * Returns the cursor of the first page to fetch.
   *
   * @return the cursor, or null to start at the beginning
   */
  public @Nullable String cursor() {
    return cursor;
  }

  /**
   * Returns the page size.
   *
   * @return the limit, or null for the server default (20)
   */
  public @Nullable Integer limit() {
    return limit;
  }

  /**
   * Returns the comma-separated fields to return.
   *
   * @return the fields, or null for all fields
   */
  public @Nullable String fields() {
    return fields;
  }

  /**
   * Tells whether the raw downstream response is requested.
   *
   * @return true for {@code raw=true}
   */
  public boolean raw() {
    return raw;
  }

  /**
   * Returns the unmapped parameters passed through to the connector ({@code pass_through[key]=value}).
   *
   * @return an unmodifiable ordered map
   */
  public Map<String, String> passThrough() {
    return passThrough;
  }

  /**
   * Returns the filter as sent: member name to value, e.g. {@code email -> ada@example.com}.
   *
   * @return an unmodifiable ordered map, empty when no filter is set
   */
  public Map<String, String> filterParams() {
    return filterParams;
  }

  /**
   * Returns the sort as sent: {@code by} and, when set, {@code direction}.
   *
   * @return an unmodifiable ordered map, empty when no sort is set
   */
  public Map<String, String> sortParams() {
    return sortParams;
  }

  /**
   * Returns the query parameters in the order they are sent, with a cursor replacing this one's
   * (the paging iterator passes each page's cursor).
   *
   * @param pageCursor the cursor to send, or null to send {@link #cursor()}
   * @return name/value pairs, e.g. {@code filter[email]=ada@example.com}, {@code sort[by]=created_at}
   */
  public List<Map.Entry<String, String>> toQuery(String pageCursor) {
    List<Map.Entry<String, String>> q = new ArrayList<>();
    if (raw) {
      q.add(entry("raw", "true"));
    }
    String c = pageCursor != null ? pageCursor : cursor;
    if (c != null) {
      q.add(entry("cursor", c));
    }
    if (limit != null) {
      q.add(entry("limit", String.valueOf(limit)));
    }
    for (Map.Entry<String, String> f : filterParams.entrySet()) {
      q.add(entry("filter[" + f.getKey() + "]", f.getValue()));
    }
    for (Map.Entry<String, String> s : sortParams.entrySet()) {
      q.add(entry("sort[" + s.getKey() + "]", s.getValue()));
    }
    for (Map.Entry<String, String> p : passThrough.entrySet()) {
      q.add(entry("pass_through[" + p.getKey() + "]", p.getValue()));
    }
    if (fields != null) {
      q.add(entry("fields", fields));
    }
    return q;
  }

  private static Map.Entry<String, String> entry(String name, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, value);
  }

  @Override
  public String toString() {
    // pass_through values go to the connector as they are and often hold its credentials: masked
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, String> q : toQuery(null)) {
      String name = q.getKey();
      boolean secret = name.startsWith("pass_through[") || Redaction.looksSecret(name);
      shown.add(name + "=" + (secret ? Redaction.MASK : Redaction.text(q.getValue())));
    }
    return getClass().getSimpleName() + shown;
  }

  /**
   * The builder of the common list parameters.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<B extends Builder<B>> {
    private String cursor;
    private Integer limit;
    private String fields;
    private boolean raw;
    private final Map<String, String> passThrough = new LinkedHashMap<>();

    /** Creates a builder. */
    protected Builder() {}

    /**
     * Copies the common parameters of existing parameters (for {@code toBuilder()}).
     *
     * @param params the parameters to copy
     * @return this builder
     */
    protected B from(ApideckListParams params) {
      this.cursor = params.cursor;
      this.limit = params.limit;
      this.fields = params.fields;
      this.raw = params.raw;
      this.passThrough.clear();
      this.passThrough.putAll(params.passThrough);
      return self();
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * Starts at this cursor (from {@code meta.cursors} of an earlier response).
     *
     * @param cursor the cursor, or null to start at the beginning
     * @return this builder
     */
    public B cursor(String cursor) {
      this.cursor = cursor == null ? null : Checks.notBlank(cursor, "cursor");
      return self();
    }

    /**
     * Sets the page size.
     *
     * @param limit 1..200 (the server default is 20)
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when out of range
     */
    public B limit(int limit) {
      this.limit = Checks.inRange(limit, MIN_LIMIT, MAX_LIMIT, "limit");
      return self();
    }

    /**
     * Returns only these fields, comma-separated, dot notation for nested ones ({@code name,addresses.city}).
     *
     * @param fields the fields, or null for all
     * @return this builder
     */
    public B fields(String fields) {
      this.fields = fields == null ? null : Checks.notBlank(fields, "fields");
      return self();
    }

    /**
     * Requests the raw downstream response ({@code raw=true}).
     *
     * @param raw true to request it
     * @return this builder
     */
    public B raw(boolean raw) {
      this.raw = raw;
      return self();
    }

    /**
     * Passes an unmapped query parameter through to the connector: {@code pass_through[key]=value}.
     * Protected: the builders of APIs that document {@code pass_through} make it public.
     *
     * @param key the downstream parameter name
     * @param value its value
     * @return this builder
     */
    protected B passThrough(String key, String value) {
      passThrough.put(Checks.notBlank(key, "pass_through key"), Checks.notNull(value, "pass_through[" + key + "]"));
      return self();
    }

    /**
     * Passes unmapped query parameters through to the connector, in the map's order.
     *
     * @param values downstream parameter names to values
     * @return this builder
     */
    protected B passThrough(Map<String, String> values) {
      Checks.notNull(values, "passThrough");
      for (Map.Entry<String, String> e : values.entrySet()) {
        passThrough(e.getKey(), e.getValue());
      }
      return self();
    }
  }
}
