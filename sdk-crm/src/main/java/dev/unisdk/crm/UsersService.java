package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.User;

/**
 * CRM users: {@code /crm/users} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code emails}; an update may omit them but not clear them. Obtain it from {@link CrmClient#users()}.
 */
public final class UsersService extends ApideckResourceService<User, UserListParams> {
  UsersService(ApideckSession session) {
    super(session, User.class, "crm", "users");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(User body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(User body) {
    RequestChecks.forUpdate(body);
  }
}
