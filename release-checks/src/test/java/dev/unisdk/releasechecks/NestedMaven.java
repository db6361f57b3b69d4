package dev.unisdk.releasechecks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a nested Maven (the one running this build) in a directory, bounded in time. */
final class NestedMaven {

  static final Path REPO_ROOT = Paths.get(System.getProperty("unisdk.repo.root", "..")).toAbsolutePath().normalize();
  static final String VERSION = System.getProperty("unisdk.version", "0.1.0-SNAPSHOT");
  static final Path WORK = Paths.get(System.getProperty("unisdk.work.dir", "target/release-checks")).toAbsolutePath();

  private NestedMaven() {}

  /** Result of one nested run. */
  record Result(int exitCode, String output) {}

  static Result run(Path dir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
    String mavenHome = System.getProperty("unisdk.maven.home");
    if (mavenHome == null || mavenHome.isBlank()) {
      throw new IllegalStateException("unisdk.maven.home is not set; run through Maven");
    }
    List<String> command = new ArrayList<>();
    command.add(Paths.get(mavenHome, "bin", isWindows() ? "mvn.cmd" : "mvn").toString());
    command.add("-B");
    command.add("--no-transfer-progress");
    command.addAll(Arrays.asList(args));
    Path log = Files.createTempFile(WORK, "mvn-", ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("MAVEN_ARGS");
    // short-lived JVMs: C1 only starts faster on a small CI machine
    pb.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("nested Maven timed out after " + timeoutSeconds + " s in " + dir + ": "
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Copies a file, creating parent directories. */
  static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Copies a directory tree, skipping {@code target} directories. */
  static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path rel = from.relativize(f);
        if (rel.toString().split(File.separator.equals("\\") ? "\\\\" : File.separator)[0].equals("target")) {
          continue;
        }
        Path t = to.resolve(rel.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          copy(f, t);
        }
      }
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }
}
