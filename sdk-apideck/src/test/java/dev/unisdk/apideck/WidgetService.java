package dev.unisdk.apideck;

import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.core.internal.Checks;

/** A thin typed service over the generic base, as sdk-crm writes them. */
final class WidgetService extends ApideckResourceService<Widget, WidgetListParams> {
  WidgetService(ApideckSession session) {
    super(session, Widget.class, "test", "widgets");
  }

  @Override
  protected void validateCreate(Widget body) {
    Checks.notBlank(body.name, "name");
  }
}
