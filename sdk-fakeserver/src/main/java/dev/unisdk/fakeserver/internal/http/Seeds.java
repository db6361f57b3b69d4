package dev.unisdk.fakeserver.internal.http;

import java.nio.charset.StandardCharsets;

/** Deterministic, stateless seed mixing (SplitMix64) for ids and generated records. */
public final class Seeds {
  private Seeds() {}

  /** Mixes a 64-bit value into a well-distributed one. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A seed derived from a base seed and any number of labels (stable across JVMs). */
  public static long derive(long seed, String... labels) {
    long h = mix(seed + 0x9e3779b97f4a7c15L);
    for (String label : labels) {
      for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
        h = mix(h ^ (b & 0xff));
      }
      h = mix(h + 0x632be59bd9b4e019L);
    }
    return h;
  }

  /** The {@code n}-th value of a seeded sequence. */
  public static long nth(long seed, long n) {
    return mix(seed + (n + 1) * 0x9e3779b97f4a7c15L);
  }
}
