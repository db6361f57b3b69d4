// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
/**
 * Models generated from unificationengine.yaml. Null-marked (JSpecify): a type is non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.unisdk.unificationengine.model;

import org.jspecify.annotations.NullMarked;
