package dev.unisdk.apideck;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The id of the record a create, update or delete acted upon ({@code data} of those responses). */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class UnifiedId {
  private final String id;

  private UnifiedId(String id) {
    this.id = id;
  }

  /**
   * Creates an id value (useful in tests).
   *
   * @param id the record id, may be null when the server sent none
   * @return the value
   */
  @JsonCreator
  public static UnifiedId of(@JsonProperty("id") String id) {
    return new UnifiedId(id);
  }

  /**
   * Returns the record id.
   *
   * @return the id, or null when the response carried none
   */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnifiedId && Objects.equals(id, ((UnifiedId) o).id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "UnifiedId{id=" + id + "}";
  }
}
