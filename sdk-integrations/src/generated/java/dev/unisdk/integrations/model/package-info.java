// Generated from integrations.yaml by unisdk codegen. Do not edit.
/**
 * Models generated from integrations.yaml. Null-marked (JSpecify): a type is non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.unisdk.integrations.model;

import org.jspecify.annotations.NullMarked;
