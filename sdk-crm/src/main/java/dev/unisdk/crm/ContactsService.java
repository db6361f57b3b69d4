package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Contact;

/**
 * CRM contacts (people): {@code /crm/contacts} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. A create needs {@code name}; an update may omit them but not clear them. Obtain it from {@link CrmClient#contacts()}.
 */
public final class ContactsService extends ApideckResourceService<Contact, ContactListParams> {
  ContactsService(ApideckSession session) {
    super(session, Contact.class, "crm", "contacts");
  }

  /**
   * Checks a create body.
   *
   * @param body the body
   */
  @Override
  protected void validateCreate(Contact body) {
    RequestChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the body
   */
  @Override
  protected void validateUpdate(Contact body) {
    RequestChecks.forUpdate(body);
  }
}
