// Generated from integrations.yaml by unisdk codegen. Do not edit.
/** Wire-only models of integrations.yaml; not public API. */
@NullMarked
package dev.unisdk.integrations.model.internal;

import org.jspecify.annotations.NullMarked;
