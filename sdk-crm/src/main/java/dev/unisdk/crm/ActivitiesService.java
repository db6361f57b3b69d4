package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Activity;

/**
 * CRM activities (calls, meetings, e-mails, tasks...): {@code /crm/activities} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code type}; an update may omit them but not clear them. {@code duration_seconds} must not be negative. Obtain it from {@link CrmClient#activities()}.
 */
public final class ActivitiesService extends ApideckResourceService<Activity, ActivityListParams> {
  ActivitiesService(ApideckSession session) {
    super(session, Activity.class, "crm", "activities");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(Activity body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(Activity body) {
    RequestChecks.forUpdate(body);
  }
}
