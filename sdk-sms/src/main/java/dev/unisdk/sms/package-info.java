/**
 * The Apideck SMS API: start with {@link dev.unisdk.sms.SmsClient}. Models are in
 * {@code dev.unisdk.sms.model}.
 */
package dev.unisdk.sms;
