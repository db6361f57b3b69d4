/**
 * Runtime support shared by every generated model: the three-state {@link dev.unisdk.core.model.JsonField},
 * the base of open enums {@link dev.unisdk.core.model.OpenEnum} and the untyped {@link dev.unisdk.core.model.JsonValue}.
 */
package dev.unisdk.core.model;
