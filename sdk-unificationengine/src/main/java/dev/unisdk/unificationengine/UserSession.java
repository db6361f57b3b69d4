package dev.unisdk.unificationengine;

import dev.unisdk.unificationengine.internal.Rpc;

/**
 * The calls made as one user: connections, addresses and messages, authenticated with the user's key
 * and secret ({@code Authorization: Basic}). Shares the client's connection pool and dispatcher; there
 * is nothing to close. Immutable and thread-safe; get it from {@link UnificationEngineClient#asUser(UeUser)}.
 */
public final class UserSession {
  private final UeUser user;
  private final ConnectionsService connections;
  private final AddressesService addresses;
  private final MessagesService messages;

  UserSession(UeUser user, Rpc rpc) {
    this.user = user;
    this.connections = new ConnectionsService(rpc);
    this.addresses = new AddressesService(rpc);
    this.messages = new MessagesService(rpc);
  }

  /**
   * Returns the user this session acts as.
   *
   * @return the user
   */
  public UeUser user() {
    return user;
  }

  /**
   * Returns the user's connections.
   *
   * @return the connections service
   */
  public ConnectionsService connections() {
    return connections;
  }

  /**
   * Returns the addresses reachable through the user's connections.
   *
   * @return the addresses service
   */
  public AddressesService addresses() {
    return addresses;
  }

  /**
   * Returns message sending.
   *
   * @return the messages service
   */
  public MessagesService messages() {
    return messages;
  }

  /** Returns {@code UserSession{user=UeUser{key=..., secret=***}}}; never a secret. */
  @Override
  public String toString() {
    return "UserSession{user=" + user + "}";
  }
}
