/** Codec helpers called by generated model code; not public API. */
package dev.unisdk.core.model.internal;
