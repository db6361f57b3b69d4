package dev.unisdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when the committed generated sources of a module differ from what its spec generates now
 * (stale, hand-edited, missing or left-over files). Fix: {@code ./mvnw -q -pl codegen -am process-classes -Dgenerate}.
 */
class GeneratedSourcesUpToDateTest {
  @TempDir
  Path tmp;

  private static Path repoRoot() {
    return Paths.get(System.getProperty("unisdk.repo.root", "..")).toAbsolutePath().normalize();
  }

  @TestFactory
  List<DynamicTest> committedModelsMatchTheirSpecs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : Target.all()) {
      Path spec = target.spec(repoRoot());
      if (!Files.exists(spec)) {
        continue; // a spec not written yet has no generated models to check
      }
      tests.add(DynamicTest.dynamicTest(target.specFile() + " -> " + target.module(), () -> {
        Path fresh = tmp.resolve(target.module());
        Generator.write(fresh, Generator.generate(spec, target.modelPackage()));
        Map<String, String> expected = read(fresh, target.modelPackage());
        Map<String, String> committed = read(target.sourceRoot(repoRoot()), target.modelPackage());

        assertThat(committed.keySet())
            .as("generated files of %s (regenerate with ./mvnw -q -pl codegen -am process-classes -Dgenerate)",
                target.module())
            .containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
          assertThat(committed.get(e.getKey())).as("%s is stale or edited by hand; regenerate", e.getKey())
              .isEqualTo(e.getValue());
        }
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyTargetPointsAtAnExistingModule() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : Target.all()) {
      tests.add(DynamicTest.dynamicTest(target.module(), () ->
          assertThat(repoRoot().resolve(target.module()).resolve("pom.xml")).exists()));
    }
    return tests;
  }

  private static Map<String, String> read(Path sourceRoot, String modelPackage) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(sourceRoot)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.put(sourceRoot.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
