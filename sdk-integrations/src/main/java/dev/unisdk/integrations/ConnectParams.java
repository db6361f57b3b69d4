package dev.unisdk.integrations;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.internal.ConnectRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to connect, for {@link ConnectionsService#connect(ConnectParams)} ({@code POST
 * /v1/integrations/connect}). Immutable; {@link Builder#build()} checks every documented rule
 * before anything is sent: an integration type, at least one category, only the 12 documented
 * categories, an absolute redirect URI, no blank scope.
 *
 * <pre>{@code
 * ConnectParams.builder()
 *     .integrationType("hubspot")
 *     .categories(Category.CRM)
 *     .redirectUrl(URI.create("https://app.example.com/connected"))
 *     .externalXref("customer-42")
 *     .build();
 * }</pre>
 */
public final class ConnectParams {
  private final String integrationType;
  private final List<Category> categories;
  private final URI redirectUrl;
  private final String externalXref;
  private final List<String> scopes;

  private ConnectParams(Builder b) {
    this.integrationType = b.integrationType;
    this.categories = Collections.unmodifiableList(new ArrayList<>(b.categories));
    this.redirectUrl = b.redirectUrl;
    this.externalXref = b.externalXref;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(b.scopes));
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.integrationType = integrationType;
    b.categories.addAll(categories);
    b.redirectUrl = redirectUrl;
    b.externalXref = externalXref;
    b.scopes.addAll(scopes);
    return b;
  }

  /**
   * Returns the provider to connect.
   *
   * @return the integration type, e.g. {@code hubspot}
   */
  public String integrationType() {
    return integrationType;
  }

  /**
   * Returns the categories to activate.
   *
   * @return at least one documented category
   */
  public List<Category> categories() {
    return categories;
  }

  /**
   * Returns where the user is sent after authorizing.
   *
   * @return the absolute redirect URI, or null
   */
  public @Nullable URI redirectUrl() {
    return redirectUrl;
  }

  /**
   * Returns your external reference.
   *
   * @return the external reference ID, or null
   */
  public @Nullable String externalXref() {
    return externalXref;
  }

  /**
   * Returns the requested scopes.
   *
   * @return the scopes, empty when none
   */
  public List<String> scopes() {
    return scopes;
  }

  /** The request body (the generated wire model). */
  ConnectRequest toRequestBody() {
    ConnectRequest.Builder b = ConnectRequest.builder()
        .integrationType(integrationType)
        .categories(categories);
    if (redirectUrl != null) {
      b.redirectUrl(redirectUrl.toString());
    }
    if (externalXref != null) {
      b.externalXref(externalXref);
    }
    if (!scopes.isEmpty()) {
      b.scopes(scopes);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ConnectParams)) {
      return false;
    }
    ConnectParams that = (ConnectParams) o;
    return integrationType.equals(that.integrationType)
        && categories.equals(that.categories)
        && Objects.equals(redirectUrl, that.redirectUrl)
        && Objects.equals(externalXref, that.externalXref)
        && scopes.equals(that.scopes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(integrationType, categories, redirectUrl, externalXref, scopes);
  }

  @Override
  public String toString() {
    return "ConnectParams{integrationType=" + integrationType + ", categories=" + categories
        + ", redirectUrl=" + (redirectUrl == null ? null : Redaction.text(redirectUrl.toString()))
        + ", externalXref=" + externalXref
        + ", scopes=" + scopes + "}";
  }

  /** Builds {@link ConnectParams}. */
  public static final class Builder {
    private String integrationType;
    private final List<Category> categories = new ArrayList<>();
    private URI redirectUrl;
    private String externalXref;
    private final List<String> scopes = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the provider to connect (required).
     *
     * @param integrationType e.g. {@code hubspot}, {@code salesforce}
     * @return this builder
     */
    public Builder integrationType(String integrationType) {
      this.integrationType = Checks.notBlank(integrationType, "integrationType");
      return this;
    }

    /**
     * Sets the categories to activate (required, at least one), replacing earlier ones.
     *
     * @param categories documented categories, e.g. {@link Category#CRM}
     * @return this builder
     */
    public Builder categories(Category... categories) {
      Checks.notNull(categories, "categories");
      return categories(Arrays.asList(categories));
    }

    /**
     * Sets the categories to activate (required, at least one), replacing earlier ones.
     *
     * @param categories documented categories
     * @return this builder
     * @throws ValidationException when a category is null or not one of the 12 documented values
     */
    public Builder categories(Collection<Category> categories) {
      Checks.notNull(categories, "categories");
      List<Category> checked = new ArrayList<>(categories.size());
      for (Category c : categories) {
        checked.add(known(c));
      }
      this.categories.clear();
      this.categories.addAll(checked);
      return this;
    }

    /**
     * Adds one category to activate.
     *
     * @param category a documented category
     * @return this builder
     */
    public Builder addCategory(Category category) {
      categories.add(known(category));
      return this;
    }

    /**
     * Sets where the user is sent after authorizing.
     *
     * @param redirectUrl an absolute URI (any scheme, e.g. https or an app's own), or null for none
     * @return this builder
     * @throws ValidationException when the URI is not absolute
     */
    public Builder redirectUrl(URI redirectUrl) {
      if (redirectUrl != null && (!redirectUrl.isAbsolute() || redirectUrl.isOpaque())) {
        throw new ValidationException("redirectUrl", "must be an absolute hierarchical URI such as"
            + " https://app.example.com/connected (was \"" + redirectUrl + "\")");
      }
      this.redirectUrl = redirectUrl;
      return this;
    }

    /**
     * Sets where the user is sent after authorizing.
     *
     * @param redirectUrl an absolute URI, or null for none
     * @return this builder
     * @throws ValidationException when the text is not an absolute URI
     */
    public Builder redirectUrl(String redirectUrl) {
      if (redirectUrl == null) {
        return redirectUrl((URI) null);
      }
      try {
        return redirectUrl(new URI(redirectUrl.trim()));
      } catch (URISyntaxException e) {
        throw new ValidationException("redirectUrl", "is not a valid URI: " + e.getReason());
      }
    }

    /**
     * Sets your external reference (e.g. your customer's id).
     *
     * @param externalXref the reference, or null for none
     * @return this builder
     */
    public Builder externalXref(String externalXref) {
      this.externalXref =
          externalXref == null ? null : Checks.notBlank(externalXref, "externalXref");
      return this;
    }

    /**
     * Sets the optional scopes, replacing earlier ones.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      Checks.notNull(scopes, "scopes");
      return scopes(Arrays.asList(scopes));
    }

    /**
     * Sets the optional scopes, replacing earlier ones.
     *
     * @param scopes the scopes; none may be blank
     * @return this builder
     */
    public Builder scopes(Collection<String> scopes) {
      Checks.notNull(scopes, "scopes");
      List<String> checked = new ArrayList<>(scopes.size());
      for (String s : scopes) {
        checked.add(Checks.notBlank(s, "scopes"));
      }
      this.scopes.clear();
      this.scopes.addAll(checked);
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws ValidationException when the integration type or the categories are missing
     */
    public ConnectParams build() {
      Checks.notBlank(integrationType, "integrationType");
      Checks.notEmpty(categories, "categories");
      return new ConnectParams(this);
    }

    private static Category known(Category category) {
      Checks.notNull(category, "categories");
      if (!category.isKnown()) {
        throw new ValidationException("categories", "unknown category \"" + category.value()
            + "\"; documented categories are " + Category.knownValues());
      }
      return category;
    }
  }
}
