package dev.unisdk.releasechecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A consumer project that imports {@code sdk-bom} and depends on {@code sdk-crm} resolves exactly the
 * same dependency versions as one that does not import it: the BOM manages unisdk artifacts only.
 *
 * <p>The nested builds read unisdk's artifacts from a private local repository under target/ (the
 * user's ~/.m2 is only a read-only tail, nothing is installed there).
 */
class BomConsumerTest {

  static Path repo;

  /** Third-party libraries a consumer may already use, in versions other than unisdk's. */
  static final String THIRD_PARTY = ""
      + dep("com.fasterxml.jackson.core", "jackson-databind", "2.17.2", null)
      + dep("com.google.guava", "guava", "33.0.0-jre", null)
      + dep("org.junit.jupiter", "junit-jupiter", "5.10.3", "test")
      + dep("org.assertj", "assertj-core", "3.26.3", "test");

  @BeforeAll
  static void localRepository() throws Exception {
    Files.createDirectories(NestedMaven.WORK);
    repo = NestedMaven.WORK.resolve("bom-consumer-repo");
    String v = NestedMaven.VERSION;
    Path root = NestedMaven.REPO_ROOT;
    NestedMaven.copy(root.resolve("pom.xml"), artifact("unisdk-parent", v, ".pom"));
    NestedMaven.copy(root.resolve("sdk-bom/pom.xml"), artifact("sdk-bom", v, ".pom"));
    for (String m : List.of("sdk-core", "sdk-apideck", "sdk-crm")) {
      NestedMaven.copy(root.resolve(m + "/pom.xml"), artifact(m, v, ".pom"));
      NestedMaven.copy(root.resolve(m + "/target/" + m + "-" + v + ".jar"), artifact(m, v, ".jar"));
    }
  }

  @Test
  void theBomIsParentlessAndManagesOnlyUnisdkArtifacts() throws Exception {
    Element bom = PublishedArtifactsTest.read(NestedMaven.REPO_ROOT.resolve("sdk-bom/pom.xml"));
    assertThat(PublishedArtifactsTest.child(bom, "parent")).as("sdk-bom must not inherit unisdk-parent").isNull();
    Element managed = PublishedArtifactsTest.child(PublishedArtifactsTest.child(bom, "dependencyManagement"), "dependencies");
    int count = 0;
    for (Node n = managed.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element d) {
        assertThat(PublishedArtifactsTest.text(d, "groupId")).isEqualTo("dev.unisdk");
        assertThat(PublishedArtifactsTest.text(d, "scope")).as("no imported BOM inside sdk-bom").isNotEqualTo("import");
        count++;
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(7);
  }

  @Test
  void importingTheBomChangesNoThirdPartyVersion() throws Exception {
    String v = NestedMaven.VERSION;
    List<String> without = resolve("without-bom", "",
        dep("dev.unisdk", "sdk-crm", v, null) + THIRD_PARTY);
    List<String> with = resolve("with-bom", imported("dev.unisdk", "sdk-bom", v),
        dep("dev.unisdk", "sdk-crm", null, null) + THIRD_PARTY);

    assertThat(without).contains("dev.unisdk:sdk-crm:jar:" + v + ":compile",
        "com.fasterxml.jackson.core:jackson-databind:jar:2.17.2:compile");
    assertThat(with).as("dependencies with the BOM imported").containsExactlyElementsOf(without);

    // control: a BOM that inherits unisdk-parent's dependencyManagement (the old sdk-bom) does change
    // the consumer's versions, so the comparison above can fail
    List<String> leaky = resolve("with-parent-as-bom", imported("dev.unisdk", "unisdk-parent", v),
        dep("dev.unisdk", "sdk-crm", null, null) + THIRD_PARTY);
    assertThat(leaky).isNotEqualTo(without);
  }

  private static List<String> resolve(String name, String management, String dependencies) throws Exception {
    Path dir = NestedMaven.WORK.resolve(name);
    Files.createDirectories(dir);
    String pom = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>com.example</groupId><artifactId>" + name + "</artifactId><version>1</version>\n"
        + (management.isEmpty() ? "" : "  <dependencyManagement><dependencies>" + management + "</dependencies></dependencyManagement>\n")
        + "  <dependencies>\n" + dependencies + "  </dependencies>\n"
        + "</project>\n";
    Files.writeString(dir.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Path out = dir.resolve("deps.txt");
    Files.deleteIfExists(out);
    NestedMaven.Result r = NestedMaven.run(dir, 300,
        "-Dmaven.repo.local=" + repo,
        "-Dmaven.repo.local.tail=" + System.getProperty("user.home") + "/.m2/repository",
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list",
        "-DoutputFile=" + out, "-DoutputAbsoluteArtifactFilename=false", "-Dsort=true");
    assertThat(r.exitCode()).as("nested build %s:%n%s", name, r.output()).isZero();
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
        .map(String::trim)
        .filter(l -> l.matches("[^ :]+:[^ :]+:.*"))
        .map(l -> l.replaceAll(" -- .*$", ""))
        .sorted()
        .collect(Collectors.toList());
  }

  private static Path artifact(String artifactId, String version, String ext) {
    return repo.resolve("dev/unisdk/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ext);
  }

  static String dep(String g, String a, String v, String scope) {
    return "    <dependency><groupId>" + g + "</groupId><artifactId>" + a + "</artifactId>"
        + (v == null ? "" : "<version>" + v + "</version>")
        + (scope == null ? "" : "<scope>" + scope + "</scope>") + "</dependency>\n";
  }

  private static String imported(String g, String a, String v) {
    return "<dependency><groupId>" + g + "</groupId><artifactId>" + a + "</artifactId><version>" + v
        + "</version><type>pom</type><scope>import</scope></dependency>";
  }
}
