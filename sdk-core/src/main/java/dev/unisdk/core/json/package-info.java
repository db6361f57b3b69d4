/** The shared Jackson configuration: {@link dev.unisdk.core.json.Json}. */
@NullMarked
package dev.unisdk.core.json;

import org.jspecify.annotations.NullMarked;
