package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Lead;

/**
 * CRM leads: {@code /crm/leads} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code name}, {@code company_name}; an update may omit them but not clear them. Obtain it from {@link CrmClient#leads()}.
 */
public final class LeadsService extends ApideckResourceService<Lead, LeadListParams> {
  LeadsService(ApideckSession session) {
    super(session, Lead.class, "crm", "leads");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(Lead body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(Lead body) {
    RequestChecks.forUpdate(body);
  }
}
