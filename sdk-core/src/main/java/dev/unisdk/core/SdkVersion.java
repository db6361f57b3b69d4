package dev.unisdk.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The unisdk version, read from the build-filtered {@code dev/unisdk/core/version.properties}. */
public final class SdkVersion {
  /** The version of this unisdk build, e.g. {@code 0.1.0}; {@code "unknown"} if the resource is missing. */
  public static final String VERSION = load();

  /** The default user agent, {@code unisdk-java/<version>}. */
  public static final String USER_AGENT = "unisdk-java/" + VERSION;

  private SdkVersion() {}

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown").trim();
    return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
  }
}
