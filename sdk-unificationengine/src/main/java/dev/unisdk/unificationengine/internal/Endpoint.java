package dev.unisdk.unificationengine.internal;

/** The eleven UnificationEngine v2 operations: each a POST to {@code /v2/GROUP/ACTION}. */
public enum Endpoint {
  USER_CREATE("user", "create"),
  USER_DELETE("user", "delete"),
  USER_LIST("user", "list"),
  CONNECTION_TEST("connection", "test"),
  CONNECTION_ADD("connection", "add"),
  CONNECTION_INFO("connection", "info"),
  CONNECTION_REFRESH("connection", "refresh"),
  CONNECTION_REMOVE("connection", "remove"),
  CONNECTION_LIST("connection", "list"),
  ADDRESS_LIST("address", "list"),
  MESSAGE_SEND("message", "send");

  /** The API version path segment. */
  public static final String VERSION = "v2";

  private final String group;
  private final String action;

  Endpoint(String group, String action) {
    this.group = group;
    this.action = action;
  }

  /**
   * Returns the path segments after the base URL.
   *
   * @return e.g. {@code ["v2", "user", "create"]}
   */
  public String[] pathSegments() {
    return new String[] {VERSION, group, action};
  }

  /**
   * Returns the operation as the service documents it.
   *
   * @return e.g. {@code "user/create"}
   */
  public String operation() {
    return group + "/" + action;
  }
}
