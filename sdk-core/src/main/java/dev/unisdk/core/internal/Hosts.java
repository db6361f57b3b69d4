package dev.unisdk.core.internal;

import java.util.Locale;

/** Host name classification without DNS lookups. Internal. */
public final class Hosts {
  private Hosts() {}

  /**
   * Tells whether a host is loopback: {@code localhost}, {@code 127.0.0.0/8} or {@code ::1}. Names
   * under {@code .localhost} are not accepted: the JDK resolves them through DNS, so nothing guarantees
   * they reach this machine, and plain HTTP to them could leave it.
   *
   * @param host a host as returned by {@code HttpUrl.host()} (IPv6 without brackets)
   * @return true for a loopback host
   */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) < '0' || p.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
