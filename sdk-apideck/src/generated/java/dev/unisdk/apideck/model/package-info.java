// Generated from apideck-common.yaml by unisdk codegen. Do not edit.
/**
 * Models generated from apideck-common.yaml. Null-marked (JSpecify): a type is non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.unisdk.apideck.model;

import org.jspecify.annotations.NullMarked;
