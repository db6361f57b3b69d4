/**
 * The Apideck CRM API: start with {@link dev.unisdk.crm.CrmClient}; receive webhooks with
 * {@link dev.unisdk.crm.CrmWebhooks}. Models are in {@code dev.unisdk.crm.model}.
 */
package dev.unisdk.crm;
