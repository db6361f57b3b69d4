package dev.unisdk.fakeserver.internal.ue;

import java.time.Clock;

/**
 * Settings of the UnificationEngine fake.
 *
 * @param appKey the app-level Basic user name (user/create|delete|list)
 * @param appSecret the app-level Basic password
 * @param seed seed of generated user keys, secrets, message ids and addresses
 * @param clock timestamps of sent messages
 */
public record UeSettings(String appKey, String appSecret, long seed, Clock clock) {
  @Override
  public String toString() {
    return "UeSettings[appKey=" + appKey + ", appSecret=****, seed=" + seed + "]";
  }
}
