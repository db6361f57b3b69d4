// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
/** Wire-only models of unificationengine.yaml; not public API. */
@NullMarked
package dev.unisdk.unificationengine.model.internal;

import org.jspecify.annotations.NullMarked;
