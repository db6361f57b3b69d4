package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Company;

/**
 * CRM companies: {@code /crm/companies} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code name}; an update may omit them but not clear them. Obtain it from {@link CrmClient#companies()}.
 */
public final class CompaniesService extends ApideckResourceService<Company, CompanyListParams> {
  CompaniesService(ApideckSession session) {
    super(session, Company.class, "crm", "companies");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(Company body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(Company body) {
    RequestChecks.forUpdate(body);
  }
}
