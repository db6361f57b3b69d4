package dev.unisdk.apideck;

import java.util.Map;

/** List parameters of the test resource; the filter is a plain map. */
final class WidgetListParams extends ApideckListParams {
  private WidgetListParams(Builder b) {
    super(b, b.filter, b.sortBy, b.direction);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ApideckListParams.Builder<Builder> {
    private Map<String, Object> filter;
    private String sortBy;
    private String direction;

    @Override
    protected Builder self() {
      return this;
    }

    Builder filter(Map<String, Object> filter) {
      this.filter = filter;
      return this;
    }

    @Override
    public Builder passThrough(String key, String value) {
      return super.passThrough(key, value);
    }

    Builder sort(String by, String direction) {
      this.sortBy = by;
      this.direction = direction;
      return this;
    }

    WidgetListParams build() {
      return new WidgetListParams(this);
    }
  }
}
