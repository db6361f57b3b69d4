package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Opportunity;

/**
 * CRM opportunities (deals): {@code /crm/opportunities} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code title}, {@code primary_contact_id}; an update may omit them but not clear them. Obtain it from {@link CrmClient#opportunities()}.
 */
public final class OpportunitiesService extends ApideckResourceService<Opportunity, OpportunityListParams> {
  OpportunitiesService(ApideckSession session) {
    super(session, Opportunity.class, "crm", "opportunities");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(Opportunity body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(Opportunity body) {
    RequestChecks.forUpdate(body);
  }
}
