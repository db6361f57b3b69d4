package dev.unisdk.examples.readme;

import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.Contact;

/** README: "Models and parameters". */
final class ModelsSnippets {
  private ModelsSnippets() {}

  static Contact threeStates() {
    Contact c = Contact.builder().firstName("Ada").title(null).build(); // title: explicit null (clears on PATCH)
    c.firstName();                 // "Ada"; null when missing or null
    c.titleField().isNull();       // true: JsonField tells missing / null / value apart
    Contact again = c.toBuilder().titleField(JsonField.missing()).build(); // title missing again: not sent
    return again;
  }
}
