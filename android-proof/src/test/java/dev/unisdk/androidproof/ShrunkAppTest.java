package dev.unisdk.androidproof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.fakeserver.FakeServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * Android proof beyond animal-sniffer: {@link ProofApp} and its whole runtime class path (the SDK,
 * OkHttp, Okio, Kotlin stdlib, Jackson, slf4j-api) are shrunk, optimized and obfuscated by ProGuard,
 * which reads R8's rule format, with only the rules shipped in those jars ({@code META-INF/proguard/})
 * and Android's usual defaults, against the Java APIs an Android device has (java.base, java.logging,
 * java.sql, java.xml; no java.beans/java.desktop). The shrunk jar then runs against the fake server.
 * ProGuard's optimizer is off (see android-defaults.pro); shrinking and obfuscation run.
 */
class ShrunkAppTest {

  static final Path TARGET = Paths.get(System.getProperty("unisdk.target", "target")).toAbsolutePath();

  @Test
  void theShrunkAppRunsEveryCallAgainstTheFakeServer() throws Exception {
    Path work = TARGET.resolve("proguard");
    Files.createDirectories(work.resolve("rules"));
    List<Path> inputs = new ArrayList<>();
    inputs.add(TARGET.resolve("classes"));
    for (String entry : Files.readString(TARGET.resolve("proof-classpath.txt"), StandardCharsets.UTF_8).trim()
        .split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        inputs.add(Paths.get(entry));
      }
    }
    List<Path> shippedRules = extractShippedRules(inputs, work.resolve("rules"));
    assertThat(shippedRules.stream().map(p -> p.getFileName().toString()))
        .as("rules shipped in the SDK jars")
        .anyMatch(n -> n.endsWith("sdk-core.pro")).anyMatch(n -> n.endsWith("sdk-crm.pro"));

    Path shrunk = work.resolve("proof-app-shrunk.jar");
    Files.deleteIfExists(shrunk);
    StringBuilder cfg = new StringBuilder();
    for (Path in : inputs) {
      cfg.append("-injars ").append(quote(in)).append("(!META-INF/versions/**,!**/module-info.class,!META-INF/*.SF,!META-INF/*.RSA,!META-INF/*.DSA)\n");
    }
    cfg.append("-outjars ").append(quote(shrunk)).append('\n');
    Path jmods = Paths.get(System.getProperty("java.home"), "jmods");
    for (String module : Arrays.asList("java.base", "java.logging", "java.sql", "java.xml")) {
      Path jmod = jmods.resolve(module + ".jmod");
      assertThat(jmod).as("the JDK's jmods (ProGuard's library classes)").isRegularFile();
      cfg.append("-libraryjars ").append(quote(jmod)).append("(!**.jar;!module-info.class)\n");
    }
    cfg.append("-dontnote\n");
    cfg.append("-printmapping ").append(quote(work.resolve("mapping.txt"))).append('\n');
    cfg.append("-include ").append(quote(resource("android-defaults.pro", work))).append('\n');
    for (Path rules : shippedRules) {
      cfg.append("-include ").append(quote(rules)).append('\n');
    }
    Path config = work.resolve("proguard.pro");
    Files.writeString(config, cfg, StandardCharsets.UTF_8);

    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(config.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();

    long inputBytes = 0;
    for (Path in : inputs) {
      inputBytes += Files.isDirectory(in) ? dirSize(in) : Files.size(in);
    }
    assertThat(Files.size(shrunk)).as("shrunk jar vs %d input bytes", inputBytes).isLessThan(inputBytes * 6 / 10);
    assertThat(Files.readString(work.resolve("mapping.txt")))
        .as("internal classes are obfuscated").contains("dev.unisdk.core.");

    try (FakeServer fake = FakeServer.start()) {
      List<String> command = new ArrayList<>(Arrays.asList(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", shrunk.toString(), "dev.unisdk.androidproof.ProofApp",
          fake.baseUrl(), fake.integrationsBaseUrl(),
          FakeServer.DEFAULT_APIDECK_API_KEY, FakeServer.DEFAULT_APIDECK_APP_ID,
          FakeServer.DEFAULT_INTEGRATIONS_TOKEN, FakeServer.DEFAULT_UE_APP_KEY, FakeServer.DEFAULT_UE_APP_SECRET));
      Path log = work.resolve("run.log");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean finished = p.waitFor(120, TimeUnit.SECONDS);
      if (!finished) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(finished).as("shrunk app finished within 120 s:%n%s", output).isTrue();
      assertThat(p.exitValue()).as("shrunk app exit code:%n%s", output).isZero();
      assertThat(output).contains("ok: crm contact", "ok: sms message", "ok: integrations catalogue",
          "ok: unificationengine user", "PROOF OK");
    }
  }

  /** Copies every META-INF/proguard/*.pro of the inputs (as R8 reads them from an app's jars). */
  static List<Path> extractShippedRules(List<Path> inputs, Path into) throws IOException {
    List<Path> out = new ArrayList<>();
    int n = 0;
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        Path dir = in.resolve("META-INF/proguard");
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".pro")).sorted().collect(Collectors.toList())) {
              Path t = into.resolve((n++) + "-" + f.getFileName());
              Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
              out.add(t);
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(in.toFile())) {
          for (JarEntry e : jar.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).collect(Collectors.toList())) {
            if (e.getName().startsWith("META-INF/proguard/") && e.getName().endsWith(".pro")) {
              Path t = into.resolve((n++) + "-" + e.getName().substring("META-INF/proguard/".length()));
              try (InputStream s = jar.getInputStream(e)) {
                Files.copy(s, t, StandardCopyOption.REPLACE_EXISTING);
              }
              out.add(t);
            }
          }
        }
      }
    }
    return out;
  }

  private static Path resource(String name, Path work) throws IOException {
    Path t = work.resolve(name);
    try (InputStream s = ShrunkAppTest.class.getResourceAsStream("/" + name)) {
      Files.copy(s, t, StandardCopyOption.REPLACE_EXISTING);
    }
    return t;
  }

  private static long dirSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static String quote(Path p) {
    return "'" + p.toAbsolutePath() + "'";
  }
}
