// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.internal;

import dev.unisdk.core.model.internal.FieldChecks;
import dev.unisdk.crm.model.Activity;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.crm.model.Pipeline;
import dev.unisdk.crm.model.User;
import java.math.BigDecimal;

/**
 * Checks of request bodies generated from the spec's {@code required:} and {@code minimum:};
 * not public API. Each throws {@code ValidationException} naming the JSON property.
 */
public final class RequestChecks {
  private RequestChecks() {
  }

  /**
   * Checks a create body of {@link Activity}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Activity body) {
    FieldChecks.atLeast(body.durationSecondsField(), new BigDecimal("0"), "duration_seconds");
    FieldChecks.requiredValue(body.typeField(), "type");
  }

  /**
   * Checks a create body of {@link Company}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Company body) {
    FieldChecks.requiredText(body.nameField(), "name");
  }

  /**
   * Checks a create body of {@link Contact}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Contact body) {
    FieldChecks.requiredText(body.nameField(), "name");
  }

  /**
   * Checks a create body of {@link Lead}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Lead body) {
    FieldChecks.requiredText(body.nameField(), "name");
    FieldChecks.requiredText(body.companyNameField(), "company_name");
  }

  /**
   * Checks a create body of {@link Opportunity}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Opportunity body) {
    FieldChecks.requiredText(body.titleField(), "title");
    FieldChecks.requiredText(body.primaryContactIdField(), "primary_contact_id");
  }

  /**
   * Checks a create body of {@link Pipeline}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(Pipeline body) {
    FieldChecks.requiredText(body.nameField(), "name");
  }

  /**
   * Checks a create body of {@link User}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forCreate(User body) {
    FieldChecks.requiredValue(body.emailsField(), "emails");
  }

  /**
   * Checks an update body of {@link Activity}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Activity body) {
    FieldChecks.atLeast(body.durationSecondsField(), new BigDecimal("0"), "duration_seconds");
    FieldChecks.requiredValueIfSet(body.typeField(), "type");
  }

  /**
   * Checks an update body of {@link Company}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Company body) {
    FieldChecks.requiredTextIfSet(body.nameField(), "name");
  }

  /**
   * Checks an update body of {@link Contact}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Contact body) {
    FieldChecks.requiredTextIfSet(body.nameField(), "name");
  }

  /**
   * Checks an update body of {@link Lead}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Lead body) {
    FieldChecks.requiredTextIfSet(body.nameField(), "name");
    FieldChecks.requiredTextIfSet(body.companyNameField(), "company_name");
  }

  /**
   * Checks an update body of {@link Opportunity}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Opportunity body) {
    FieldChecks.requiredTextIfSet(body.titleField(), "title");
    FieldChecks.requiredTextIfSet(body.primaryContactIdField(), "primary_contact_id");
  }

  /**
   * Checks an update body of {@link Pipeline}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(Pipeline body) {
    FieldChecks.requiredTextIfSet(body.nameField(), "name");
  }

  /**
   * Checks an update body of {@link User}.
   *
   * @param body the body
   * @throws dev.unisdk.core.errors.ValidationException when a check fails
   */
  public static void forUpdate(User body) {
    FieldChecks.requiredValueIfSet(body.emailsField(), "emails");
  }
}
