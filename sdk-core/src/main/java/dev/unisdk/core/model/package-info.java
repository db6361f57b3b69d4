/**
 * Runtime support shared by every generated model: the three-state {@link dev.unisdk.core.model.JsonField},
 * the base of open enums {@link dev.unisdk.core.model.OpenEnum} and the untyped {@link dev.unisdk.core.model.JsonValue}.
 *
 * <p>Null-marked (JSpecify): a type is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.unisdk.core.model;

import org.jspecify.annotations.NullMarked;
