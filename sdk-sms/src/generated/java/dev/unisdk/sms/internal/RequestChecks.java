// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.internal;

import dev.unisdk.core.model.internal.FieldChecks;
import dev.unisdk.sms.model.Message;

/**
 * Checks of request bodies generated from the spec's {@code required:} and {@code minimum:};
 * not public API. Each throws {@code ValidationException} naming the JSON property.
 */
public final class RequestChecks {
  private RequestChecks() {
  }

  /**
   * Checks a create body of {@link Message}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Message body) {
    FieldChecks.requiredText(body.fromField(), "from");
    FieldChecks.requiredText(body.toField(), "to");
    FieldChecks.requiredText(body.bodyField(), "body");
  }

  /**
   * Checks an update body of {@link Message}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Message body) {
    FieldChecks.requiredTextIfSet(body.fromField(), "from");
    FieldChecks.requiredTextIfSet(body.toField(), "to");
    FieldChecks.requiredTextIfSet(body.bodyField(), "body");
  }
}
