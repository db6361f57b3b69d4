/** Internals of the UnificationEngine client; not public API. */
package dev.unisdk.unificationengine.internal;
