package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Pipeline;

/**
 * CRM pipelines: {@code /crm/pipelines} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code name}; an update may omit them but not clear them. Obtain it from {@link CrmClient#pipelines()}.
 */
public final class PipelinesService extends ApideckResourceService<Pipeline, PipelineListParams> {
  PipelinesService(ApideckSession session) {
    super(session, Pipeline.class, "crm", "pipelines");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(Pipeline body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(Pipeline body) {
    RequestChecks.forUpdate(body);
  }
}
