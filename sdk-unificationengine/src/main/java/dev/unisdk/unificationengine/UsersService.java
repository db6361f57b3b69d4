package dev.unisdk.unificationengine;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.unificationengine.internal.Endpoint;
import dev.unisdk.unificationengine.internal.Invalid;
import dev.unisdk.unificationengine.internal.Rpc;
import dev.unisdk.unificationengine.internal.Wire;
import dev.unisdk.unificationengine.model.CreateUserResponse;
import dev.unisdk.unificationengine.model.internal.DeleteUserRequest;
import dev.unisdk.unificationengine.model.ListUsersResponse;
import dev.unisdk.unificationengine.model.StatusResponse;
import dev.unisdk.unificationengine.model.UeUserEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * UeUserEntry management ({@code user/create}, {@code user/list}, {@code user/delete}), authenticated with
 * the app key and secret. Immutable and thread-safe; get it from {@link UnificationEngineClient#users()}.
 */
public final class UsersService {
  private final Rpc rpc;

  UsersService(Rpc rpc) {
    this.rpc = rpc;
  }

  /**
   * Returns a view of this service whose calls return the value with the HTTP status and headers.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * Creates a user ({@code POST /v2/user/create}, body {@code {}}).
   *
   * @return the new user, with its secret
   * @throws UnificationEngineException for a service error (e.g. {@link InternalErrorException})
   */
  public UeUser create() {
    return create(null);
  }

  /**
   * Creates a user ({@code POST /v2/user/create}, body {@code {}}).
   *
   * @param options per-call options; null for none
   * @return the new user, with its secret
   * @throws UnificationEngineException for a service error (e.g. {@link InternalErrorException})
   */
  public UeUser create(@Nullable RequestOptions options) {
    return withRawResponse().create(options).value();
  }

  /**
   * Creates a user without blocking.
   *
   * @return the future new user
   */
  public CompletableFuture<UeUser> createAsync() {
    return createAsync(null);
  }

  /**
   * Creates a user without blocking.
   *
   * @param options per-call options; null for none
   * @return the future new user
   */
  public CompletableFuture<UeUser> createAsync(@Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.USER_CREATE, null, options, Wire.CREATE_USER,
        UsersService::createdUser), ApiResponse::value);
  }

  /**
   * Lists the app's users ({@code POST /v2/user/list}, body {@code {}}). Listed users carry no secret.
   *
   * @return the users, in the service's order
   */
  public List<UeUser> list() {
    return list(null);
  }

  /**
   * Lists the app's users ({@code POST /v2/user/list}, body {@code {}}). Listed users carry no secret.
   *
   * @param options per-call options; null for none
   * @return the users, in the service's order
   */
  public List<UeUser> list(@Nullable RequestOptions options) {
    return withRawResponse().list(options).value();
  }

  /**
   * Lists the app's users without blocking.
   *
   * @return the future users
   */
  public CompletableFuture<List<UeUser>> listAsync() {
    return listAsync(null);
  }

  /**
   * Lists the app's users without blocking.
   *
   * @param options per-call options; null for none
   * @return the future users
   */
  public CompletableFuture<List<UeUser>> listAsync(@Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.USER_LIST, null, options, Wire.LIST_USERS,
        UsersService::listedUsers), ApiResponse::value);
  }

  /**
   * Deletes a user ({@code POST /v2/user/delete}, body {@code {"uri":"user://KEY:SECRET@"}}, or
   * {@code user://KEY@} for a listed user without secret).
   *
   * @param user the user
   * @throws ValidationException when the user is null
   * @throws UserNotFoundException when the user does not exist
   */
  public void delete(UeUser user) {
    delete(user, null);
  }

  /**
   * Deletes a user ({@code POST /v2/user/delete}, body {@code {"uri":"user://KEY:SECRET@"}}, or
   * {@code user://KEY@} for a listed user without secret).
   *
   * @param user the user
   * @throws ValidationException when the user is null
   * @throws UserNotFoundException when the user does not exist
   * @param options per-call options; null for none
   */
  public void delete(UeUser user, @Nullable RequestOptions options) {
    withRawResponse().delete(user, options);
  }

  /**
   * Deletes a user without blocking.
   *
   * @param user the user
   * @return a future completed when the user is deleted
   * @throws ValidationException when the user is null (thrown, not completed with)
   */
  public CompletableFuture<Void> deleteAsync(UeUser user) {
    return deleteAsync(user, null);
  }

  /**
   * Deletes a user without blocking.
   *
   * @param user the user
   * @param options per-call options; null for none
   * @return a future completed when the user is deleted
   * @throws ValidationException when the user is null (thrown, not completed with)
   */
  public CompletableFuture<Void> deleteAsync(UeUser user, @Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.USER_DELETE, deleteBody(user), options, Wire.STATUS,
        (m, raw) -> m), r -> (Void) null);
  }

  private static DeleteUserRequest deleteBody(UeUser user) {
    Checks.notNull(user, "user");
    return DeleteUserRequest.builder().uri(user.uri()).build();
  }

  static UeUser createdUser(CreateUserResponse body, RawResponse raw) throws IOException {
    String uri = body.uri();
    if (uri == null) {
      throw Invalid.response(raw, "uri", "user/create answered without a user uri");
    }
    UeUser user = parseUser(uri, raw, "uri");
    if (!user.hasSecret()) {
      throw Invalid.response(raw, "uri", "user/create answered a user uri without a secret");
    }
    return user;
  }

  static List<UeUser> listedUsers(ListUsersResponse body, RawResponse raw) throws IOException {
    List<UeUserEntry> users = body.users();
    List<UeUser> result = new ArrayList<>(users.size());
    for (int i = 0; i < users.size(); i++) {
      String field = "users[" + i + "].uri";
      UeUserEntry u = users.get(i);
      if (u == null || u.uri() == null) {
        throw Invalid.response(raw, field, "a listed user has no uri");
      }
      result.add(parseUser(u.uri(), raw, field));
    }
    return Collections.unmodifiableList(result);
  }

  private static UeUser parseUser(String uri, RawResponse raw, String field) {
    try {
      return UeUser.parse(uri);
    } catch (ValidationException e) {
      throw Invalid.response(raw, field, "not a user uri (" + e.getMessage() + ")");
    }
  }

  /** {@link UsersService} calls that return the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Creates a user.
     *
     * @return the new user, with the response
     */
    public ApiResponse<UeUser> create() {
      return create(null);
    }

    /**
     * Creates a user.
     *
     * @param options per-call options; null for none
     * @return the new user, with the response
     */
    public ApiResponse<UeUser> create(@Nullable RequestOptions options) {
      return rpc.execute(Endpoint.USER_CREATE, null, options, Wire.CREATE_USER, UsersService::createdUser);
    }

    /**
     * Lists the app's users.
     *
     * @return the users, with the response
     */
    public ApiResponse<List<UeUser>> list() {
      return list(null);
    }

    /**
     * Lists the app's users.
     *
     * @param options per-call options; null for none
     * @return the users, with the response
     */
    public ApiResponse<List<UeUser>> list(@Nullable RequestOptions options) {
      return rpc.execute(Endpoint.USER_LIST, null, options, Wire.LIST_USERS, UsersService::listedUsers);
    }

    /**
     * Deletes a user.
     *
     * @param user the user
     * @return the decoded status body, with the response
     */
    public ApiResponse<StatusResponse> delete(UeUser user) {
      return delete(user, null);
    }

    /**
     * Deletes a user.
     *
     * @param user the user
     * @param options per-call options; null for none
     * @return the decoded status body, with the response
     */
    public ApiResponse<StatusResponse> delete(UeUser user, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.USER_DELETE, deleteBody(user), options, Wire.STATUS, (m, raw) -> m);
    }
  }
}
