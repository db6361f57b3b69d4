/**
 * The Apideck CRM API: start with {@link dev.unisdk.crm.CrmClient}; receive webhooks with
 * {@link dev.unisdk.crm.CrmWebhooks}. Models are in {@code dev.unisdk.crm.model}.
 */
@NullMarked
package dev.unisdk.crm;

import org.jspecify.annotations.NullMarked;
