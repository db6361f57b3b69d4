/**
 * Service provider interface of the Apideck unified-API modules: the {@link dev.unisdk.apideck.spi.ApideckSession}
 * that {@code sdk-crm} and {@code sdk-sms} build their clients and services on. Public so that provider
 * modules can use it; applications do not need it.
 */
@NullMarked
package dev.unisdk.apideck.spi;

import org.jspecify.annotations.NullMarked;
