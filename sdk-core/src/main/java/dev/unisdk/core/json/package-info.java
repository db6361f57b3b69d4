/** The shared Jackson configuration: {@link dev.unisdk.core.json.Json}. */
package dev.unisdk.core.json;
