package dev.unisdk.releasechecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproducible builds: sdk-core rebuilt from a copy of its sources in another directory gives jars
 * byte-identical to the ones this build made (project.build.outputTimestamp fixes every timestamp).
 * sdk-core stands for the others: every module uses the same plugins and settings from unisdk-parent.
 */
class ReproducibleBuildTest {

  @Test
  void sdkCoreRebuiltElsewhereIsByteIdentical() throws Exception {
    Path root = NestedMaven.REPO_ROOT;
    Path copy = NestedMaven.WORK.resolve("reproducible");
    Files.createDirectories(copy);
    NestedMaven.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
    NestedMaven.copyTree(root.resolve(".mvn"), copy.resolve(".mvn"));
    NestedMaven.copyTree(root.resolve("sdk-core"), copy.resolve("sdk-core"));

    NestedMaven.Result r = NestedMaven.run(copy, 400, "-o", "-q", "-f", "sdk-core/pom.xml", "package",
        "-Dmaven.test.skip=true", "-Dunisdk.android.check.skip=true", "-Denforcer.skip=true");
    assertThat(r.exitCode()).as("rebuild of sdk-core:%n%s", r.output()).isZero();

    String base = "sdk-core-" + NestedMaven.VERSION;
    for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
      Path first = root.resolve("sdk-core/target/" + base + suffix);
      Path second = copy.resolve("sdk-core/target/" + base + suffix);
      assertThat(second).as("rebuilt %s", suffix).isRegularFile();
      assertThat(Files.mismatch(first, second)).as("%s differs from the rebuild at byte", suffix).isEqualTo(-1L);
    }
  }
}
