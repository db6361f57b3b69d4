package dev.unisdk.unificationengine.internal;

/** The eleven UnificationEngine v2 operations: each a POST to {@code /v2/GROUP/ACTION}. */
public enum Endpoint {
  USER_CREATE(false, "user", "create"),
  USER_DELETE(false, "user", "delete"),
  USER_LIST(true, "user", "list"),
  CONNECTION_TEST(true, "connection", "test"),
  CONNECTION_ADD(false, "connection", "add"),
  CONNECTION_INFO(true, "connection", "info"),
  CONNECTION_REFRESH(false, "connection", "refresh"),
  CONNECTION_REMOVE(false, "connection", "remove"),
  CONNECTION_LIST(true, "connection", "list"),
  ADDRESS_LIST(true, "address", "list"),
  MESSAGE_SEND(false, "message", "send");

  /** The API version path segment. */
  public static final String VERSION = "v2";

  private final boolean readOnly;
  private final String group;
  private final String action;

  Endpoint(boolean readOnly, String group, String action) {
    this.readOnly = readOnly;
    this.group = group;
    this.action = action;
  }

  /**
   * Tells whether the operation only reads, so repeating it after a failure is safe (the core then
   * retries it like a GET although it is a POST).
   *
   * @return true for list, info, test and address list
   */
  public boolean readOnly() {
    return readOnly;
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
   * Returns the stable operation name given to listeners.
   *
   * @return e.g. {@code ue.message.send}
   */
  public String operationName() {
    return "ue." + group + "." + action;
  }

  /**
   * Returns the path template given to listeners (the path has no ids).
   *
   * @return e.g. {@code /v2/message/send}
   */
  public String urlTemplate() {
    return "/" + VERSION + "/" + group + "/" + action;
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
