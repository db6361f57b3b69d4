// Generated from crm.yaml by unisdk codegen. Do not edit.
/**
 * Models generated from crm.yaml. Null-marked (JSpecify): a type is non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.unisdk.crm.model;

import org.jspecify.annotations.NullMarked;
