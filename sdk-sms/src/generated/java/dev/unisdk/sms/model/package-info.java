// Generated from sms.yaml by unisdk codegen. Do not edit.
/**
 * Models generated from sms.yaml. Null-marked (JSpecify): a type is non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.unisdk.sms.model;

import org.jspecify.annotations.NullMarked;
