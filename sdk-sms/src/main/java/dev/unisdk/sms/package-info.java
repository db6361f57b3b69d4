/**
 * The Apideck SMS API: start with {@link dev.unisdk.sms.SmsClient}. Models are in
 * {@code dev.unisdk.sms.model}.
 */
@NullMarked
package dev.unisdk.sms;

import org.jspecify.annotations.NullMarked;
