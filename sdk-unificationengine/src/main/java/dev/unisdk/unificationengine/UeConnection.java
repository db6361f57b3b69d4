package dev.unisdk.unificationengine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One connection of {@link ConnectionsService#list()}: the name it was added under and its URI.
 * Immutable; {@link #toString()} masks the access token.
 */
public final class UeConnection {
  private final String name;
  private final ConnectorUri uri;

  UeConnection(String name, ConnectorUri uri) {
    this.name = name;
    this.uri = uri;
  }

  /**
   * Returns the name the connection was added under.
   *
   * @return the name, e.g. {@code facebook}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the connection URI (it holds the connector's access token).
   *
   * @return the URI, or null when the service sent none
   */
  public @Nullable ConnectorUri uri() {
    return uri;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UeConnection)) {
      return false;
    }
    UeConnection other = (UeConnection) o;
    return name.equals(other.name) && Objects.equals(uri, other.uri);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, uri);
  }

  @Override
  public String toString() {
    return "UeConnection{name=" + name + ", uri=" + uri + "}";
  }
}
