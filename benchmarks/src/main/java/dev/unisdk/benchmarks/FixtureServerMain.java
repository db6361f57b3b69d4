package dev.unisdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the benchmarks' loopback server ({@link Routes#fixed()}) in its own process for {@link ColdStart}.
 * Arguments: {@code <file to write the base URL to> [seconds to live = 300]}; exits after that time.
 */
public final class FixtureServerMain {
  private FixtureServerMain() {}

  /** Starts the server, writes its URL, and serves until the time is up. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: FixtureServerMain <url file> [seconds]");
      System.exit(64);
    }
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 300;
    try (FixedResponseServer server = new FixedResponseServer(Routes.fixed())) {
      Path file = Path.of(args[0]);
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, server.baseUrl(), StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      Thread.sleep(seconds * 1000);
    }
  }
}
